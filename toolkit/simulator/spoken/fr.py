"""How French speakers (France, Québec) say numbers, lengths, times, days and built-in intents.

Words arrive as the device's plain words: hyphens split ("vingt-cinq" is "vingt cinq"),
apostrophes stay inside a word ("d'heure"). Values are Alexa's: AMAZON.NUMBER in digits,
AMAZON.DURATION in ISO 8601 ("une heure et demie" -> "PT1H30M"), AMAZON.TIME as "19:00"
or a part of the day ("le soir" -> "EV"), AMAZON.DATE as a date ("Slot Type Reference").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toolkit.simulator.spoken import Phrases

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


_NAMED_TIMES = {
    ("midi",): "12:00",
    ("minuit",): "00:00",
    ("matin",): "MO",
    ("le", "matin"): "MO",
    ("ce", "matin"): "MO",
    ("avant", "midi"): "MO",  # Québec: "l'avant-midi"
    ("l'avant", "midi"): "MO",
    ("après", "midi"): "AF",
    ("l'après", "midi"): "AF",
    ("cet", "après", "midi"): "AF",
    ("soir",): "EV",
    ("le", "soir"): "EV",
    ("ce", "soir"): "EV",
    ("à", "soir"): "EV",  # Québec: "à soir"
    ("nuit",): "NI",
    ("la", "nuit"): "NI",
    ("cette", "nuit"): "NI",
}
_EVENING = (("du", "soir"), ("de", "l'après", "midi"), ("ce", "soir"), ("à", "soir"))
_MORNING = (("du", "matin"),)
_HOUR_WORDS = ("heures", "heure", "h")
_MINUTE_WORDS: dict[tuple[str, ...], int] = {
    ("et", "demie"): 30,
    ("et", "demi"): 30,
    ("et", "quart"): 15,
}


def _clock(tokens: list[str]) -> tuple[int, int] | None:
    """ "sept heures", "19 h 30", "dix neuf heures trente", "huit heures et demie", "midi et
    demi", "sept heures moins le quart"."""
    if tokens[:1] in (["midi"], ["minuit"]):
        hours, rest = (12 if tokens[0] == "midi" else 0), tokens[1:]
    else:
        at = next((i for i, word in enumerate(tokens) if word in _HOUR_WORDS), None)
        if at is None or at == 0:
            return None
        hours_said = number_value(tokens[:at])
        if hours_said is None:
            return None
        hours, rest = hours_said, tokens[at + 1 :]
    if not rest:
        return hours, 0
    if tuple(rest) in _MINUTE_WORDS:
        return hours, _MINUTE_WORDS[tuple(rest)]
    if rest in (["moins", "le", "quart"], ["moins", "quart"]):
        return (hours - 1) % 24, 45
    if rest[-1:] in (["minutes"], ["minute"]):
        rest = rest[:-1]
    minutes = number_value(rest)
    return None if minutes is None else (hours, minutes)


def time_value(tokens: Sequence[str]) -> str | None:
    """The AMAZON.TIME value these words say, or None."""
    tokens = list(tokens)
    if not tokens:
        return None
    named = _NAMED_TIMES.get(tuple(tokens))
    if named is not None:
        return named
    evening = next((len(e) for e in _EVENING if tuple(tokens[-len(e) :]) == e), 0)
    morning = 0 if evening else next((len(m) for m in _MORNING if tuple(tokens[-len(m) :]) == m), 0)
    said = tokens[: len(tokens) - (evening or morning)]
    clock = _clock(said) if said else None
    if clock is None:
        return None
    hours, minutes = clock
    if evening:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + 12
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        return None
    return f"{hours:02d}:{minutes:02d}"


_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def date_value(tokens: Sequence[str], today: date) -> str | None:
    """The AMAZON.DATE value these words say ("demain", "vendredi prochain"), or None."""
    tokens = list(tokens)
    if tokens[:1] in (["ce"], ["le"]):
        tokens = tokens[1:]
    if tokens[-1:] == ["prochain"]:
        tokens = tokens[:-1]
    if tokens == ["aujourd'hui"]:
        return today.isoformat()
    if tokens == ["demain"]:
        return (today + timedelta(days=1)).isoformat()
    if tokens == ["après", "demain"]:
        return (today + timedelta(days=2)).isoformat()
    if len(tokens) == 1 and tokens[0] in _WEEKDAYS:
        ahead = (_WEEKDAYS.index(tokens[0]) - today.weekday()) % 7 or 7
        return (today + timedelta(days=ahead)).isoformat()
    return None


