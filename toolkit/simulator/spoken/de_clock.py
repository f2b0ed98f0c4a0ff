"""How German speakers say a time of day and a day: the 24-hour clock, "halb acht" (07:30),
"viertel vor neun" (08:45), "acht Uhr abends" (20:00), "morgen", "am Freitag"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from toolkit.simulator.spoken.de_numbers import number_value

_NAMED_TIMES = {
    ("mittag",): "12:00", ("mittags",): "12:00", ("zu", "mittag"): "12:00",
    ("mitternacht",): "00:00",
    ("morgens",): "MO", ("am", "morgen"): "MO", ("früh",): "MO", ("vormittags",): "MO",
    ("am", "vormittag"): "MO",
    ("nachmittags",): "AF", ("am", "nachmittag"): "AF",
    ("abends",): "EV", ("am", "abend"): "EV",
    ("nachts",): "NI", ("in", "der", "nacht"): "NI",
}  # fmt: skip
_AFTERNOON_WORDS = (("abends",), ("am", "abend"), ("nachmittags",), ("am", "nachmittag"),
                    ("nachts",), ("in", "der", "nacht"))  # fmt: skip
_MORNING_WORDS = (("morgens",), ("früh",), ("in", "der", "früh"), ("vormittags",),
                  ("am", "morgen"), ("am", "vormittag"))  # fmt: skip


def _ending(tokens: Sequence[str], endings: Sequence[tuple[str, ...]]) -> int:
    for ending in endings:
        if tuple(tokens[-len(ending) :]) == ending and len(tokens) > len(ending):
            return len(ending)
    return 0


def _around(said: list[str]) -> tuple[int, int] | None:
    """ "viertel nach acht" (08:15), "viertel vor neun" (08:45), "zehn nach sieben"."""
    word = "nach" if "nach" in said else "vor"
    at = said.index(word)
    before, hour = said[:at], number_value(said[at + 1 :])
    count = 15 if before in (["viertel"], ["ein", "viertel"]) else number_value(before)
    if hour is None or count is None or not 0 < count < 60:
        return None
    return ((hour - 1) % 24, 60 - count) if word == "vor" else (hour, count)


def _hours_and_minutes(said: list[str]) -> tuple[int, int] | None:
    """ "acht", "acht uhr", "acht uhr dreißig", "20 15": the hour, then any minutes."""
    if "uhr" in said:
        at = said.index("uhr")
        hour, rest = number_value(said[:at]), said[at + 1 :]
        minutes = number_value(rest) if rest else 0
        return None if hour is None or minutes is None else (hour, minutes)
    # The longest start that is a number is the hour.
    for split in range(len(said), 0, -1):
        hour = number_value(said[:split])
        later = number_value(said[split:]) if split < len(said) else 0
        if hour is not None and later is not None:
            return hour, later
    return None


def _clock(tokens: Sequence[str]) -> tuple[int, int] | None:
    """A time of day as hours and minutes; "halb acht" is half way to eight (07:30)."""
    said = list(tokens)
    if said[:1] == ["halb"]:
        hour = number_value(said[1:])
        return None if hour is None else ((hour - 1) % 24, 30)
    if "nach" in said or "vor" in said:
        return _around(said)
    return _hours_and_minutes(said)


def time_value(tokens: Sequence[str]) -> str | None:
    """The AMAZON.TIME value these words say, or None."""
    said = list(tokens)
    if said[:1] == ["um"]:
        said = said[1:]
    if not said:
        return None
    named = _NAMED_TIMES.get(tuple(said))
    if named is not None:
        return named
    afternoon = _ending(said, _AFTERNOON_WORDS)
    morning = 0 if afternoon else _ending(said, _MORNING_WORDS)
    clock_words = said[: len(said) - (afternoon or morning)]
    clock = _clock(clock_words) if clock_words else None
    if clock is None:
        return None
    hours, minutes = clock
    if afternoon and 1 <= hours <= 11:
        hours += 12
    if morning and hours == 12:
        hours = 0
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        return None
    return f"{hours:02d}:{minutes:02d}"


_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_ALSO_SATURDAY = "sonnabend"


def date_value(tokens: Sequence[str], today: date) -> str | None:
    """The AMAZON.DATE value these words say ("morgen", "am Freitag"), or None."""
    said = list(tokens)
    if said[:1] in (["am"], ["an"], ["diesen"], ["kommenden"], ["nächsten"], ["nächster"]):
        said = said[1:]
    if said == ["heute"]:
        return today.isoformat()
    if said == ["morgen"]:
        return (today + timedelta(days=1)).isoformat()
    if said == ["übermorgen"]:
        return (today + timedelta(days=2)).isoformat()
    if len(said) == 1:
        day = "samstag" if said[0] == _ALSO_SATURDAY else said[0]
        if day in _WEEKDAYS:
            ahead = (_WEEKDAYS.index(day) - today.weekday()) % 7 or 7
            return (today + timedelta(days=ahead)).isoformat()
    return None
