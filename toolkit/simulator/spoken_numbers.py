"""Spoken numbers and lengths of time, as Alexa fills AMAZON.NUMBER and AMAZON.DURATION slots.

"twenty-five" -> "25"; "an hour and a half" -> "PT1H30M"; "ninety seconds" -> "PT90S";
"two days" -> "P2D"; "a week" -> "P1W". AMAZON.DURATION "converts words that indicate
durations into a numeric duration", in a format based on ISO-8601, "PnYnMnWnDTnHnMnS"
("Slot Type Reference"): weeks and days before the T, hours, minutes and seconds after.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

from toolkit.simulator.normalise import words

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

# Units of time by their ISO 8601 letter, largest first; weeks and days are the date part.
_LARGEST_FIRST = "WDHMS"
_DATE_PART = "WD"
_TIME_UNITS = {
    name: letter
    for letter, names in (
        ("W", ("week", "weeks")),
        ("D", ("day", "days")),
        ("H", ("hour", "hours", "hr", "hrs")),
        ("M", ("minute", "minutes", "min", "mins")),
        ("S", ("second", "seconds", "sec", "secs")),
    )
    for name in names
}
_SECONDS_IN = {"W": 7 * 86_400, "D": 86_400, "H": 3600, "M": 60, "S": 1}


def _below_hundred(tokens: Sequence[str]) -> int | None:
    if len(tokens) == 1:
        word = tokens[0]
        return _UNITS.get(word, _TEENS.get(word, _TENS.get(word)))
    if len(tokens) == 2 and tokens[0] in _TENS and tokens[1] in _UNITS and tokens[1] != "zero":
        return _TENS[tokens[0]] + _UNITS[tokens[1]]
    return None


_Reader = Callable[[Sequence[str]], int | None]


def _scaled(
    tokens: Sequence[str], word: str, scale: int, head_of: _Reader, rest_of: _Reader
) -> int | None:
    """`<head> <word> [and] <rest>`, e.g. "a hundred and five" with word "hundred"."""
    at = list(tokens).index(word)
    head, rest = list(tokens[:at]), list(tokens[at + 1 :])
    multiplier = 1 if head == ["a"] else head_of(head)
    if not multiplier:
        return None
    if rest[:1] == ["and"]:
        rest = rest[1:]
        if not rest:
            return None
    if not rest:
        return multiplier * scale
    remainder = rest_of(rest)
    if not remainder:
        return None
    return multiplier * scale + remainder


def _digit(tokens: Sequence[str]) -> int | None:
    return _UNITS.get(tokens[0]) if len(tokens) == 1 and tokens[0] != "zero" else None


def _below_thousand(tokens: Sequence[str]) -> int | None:
    if "hundred" in tokens:
        return _scaled(tokens, "hundred", 100, _digit, _below_hundred)
    if "zero" in tokens and len(tokens) > 1:
        return None
    return _below_hundred(tokens)


def number_value(tokens: Sequence[str]) -> int | None:
    """The whole number that these words say, or None if they say something else."""
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].isascii() and tokens[0].isdigit():
        return int(tokens[0])
    if "thousand" in tokens:
        return _scaled(tokens, "thousand", 1000, _below_thousand, _below_thousand)
    return _below_thousand(tokens)


def _amount(tokens: Sequence[str]) -> Fraction | None:
    """A count of units: "a", "an", "twelve", "12", "1.5", "one and a half"."""
    if list(tokens) in (["a"], ["an"]):
        return Fraction(1)
    if len(tokens) == 1 and tokens[0].replace(".", "", 1).isdigit() and tokens[0][0] != ".":
        return Fraction(tokens[0])
    if len(tokens) > 3 and list(tokens[-3:]) == ["and", "a", "half"]:
        whole = number_value(tokens[:-3])
        return None if whole is None else whole + Fraction(1, 2)
    whole = number_value(tokens)
    return None if whole is None else Fraction(whole)


def _fixed_part(tokens: Sequence[str], at: int) -> tuple[str, Fraction, int] | None:
    """Lengths said as a phrase: "half an hour", "a quarter of an hour", ...."""
    phrases: tuple[tuple[tuple[str, ...], Fraction], ...] = (
        (("half", "an"), Fraction(1, 2)),
        (("half", "a"), Fraction(1, 2)),
        (("a", "quarter", "of", "an"), Fraction(1, 4)),
        (("quarter", "of", "an"), Fraction(1, 4)),
        (("a", "quarter"), Fraction(1, 4)),
        (("quarter",), Fraction(1, 4)),
        (("three", "quarters", "of", "an"), Fraction(3, 4)),
        (("three", "quarters", "of", "a"), Fraction(3, 4)),
    )
    for phrase, amount in phrases:
        end = at + len(phrase)
        if tuple(tokens[at:end]) == phrase and end < len(tokens):
            unit = tokens[end]
            quarter = "quarter" in phrase or "quarters" in phrase
            if unit in _TIME_UNITS and not unit.endswith("s") and (not quarter or unit == "hour"):
                return unit, amount, end + 1
    return None


def _counted_part(tokens: Sequence[str], at: int) -> tuple[str, Fraction, int] | None:
    """A count then a unit: "twelve minutes", "an hour and a half", "one and a half hours"."""
    for end in range(len(tokens) - 1, at, -1):
        unit = tokens[end]
        if unit not in _TIME_UNITS:
            continue
        amount = _amount(tokens[at:end])
        if amount is None:
            continue
        after = end + 1
        if tuple(tokens[after : after + 3]) == ("and", "a", "half") and amount.denominator == 1:
            return unit, amount + Fraction(1, 2), after + 3
        return unit, amount, after
    return None


def iso_duration(seconds: Fraction, largest: str) -> str:
    """`seconds` in ISO 8601, from the `largest` unit said down ("PT90M" for ninety minutes)."""
    date: list[str] = []
    time: list[str] = []
    for letter in _LARGEST_FIRST[_LARGEST_FIRST.index(largest) :]:
        size = _SECONDS_IN[letter]
        if letter == "S":
            count: Fraction | int = seconds
        else:
            count = seconds // size
        seconds -= count * size
        if count:
            text = str(int(count)) if Fraction(count).denominator == 1 else str(float(count))
            (date if letter in _DATE_PART else time).append(f"{text}{letter}")
    if not date and not time:
        (date if largest in _DATE_PART else time).append(f"0{largest}")
    return "P" + "".join(date) + ("T" + "".join(time) if time else "")


def duration_value(tokens: Sequence[str]) -> str | None:
    """The ISO 8601 duration these words say ("PT30M"), or None if they say something else."""
    at, last_rank, total, largest = 0, -1, Fraction(0), ""
    while at < len(tokens):
        if at and tokens[at] == "and":
            at += 1
        part = _fixed_part(tokens, at) or _counted_part(tokens, at)
        if part is None:
            return None
        unit, amount, at = part
        letter = _TIME_UNITS[unit]
        rank = _LARGEST_FIRST.index(letter)
        # "2 hours 10 minutes" is a length; "10 minutes 2 hours" is not.
        if rank <= last_rank:
            return None
        if last_rank < 0:
            largest = letter
        last_rank = rank
        total += amount * _SECONDS_IN[letter]
    if not largest:
        return None
    # Alexa keeps the largest unit said: "ninety minutes" is PT90M, not PT1H30M.
    return iso_duration(total, largest)


def spoken_number(text: str) -> str | None:
    """AMAZON.NUMBER's value for what was said ("twelve" -> "12")."""
    value = number_value(words(text))
    return None if value is None else str(value)


def spoken_duration(text: str) -> str | None:
    """AMAZON.DURATION's value for what was said ("half an hour" -> "PT30M")."""
    return duration_value(words(text))
