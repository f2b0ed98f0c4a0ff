"""French numbers and lengths of time, as Alexa fills AMAZON.NUMBER and AMAZON.DURATION.

"vingt-cinq" -> 25 (the device's words split at hyphens: "vingt cinq"); "une heure et
demie" -> "PT1H30M"; "un quart d'heure" -> "PT15M". France's and Québec's numbers are
the same ("soixante-dix", "quatre-vingts").
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

_UNITS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16,
}  # fmt: skip
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}


def _below_hundred(tokens: Sequence[str]) -> int | None:
    """ "sept", "dix sept", "vingt et un", "soixante douze", "quatre vingt dix"."""
    words = [word for word in tokens if word != "et"]
    if (tokens and tokens[0] == "et") or len(words) < len(tokens) - 1:
        return None
    if len(words) == 1:
        word = words[0]
        return _UNITS.get(word, _TENS.get(word))
    if words[:2] in (["quatre", "vingt"], ["quatre", "vingts"]):
        rest = words[2:]
        if not rest:
            return 80
        below = _below_twenty(rest)
        return None if below is None or below == 0 else 80 + below
    if len(words) == 2 and words[0] == "dix" and words[1] in ("sept", "huit", "neuf"):
        return 10 + _UNITS[words[1]]
    if words[0] in _TENS:
        below = _below_twenty(words[1:]) if words[0] == "soixante" else _unit(words[1:])
        return None if below is None or below == 0 else _TENS[words[0]] + below
    return None


def _unit(tokens: Sequence[str]) -> int | None:
    value = _UNITS.get(tokens[0]) if len(tokens) == 1 else None
    return value if value is not None and value < 10 else None


def _below_twenty(tokens: Sequence[str]) -> int | None:
    if len(tokens) == 1:
        return _UNITS.get(tokens[0])
    if len(tokens) == 2 and tokens[0] == "dix" and tokens[1] in ("sept", "huit", "neuf"):
        return 10 + _UNITS[tokens[1]]
    return None


def number_value(tokens: Sequence[str]) -> int | None:
    """The whole number these words say ("vingt cinq" -> 25, "cent vingt" -> 120), or None."""
    tokens = list(tokens)
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].isascii() and tokens[0].isdigit():
        return int(tokens[0])
    for scale_word, scale in (("mille", 1000), ("cent", 100), ("cents", 100)):
        if scale_word in tokens:
            at = tokens.index(scale_word)
            head = 1 if at == 0 else number_value(tokens[:at])
            rest = tokens[at + 1 :]
            tail = number_value(rest) if rest else 0
            if head is None or tail is None or (rest and tail == 0):
                return None
            return head * scale + tail
    return _below_hundred(tokens)


_TIME_UNITS = {
    **dict.fromkeys(("semaine", "semaines"), "W"),
    **dict.fromkeys(("jour", "jours", "journée", "journées"), "D"),
    **dict.fromkeys(("heure", "heures", "h", "d'heure"), "H"),
    **dict.fromkeys(("minute", "minutes", "min", "mn"), "M"),
    **dict.fromkeys(("seconde", "secondes", "s", "sec"), "S"),
}
_SECONDS_IN = {"W": 7 * 86_400, "D": 86_400, "H": 3600, "M": 60, "S": 1}
_ORDER = "WDHMS"


def _amount(tokens: Sequence[str]) -> Fraction | None:
    """ "une", "douze", "12", "1,5" as said, "un quart", "trois quarts", "une demi"."""
    tokens = list(tokens)
    if tokens in (["une", "demi"], ["un", "demi"], ["demi"]):
        return Fraction(1, 2)
    if tokens in (["un", "quart"], ["quart"]):
        return Fraction(1, 4)
    if tokens == ["trois", "quarts"]:
        return Fraction(3, 4)
    if len(tokens) == 1 and tokens[0].replace(".", "", 1).isdigit() and tokens[0][0] != ".":
        return Fraction(tokens[0])
    whole = number_value(tokens)
    return None if whole is None else Fraction(whole)


def _part(tokens: Sequence[str], at: int) -> tuple[str, Fraction, int] | None:
    """A count then a unit, and "et demi(e)" or "et quart" after it: "une heure et demie"."""
    for end in range(len(tokens) - 1, at, -1):
        unit = tokens[end]
        if unit not in _TIME_UNITS:
            continue
        amount = _amount(tokens[at:end])
        if amount is None:
            continue
        after = end + 1
        extra = tuple(tokens[after : after + 2])
        if amount.denominator == 1 and extra in (("et", "demie"), ("et", "demi")):
            return unit, amount + Fraction(1, 2), after + 2
        if amount.denominator == 1 and extra == ("et", "quart") and _TIME_UNITS[unit] == "H":
            return unit, amount + Fraction(1, 4), after + 2
        return unit, amount, after
    return None


def _iso(seconds: Fraction, largest: str) -> str:
    day_part: list[str] = []
    time_part: list[str] = []
    for letter in _ORDER[_ORDER.index(largest) :]:
        size = _SECONDS_IN[letter]
        count: Fraction | int = seconds if letter == "S" else seconds // size
        seconds -= count * size
        if count:
            text = str(int(count)) if Fraction(count).denominator == 1 else str(float(count))
            (day_part if letter in "WD" else time_part).append(f"{text}{letter}")
    if not day_part and not time_part:
        (day_part if largest in "WD" else time_part).append(f"0{largest}")
    return "P" + "".join(day_part) + ("T" + "".join(time_part) if time_part else "")


def duration_value(tokens: Sequence[str]) -> str | None:
    """The ISO 8601 duration these words say ("une demi heure" -> "PT30M"), or None."""
    tokens = list(tokens)
    at, last_rank, total, largest = 0, -1, Fraction(0), ""
    while at < len(tokens):
        if at and tokens[at] == "et":
            at += 1
        part = _part(tokens, at)
        if part is None:
            return None
        unit, amount, at = part
        letter = _TIME_UNITS[unit]
        rank = _ORDER.index(letter)
        if rank <= last_rank:  # "deux heures dix minutes", never "dix minutes deux heures"
            return None
        if last_rank < 0:
            largest = letter
        last_rank = rank
        total += amount * _SECONDS_IN[letter]
    if not largest:
        return None
    # Alexa keeps the largest unit said: "quatre vingt dix minutes" is PT90M.
    return _iso(total, largest)
