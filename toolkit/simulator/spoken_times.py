"""Spoken times and days, as Alexa fills AMAZON.TIME and AMAZON.DATE slots.

"seven pm" -> "19:00"; "7 30 am" -> "07:30"; "noon" -> "12:00"; "the evening" -> "EV";
"tomorrow" -> the date after `today`; "friday" or "next friday" -> the coming Friday.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from toolkit.simulator.spoken_numbers import number_value

_NAMED_TIMES = {
    ("noon",): "12:00",
    ("midday",): "12:00",
    ("midnight",): "00:00",
    ("morning",): "MO",
    ("the", "morning"): "MO",
    ("afternoon",): "AF",
    ("the", "afternoon"): "AF",
    ("evening",): "EV",
    ("the", "evening"): "EV",
    ("night",): "NI",
}
_AFTERNOON_WORDS = (("pm",), ("p", "m"), ("in", "the", "evening"), ("in", "the", "afternoon"),
                    ("at", "night"), ("tonight",))  # fmt: skip
_MORNING_WORDS = (("am",), ("a", "m"), ("in", "the", "morning"))
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _ending(tokens: Sequence[str], endings: Sequence[tuple[str, ...]]) -> int:
    """How many words at the end of `tokens` make one of `endings` (0 if none)."""
    for ending in endings:
        if tuple(tokens[-len(ending) :]) == ending and len(tokens) > len(ending):
            return len(ending)
    return 0


def _clock(tokens: Sequence[str]) -> tuple[int, int] | None:
    """ "seven", "seven thirty", "7 30", "seven o'clock", "19 00" as hours and minutes."""
    tokens = list(tokens)
    if tokens[-1:] == ["o'clock"]:
        tokens = tokens[:-1]
    # The longest start that is a number is the hour: "twenty one" is 21, not 20:01.
    for split in range(len(tokens), 0, -1):
        hours = number_value(tokens[:split])
        rest = tokens[split:]
        if hours is None:
            continue
        if not rest:
            return hours, 0
        if rest in (["00"], ["hundred"]):
            return hours, 0
        if rest[0] == "oh" and len(rest) == 2:
            rest = rest[1:]
        minutes = number_value(rest)
        if minutes is not None and (len(rest[0]) == 2 or not rest[0].isdigit()):
            return hours, minutes
    return None


def time_value(tokens: Sequence[str]) -> str | None:
    """The AMAZON.TIME value these words say, or None."""
    if not tokens:
        return None
    named = _NAMED_TIMES.get(tuple(tokens))
    if named is not None:
        return named
    afternoon = _ending(tokens, _AFTERNOON_WORDS)
    morning = 0 if afternoon else _ending(tokens, _MORNING_WORDS)
    said = tokens[: len(tokens) - (afternoon or morning)]
    clock = _clock(said) if said else None
    if clock is None:
        return None
    hours, minutes = clock
    if afternoon or morning:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if afternoon else 0)
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        return None
    return f"{hours:02d}:{minutes:02d}"


def date_value(tokens: Sequence[str], today: date) -> str | None:
    """The AMAZON.DATE value these words say ("tomorrow", "friday"), or None."""
    tokens = list(tokens)
    if tokens[:1] in (["on"], ["this"]):
        tokens = tokens[1:]
    if tokens == ["today"]:
        return today.isoformat()
    if tokens == ["tomorrow"]:
        return (today + timedelta(days=1)).isoformat()
    if tokens == ["the", "day", "after", "tomorrow"]:
        return (today + timedelta(days=2)).isoformat()
    if tokens[:1] == ["next"]:
        tokens = tokens[1:]
    if len(tokens) == 1 and tokens[0] in _WEEKDAYS:
        ahead = (_WEEKDAYS.index(tokens[0]) - today.weekday()) % 7 or 7
        return (today + timedelta(days=ahead)).isoformat()
    return None
