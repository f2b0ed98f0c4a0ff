"""How German speakers say numbers, lengths, times, days and the built-in intents.

"fünfundzwanzig" -> 25; "eine halbe Stunde" -> PT30M; "eine Viertelstunde" -> PT15M;
"anderthalb Tage" -> P1DT12H; "um acht Uhr abends" -> 20:00; "halb acht" -> 07:30 (half
way to eight); "viertel vor neun" -> 08:45; "morgen" -> the next day; "am Freitag" -> the
coming Friday. German counts the clock in 24 hours ("um zwanzig Uhr").
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from toolkit.simulator.spoken import Phrases
from toolkit.simulator.spoken.de_clock import date_value, time_value
from toolkit.simulator.spoken.de_numbers import below_hundred, number_value
from toolkit.simulator.spoken_numbers import iso_duration

__all__ = [
    "BUILT_IN_PHRASES", "CONNECTORS", "FILLERS", "FILLER_PAIRS", "LAUNCH_WORDS", "ONE_SHOT_WORDS",
    "OPEN_EXAMPLE", "PERMISSION_NO", "PERMISSION_QUESTION", "PERMISSION_WANTED", "PERMISSION_YES",
    "TRAILING_WORDS", "date_value", "duration_value", "number_value", "time_value",
]  # fmt: skip

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
            whole = below_hundred(word.removesuffix("einhalb"))
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

# What to say to open a skill, as the device's note tells a person with no session open.
OPEN_EXAMPLE = "Alexa, öffne {skill}"

# Alexa's own permission prompt, in this language: {skill} is the skill's name, {wanted}
# what the permission lets it do.
PERMISSION_QUESTION = "Darf {skill} {wanted}? Sie können ja oder nein sagen."
PERMISSION_WANTED = {"alexa::alerts:reminders:skill:readwrite": "Erinnerungen für Sie erstellen"}

PERMISSION_YES = frozenset(
    {"ja", "ja bitte", "genau", "klar", "okay", "ok", "gerne", "erlauben", "erlaube es",
     "zustimmen", "ich stimme zu", "einverstanden"}
)  # fmt: skip
PERMISSION_NO = frozenset(
    {"nein", "nee", "nein danke", "ablehnen", "nicht erlauben", "jetzt nicht", "lieber nicht"}
)