# How people commonly say the built-in intents in French: a device knows these without
# the model ("Standard Built-in Intents" are trained by Alexa in every language it speaks).
BUILT_IN_PHRASES: dict[str, tuple[str, ...]] = {
    "AMAZON.YesIntent": (
        "oui", "ouais", "ouaip", "oui s'il te plaît", "oui s'il vous plaît", "volontiers",
        "tout à fait", "exactement", "bien sûr",
    ),
    "AMAZON.NoIntent": ("non", "nan", "non merci", "non non"),
    "AMAZON.HelpIntent": ("aide", "aide moi", "à l'aide", "qu'est ce que je peux dire"),
    "AMAZON.StopIntent": ("stop", "arrête", "arrêtez", "quitte", "quitter", "sors", "ça suffit"),
    "AMAZON.CancelIntent": ("annule", "annuler", "laisse tomber", "oublie ça"),
    "AMAZON.NextIntent": ("suivant", "la suite", "étape suivante", "passe", "passe à la suite"),
    "AMAZON.PreviousIntent": ("précédent", "retour", "reviens en arrière", "en arrière"),
    "AMAZON.RepeatIntent": (
        "répète", "répète ça", "redis le", "encore", "pardon", "tu peux répéter",
    ),
    "AMAZON.StartOverIntent": ("recommence", "on recommence", "depuis le début", "recommencer"),
    "AMAZON.PauseIntent": (
        "pause", "mets en pause", "mets sur pause", "fais une pause", "arrête une minute",
        "attends une minute",
    ),
    "AMAZON.ResumeIntent": (
        "reprends", "reprendre", "reprise", "continue", "continuez", "on continue", "repars",
    ),
    "AMAZON.NavigateHomeIntent": ("accueil", "retour à l'accueil"),
    "AMAZON.LoopOnIntent": ("boucle", "active la boucle", "répète en boucle"),
    "AMAZON.LoopOffIntent": ("désactive la boucle", "arrête la boucle"),
    "AMAZON.ShuffleOnIntent": ("aléatoire", "lecture aléatoire", "active l'aléatoire"),
    "AMAZON.ShuffleOffIntent": ("désactive l'aléatoire", "arrête l'aléatoire"),
}  # fmt: skip

# Said at either end of a request without changing what it asks for.
FILLERS = frozenset(
    {"euh", "heu", "hum", "hmm", "ben", "bah", "bon", "merci", "stp", "svp", "là", "déjà"}
)
FILLER_PAIRS: Phrases = (("s'il", "te", "plaît"), ("s'il", "vous", "plaît"), ("merci", "beaucoup"))

# "ouvre acupression du dos", "demande à acupression du dos pour mon mal de dos".
LAUNCH_WORDS: frozenset[tuple[str, ...]] = frozenset(
    {(), ("ouvre",), ("ouvrir",), ("lance",), ("démarre",), ("commence",), ("utilise",),
     ("demande", "à"), ("parle", "à"), ("va", "sur"), ("joue",)}
)  # fmt: skip
ONE_SHOT_WORDS: frozenset[tuple[str, ...]] = frozenset(
    {("demande", "à"), ("dis", "à"), ("ouvre",), ("lance",), ("utilise",), ("parle", "à")}
)
CONNECTORS: Phrases = (("et",), ("pour",), ("de",), ("que",), ("si",))
TRAILING_WORDS = frozenset({"avec", "sur"})

PERMISSION_YES = frozenset(
    {"oui", "ouais", "d'accord", "ok", "oui s'il te plaît", "j'accepte", "accepter",
     "autoriser", "vas y", "oui merci"}
)  # fmt: skip
PERMISSION_NO = frozenset(
    {"non", "non merci", "je refuse", "refuser", "pas maintenant", "ne pas autoriser"}
)
