"""How French speakers (France, Québec) say numbers, lengths, times, days and built-in intents.

Words arrive as the device's plain words: hyphens split ("vingt-cinq" is "vingt cinq"),
apostrophes stay inside a word ("d'heure"). Values are Alexa's: AMAZON.NUMBER in digits,
AMAZON.DURATION in ISO 8601 ("une heure et demie" -> "PT1H30M"), AMAZON.TIME as "19:00"
or a part of the day ("le soir" -> "EV"), AMAZON.DATE as a date ("Slot Type Reference").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from toolkit.simulator.spoken.fr_numbers import duration_value, number_value

if TYPE_CHECKING:
    from toolkit.simulator.spoken import Phrases

__all__ = [
    "BUILT_IN_PHRASES", "CONNECTORS", "FILLERS", "FILLER_PAIRS", "LAUNCH_WORDS", "ONE_SHOT_WORDS",
    "OPEN_EXAMPLE", "PERMISSION_NO", "PERMISSION_QUESTION", "PERMISSION_WANTED", "PERMISSION_YES",
    "TRAILING_WORDS", "date_value", "duration_value", "number_value", "time_value",
]  # fmt: skip

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

# "ouvre acupression du dos", "demande à acupression du dos pour mon mal de dos"
# ("Choose the Invocation Name for a Custom Skill": "If the invocation name is 'signe
# astrologique', users can say: Alexa, demande à signe astrologique l'horoscope des
# gémeaux").
LAUNCH_WORDS: frozenset[tuple[str, ...]] = frozenset(
    {(), ("ouvre",), ("ouvrir",), ("lance",), ("démarre",), ("commence",), ("utilise",),
     ("demande", "à"), ("parle", "à"), ("va", "sur"), ("joue",)}
)  # fmt: skip
ONE_SHOT_WORDS: frozenset[tuple[str, ...]] = frozenset(
    {("demande", "à"), ("dis", "à"), ("ouvre",), ("lance",), ("utilise",), ("parle", "à")}
)
CONNECTORS: Phrases = (("et",), ("pour",), ("de",), ("que",), ("si",))
TRAILING_WORDS = frozenset({"avec", "sur"})

# What to say to open a skill, as the device's note tells a person with no session open.
OPEN_EXAMPLE = "Alexa, ouvre {skill}"

# Alexa's own permission prompt, in this language: {skill} is the skill's name, {wanted}
# what the permission lets it do.
PERMISSION_QUESTION = "Autorisez-vous {skill} à {wanted} ? Vous pouvez dire oui ou non."
PERMISSION_WANTED = {"alexa::alerts:reminders:skill:readwrite": "créer des rappels pour vous"}

PERMISSION_YES = frozenset(
    {"oui", "ouais", "d'accord", "ok", "oui s'il te plaît", "j'accepte", "accepter",
     "autoriser", "vas y", "oui merci"}
)  # fmt: skip
PERMISSION_NO = frozenset(
    {"non", "non merci", "je refuse", "refuser", "pas maintenant", "ne pas autoriser"}
)
