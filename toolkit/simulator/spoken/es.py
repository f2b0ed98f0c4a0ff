"""How Spanish speakers say numbers, lengths, times, days and the built-in intents.

"veinticinco" -> 25; "media hora" -> "PT30M"; "un día y medio" -> "P1DT12H"; "las siete
de la tarde" -> "19:00" (and Spain's "las diecinueve"); "mañana" -> the next day; "el
viernes" -> the coming Friday. Alexa fills AMAZON.DURATION in a format based on ISO-8601,
"PnYnMnWnDTnHnMnS", keeping the largest unit said ("Slot Type Reference").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toolkit.simulator.spoken import Phrases

_UNITS = {
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21,
    "veintiuna": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25,
    "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
}  # fmt: skip
_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
         "ochenta": 80, "noventa": 90}  # fmt: skip

_UNIT_NAMES = {
    "semana": "W", "semanas": "W", "día": "D", "días": "D", "hora": "H", "horas": "H",
    "minuto": "M", "minutos": "M", "minutito": "M", "minutitos": "M", "segundo": "S",
    "segundos": "S",
}  # fmt: skip
_LARGEST_FIRST = "WDHMS"
_SECONDS_IN = {"W": 7 * 86_400, "D": 86_400, "H": 3600, "M": 60, "S": 1}


def number_value(tokens: Sequence[str]) -> int | None:
    """The whole number these words say ("treinta y cinco", "35"), or None."""
    tokens = list(tokens)
    if len(tokens) == 1 and tokens[0].isascii() and tokens[0].isdigit():
        return int(tokens[0])
    if len(tokens) == 1:
        return _UNITS.get(tokens[0], _TENS.get(tokens[0]))
    if len(tokens) == 3 and tokens[0] in _TENS and tokens[1] == "y" and tokens[2] in _UNITS:
        unit = _UNITS[tokens[2]]
        return _TENS[tokens[0]] + unit if 0 < unit < 10 else None
    return None


def _iso(seconds: Fraction, largest: str) -> str:
    date_part: list[str] = []
    time_part: list[str] = []
    for letter in _LARGEST_FIRST[_LARGEST_FIRST.index(largest) :]:
        size = _SECONDS_IN[letter]
        count = seconds if letter == "S" else Fraction(seconds // size)
        seconds -= count * size
        if count:
            text = str(int(count)) if count.denominator == 1 else str(float(count))
            (date_part if letter in "WD" else time_part).append(f"{text}{letter}")
    return "P" + "".join(date_part) + ("T" + "".join(time_part) if time_part else "")


def _part(tokens: Sequence[str], at: int) -> tuple[str, Fraction, int] | None:
    """One length at `at`: "media hora", "diez minutos", "una hora y media", "un día y medio"."""
    rest = list(tokens[at:])
    if rest[:2] in (["media", "hora"], ["medía", "hora"]):
        return "H", Fraction(1, 2), at + 2
    for size in (3, 1):
        amount = number_value(rest[:size])
        if amount is None or len(rest) <= size or rest[size] not in _UNIT_NAMES:
            continue
        unit = _UNIT_NAMES[rest[size]]
        after = at + size + 1
        if list(tokens[after : after + 2]) in (["y", "media"], ["y", "medio"]):
            return unit, Fraction(amount) + Fraction(1, 2), after + 2
        return unit, Fraction(amount), after
    return None


def duration_value(tokens: Sequence[str]) -> str | None:
    """The ISO 8601 duration these words say ("PT30M"), or None."""
    at, last_rank, total, largest = 0, -1, Fraction(0), ""
    while at < len(tokens):
        if at and tokens[at] == "y":
            at += 1
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
    return _iso(total, largest) if largest else None


_NAMED_TIMES = {
    ("mediodía",): "12:00", ("medianoche",): "00:00", ("mañana",): "MO",
    ("la", "mañana"): "MO", ("tarde",): "AF", ("la", "tarde"): "AF", ("noche",): "NI",
    ("la", "noche"): "NI",
}  # fmt: skip
_AFTERNOON = (("de", "la", "tarde"), ("de", "la", "noche"), ("por", "la", "tarde"),
              ("por", "la", "noche"), ("en", "la", "tarde"), ("en", "la", "noche"))  # fmt: skip
_MORNING = (("de", "la", "mañana"), ("por", "la", "mañana"), ("en", "la", "mañana"),
            ("de", "la", "madrugada"))  # fmt: skip
_PAST = {("y", "media"): 30, ("y", "cuarto"): 15}


def _ending(tokens: Sequence[str], endings: Sequence[tuple[str, ...]]) -> int:
    for ending in endings:
        if len(tokens) > len(ending) and tuple(tokens[-len(ending) :]) == ending:
            return len(ending)
    return 0


def _clock(tokens: Sequence[str]) -> tuple[int, int] | None:
    """ "siete", "siete y media", "7 30", "19 00", "diecinueve treinta", "ocho en punto"."""
    tokens = [token for token in tokens if token not in ("en", "punto")] or list(tokens)
    if tokens[:1] in (["la"], ["las"]):
        tokens = tokens[1:]
    if len(tokens) >= 3 and tuple(tokens[-2:]) in _PAST:
        hours = number_value(tokens[:-2])
        return None if hours is None else (hours, _PAST[(tokens[-2], tokens[-1])])
    if len(tokens) == 1 and ":" not in tokens[0]:
        hours = number_value(tokens)
        return None if hours is None else (hours, 0)
    for split in (1, 2, 3):
        hours = number_value(tokens[:split])
        minutes = number_value(tokens[split:]) if tokens[split:] else None
        if hours is not None and minutes is not None:
            return hours, minutes
    return None


def time_value(tokens: Sequence[str]) -> str | None:
    """The AMAZON.TIME value these words say, or None."""
    if not tokens:
        return None
    named = _NAMED_TIMES.get(tuple(tokens))
    if named is not None:
        return named
    afternoon = _ending(tokens, _AFTERNOON)
    morning = 0 if afternoon else _ending(tokens, _MORNING)
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


_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def date_value(tokens: Sequence[str], today: date) -> str | None:
    """The AMAZON.DATE value these words say ("mañana", "el viernes"), or None."""
    tokens = list(tokens)
    if tokens[:1] in (["el"], ["este"]):
        tokens = tokens[1:]
    if tokens == ["hoy"]:
        return today.isoformat()
    if tokens == ["mañana"]:
        return (today + timedelta(days=1)).isoformat()
    if tokens == ["pasado", "mañana"]:
        return (today + timedelta(days=2)).isoformat()
    if tokens[-2:] in (["que", "viene"],) or tokens[-1:] == ["próximo"]:
        tokens = tokens[: -2 if tokens[-1] == "viene" else -1]
    if tokens[:1] == ["próximo"]:
        tokens = tokens[1:]
    if len(tokens) == 1 and tokens[0] in _WEEKDAYS:
        ahead = (_WEEKDAYS.index(tokens[0]) - today.weekday()) % 7 or 7
        return (today + timedelta(days=ahead)).isoformat()
    return None


BUILT_IN_PHRASES: dict[str, tuple[str, ...]] = {
    "AMAZON.YesIntent": ("sí", "si", "claro", "por supuesto", "sí por favor", "correcto"),
    "AMAZON.NoIntent": ("no", "no gracias", "ahora no"),
    "AMAZON.HelpIntent": ("ayuda", "ayúdame", "qué puedo decir", "qué puedo hacer"),
    "AMAZON.StopIntent": ("para", "parar", "detente", "salir", "basta", "cállate"),
    "AMAZON.CancelIntent": ("cancela", "cancelar", "olvídalo", "déjalo"),
    "AMAZON.NextIntent": ("siguiente", "el siguiente", "salta", "sáltalo"),
    "AMAZON.PreviousIntent": ("anterior", "atrás", "vuelve atrás"),
    "AMAZON.RepeatIntent": ("repite", "repítelo", "otra vez", "qué has dicho", "cómo"),
    "AMAZON.StartOverIntent": ("empieza de nuevo", "vuelve a empezar", "desde el principio"),
    "AMAZON.PauseIntent": ("pausa", "pausar", "espera", "un momento"),
    "AMAZON.ResumeIntent": ("continúa", "continuar", "sigue", "seguimos", "reanuda", "reanudar"),
    "AMAZON.NavigateHomeIntent": ("inicio", "ve al inicio"),
    "AMAZON.LoopOnIntent": ("en bucle", "activa el bucle"),
    "AMAZON.LoopOffIntent": ("quita el bucle", "desactiva el bucle"),
    "AMAZON.ShuffleOnIntent": ("aleatorio", "activa el modo aleatorio"),
    "AMAZON.ShuffleOffIntent": ("quita el aleatorio", "desactiva el modo aleatorio"),
}

FILLERS = frozenset({"porfa", "eh", "em", "mmm", "este", "pues", "gracias", "oye"})
FILLER_PAIRS: Phrases = (("por", "favor"), ("muchas", "gracias"))

# "Alexa, abre ayudante de acupresión"; "Alexa, pide a ayudante de acupresión ayuda para...".
# The shape is Amazon's "[Palabra de Activación], [Palabra de Lanzamiento] [Nombre de
# Apertura] [Conector] [Enunciado]" (Alexa blog, "Consejos para crear frases de ejemplo
# certificables", 2019); the stored docs give no Spanish list of launch words, so these
# are the common verbs, to be checked against the deployed skill (make device-check).
LAUNCH_WORDS: frozenset[tuple[str, ...]] = frozenset(
    {(), ("abre",), ("abrir",), ("inicia",), ("empieza",), ("lanza",), ("usa",), ("pon",),
     ("pide", "a"), ("pregunta", "a"), ("dile", "a"), ("habla", "con")}
)  # fmt: skip
ONE_SHOT_WORDS: frozenset[tuple[str, ...]] = frozenset(
    {("pide", "a"), ("pregunta", "a"), ("dile", "a"), ("abre",), ("usa",), ("habla", "con")}
)
CONNECTORS: Phrases = (("para",), ("que",), ("sobre",), ("por",), ("si",), ("y",))
TRAILING_WORDS = frozenset({"con", "usando", "en"})

# What to say to open a skill, as the device's note tells a person with no session open.
OPEN_EXAMPLE = "Alexa, abre {skill}"

# Alexa's own permission prompt, in this language: {skill} is the skill's name, {wanted}
# what the permission lets it do.
PERMISSION_QUESTION = "¿Permite que {skill} {wanted}? Puede decir sí o no."
PERMISSION_WANTED = {"alexa::alerts:reminders:skill:readwrite": "cree recordatorios para usted"}

PERMISSION_YES = frozenset(
    {"sí", "si", "claro", "vale", "de acuerdo", "sí por favor", "lo permito", "permitir",
     "acepto", "adelante"}
)  # fmt: skip
PERMISSION_NO = frozenset(
    {"no", "no gracias", "no lo permito", "denegar", "no permitir", "ahora no"}
)  # fmt: skip
