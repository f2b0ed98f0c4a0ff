"""How German speakers say whole numbers: in one word, the units before the tens
("fünfundzwanzig"), or as digits."""

from __future__ import annotations

import re
from collections.abc import Sequence

_UNITS = {
    "null": 0, "ein": 1, "eins": 1, "eine": 1, "einen": 1, "zwei": 2, "zwo": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
}  # fmt: skip
_TEENS = {
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}  # fmt: skip
_TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
# "einundzwanzig": the unit comes first, joined by "und", in one word.
_COMPOUND = re.compile(r"(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(\w+)")


def below_hundred(word: str) -> int | None:
    if not word:
        return None
    found = _UNITS.get(word, _TEENS.get(word, _TENS.get(word)))
    if found is not None:
        return found
    compound = _COMPOUND.fullmatch(word)
    if compound and compound.group(2) in _TENS:
        return _UNITS[compound.group(1)] + _TENS[compound.group(2)]
    return None


def _scaled(word: str, name: str, scale: int, below: int) -> int | None:
    """ "zweihundertfünf": a count of `name`, then what is left below it."""
    head, _, rest = word.partition(name)
    count = 1 if head in ("", "ein", "eins") else below_hundred(head)
    if count is None or count == 0:
        return None
    if not rest:
        return count * scale
    remainder = _below(rest, below)
    return None if remainder is None or remainder == 0 else count * scale + remainder


def _below(word: str, limit: int) -> int | None:
    if limit > 1000 and "tausend" in word:
        return _scaled(word, "tausend", 1000, 1000)
    if limit > 100 and "hundert" in word:
        return _scaled(word, "hundert", 100, 100)
    return below_hundred(word)


def number_value(tokens: Sequence[str]) -> int | None:
    """The whole number these words say ("fünfundzwanzig", "fünf und zwanzig", "25")."""
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].isascii() and tokens[0].isdigit():
        return int(tokens[0])
    if not all(token.isalpha() for token in tokens):
        return None
    return _below("".join(tokens), 1_000_000)
