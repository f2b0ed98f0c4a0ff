"""How German speakers say numbers, lengths, times, days and the built-in intents.

"fünfundzwanzig" -> 25; "eine halbe Stunde" -> PT30M; "eine Viertelstunde" -> PT15M;
"anderthalb Tage" -> P1DT12H; "um acht Uhr abends" -> 20:00; "halb acht" -> 07:30 (half
way to eight); "viertel vor neun" -> 08:45; "morgen" -> the next day; "am Freitag" -> the
coming Friday. German counts the clock in 24 hours ("um zwanzig Uhr").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from fractions import Fraction

from toolkit.simulator.spoken import Phrases
from toolkit.simulator.spoken_numbers import iso_duration

__all__ = [
    "BUILT_IN_PHRASES", "CONNECTORS", "FILLERS", "FILLER_PAIRS", "LAUNCH_WORDS", "ONE_SHOT_WORDS",
    "PERMISSION_NO", "PERMISSION_YES", "TRAILING_WORDS", "date_value", "duration_value",
    "number_value", "time_value",
]  # fmt: skip

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


def _below_hundred(word: str) -> int | None:
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
    count = 1 if head in ("", "ein", "eins") else _below_hundred(head)
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
    return _below_hundred(word)


def number_value(tokens: Sequence[str]) -> int | None:
    """The whole number these words say ("fünfundzwanzig", "fünf und zwanzig", "25")."""
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].isascii() and tokens[0].isdigit():
        return int(tokens[0])
    if not all(token.isalpha() for token in tokens):
        return None
    return _below("".join(tokens), 1_000_000)


# Units of time by their ISO 8601 letter.
_TIME_UNITS = {
    name: letter
    for letter, names in (
        ("W", ("woche", "wochen")),
        ("D", ("tag", "tage", "tagen")),
        ("H", ("stunde", "stunden", "std")),
        ("M", ("minute", "minuten", "min")),
        ("S", ("sekunde", "sekunden", "sek")),
    )
    for name in names
}
_SECONDS_IN = {"W": 7 * 86_400, "D": 86_400, "H": 3600, "M": 60, "S": 1}
_LARGEST_FIRST = "WDHMS"
# Lengths said in one word: "eine Viertelstunde", "eine Dreiviertelstunde".
_WHOLE_WORDS = {
    "viertelstunde": ("H", Fraction(1, 4)),
    "dreiviertelstunde": ("H", Fraction(3, 4)),
}
_HALVES = {"anderthalb": Fraction(3, 2), "eineinhalb": Fraction(3, 2)}


def _amount(tokens: Sequence[str]) -> Fraction | None:
    """ "eine", "zwölf", "12", "1,5" ("1.5"), "anderthalb", "zweieinhalb", "eine halbe"."""
    said = list(tokens)
    if said in (["halbe"], ["eine", "halbe"], ["einer", "halben"], ["halben"]):
        return Fraction(1, 2)
    if len(said) == 1:
        word = said[0]
        if word in _HALVES:
            return _HALVES[word]
        if word.replace(".", "", 1).isdigit() and word[0] != ".":
            return Fraction(word)
        if word.endswith("einhalb") and len(word) > len("einhalb"):
            whole = _below_hundred(word.removesuffix("einhalb"))
            return None if whole is None else whole + Fraction(1, 2)
    whole = number_value(said)
    return None if whole is None else Fraction(whole)


def _part(tokens: Sequence[str], at: int) -> tuple[str, Fraction, int] | None:
    """One length: a count then a unit ("zehn Minuten"), or a length in a word."""
    start = at + 1 if tokens[at] in ("eine", "einer") else at
    if start < len(tokens) and tokens[start] in _WHOLE_WORDS:
        letter, in_a_word = _WHOLE_WORDS[tokens[start]]
        return letter, in_a_word, start + 1
    for end in range(len(tokens) - 1, at, -1):
        unit = tokens[end]
        counted = _amount(tokens[at:end]) if unit in _TIME_UNITS else None
        if counted is not None:
            return _TIME_UNITS[unit], counted, end + 1
    return None


def duration_value(tokens: Sequence[str]) -> str | None:
    """The ISO 8601 duration these words say ("PT30M"), or None if they say something else."""
    at, last_rank, total, largest = 0, -1, Fraction(0), ""
    while at < len(tokens):
        if at and tokens[at] == "und":
            at += 1
        if at >= len(tokens):
            return None
        part = _part(tokens, at)
        if part is None:
            return None
        letter, amount, at = part
        rank = _LARGEST_FIRST.index(letter)
        if rank <= last_rank:
            return None
        largest = largest or letter
        last_rank = rank
        total += amount * _SECONDS_IN[letter]
    # Alexa keeps the largest unit said: "neunzig Minuten" is PT90M.
    return iso_duration(total, largest) if largest else None


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


BUILT_IN_PHRASES: dict[str, tuple[str, ...]] = {
    "AMAZON.YesIntent": (
        "ja", "jawohl", "jep", "jo", "klar", "na klar", "sicher", "gerne", "gern", "ja bitte",
        "ja gerne", "genau", "richtig", "auf jeden fall",
    ),  # "ok", "okay", "in ordnung": the model's own OkayIntent, as in English
    "AMAZON.NoIntent": ("nein", "nee", "nö", "nein danke", "jetzt nicht", "lieber nicht"),
    "AMAZON.HelpIntent": ("hilfe", "hilf mir", "was kann ich sagen", "was kann ich tun"),
    "AMAZON.StopIntent": (
        "stopp", "stop", "halt", "beenden", "aufhören", "hör auf", "schluss", "ende",
        "sei still",
    ),
    "AMAZON.CancelIntent": ("abbrechen", "vergiss es", "egal"),
    "AMAZON.NextIntent": ("weiter", "nächster schritt", "der nächste", "überspringen"),
    "AMAZON.PreviousIntent": ("zurück", "vorheriger schritt", "geh zurück", "ein schritt zurück"),
    "AMAZON.RepeatIntent": (
        "wiederholen", "wiederhole das", "noch mal", "nochmal", "wie bitte",
        "was hast du gesagt", "sag das noch mal", "bitte wiederholen",
    ),
    "AMAZON.StartOverIntent": ("von vorne", "von vorn", "neu starten", "noch mal von vorne"),
    "AMAZON.PauseIntent": ("pause", "pausieren", "warte", "moment", "einen moment"),
    "AMAZON.ResumeIntent": ("fortsetzen", "weitermachen", "mach weiter", "fortfahren"),
    "AMAZON.NavigateHomeIntent": ("startseite", "zur startseite"),
    "AMAZON.LoopOnIntent": ("wiederholung an", "endlosschleife"),
    "AMAZON.LoopOffIntent": ("wiederholung aus", "endlosschleife aus"),
    "AMAZON.ShuffleOnIntent": ("zufallswiedergabe", "zufallswiedergabe an"),
    "AMAZON.ShuffleOffIntent": ("zufallswiedergabe aus",),
}  # fmt: skip
FILLERS = frozenset({"bitte", "ähm", "äh", "öhm", "hm", "hmm", "ach", "also", "danke", "na"})
FILLER_PAIRS: Phrases = (("vielen", "dank"), ("danke", "schön"))

# "Alexa, öffne Akupressur Helfer", "Alexa, frage Akupressur Helfer nach Rückenschmerzen"
# ("Choose the Invocation Name for a Custom Skill": "Alexa, frage Tageshoroskop nach dem
# Horoskop für Fische").
LAUNCH_WORDS: frozenset[tuple[str, ...]] = frozenset(
    {(), ("öffne",), ("öffne", "bitte"), ("starte",), ("start",), ("frage",), ("frag",),
     ("sage",), ("sag",), ("rede", "mit"), ("sprich", "mit")}
)  # fmt: skip
ONE_SHOT_WORDS: frozenset[tuple[str, ...]] = frozenset(
    {("frage",), ("frag",), ("sage",), ("sag",), ("bitte",), ("öffne",), ("starte",)}
)
CONNECTORS: Phrases = (("nach",), ("ob",), ("dass",), ("wegen",), ("zu",), ("für",), ("und",))
TRAILING_WORDS = frozenset({"mit", "von", "bei"})

PERMISSION_YES = frozenset(
    {"ja", "ja bitte", "genau", "klar", "okay", "ok", "gerne", "erlauben", "erlaube es",
     "zustimmen", "ich stimme zu", "einverstanden"}
)  # fmt: skip
PERMISSION_NO = frozenset(
    {"nein", "nee", "nein danke", "ablehnen", "nicht erlauben", "jetzt nicht", "lieber nicht"}
)
