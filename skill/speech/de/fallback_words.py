"""Was die Skill sagt, wenn sie nichts verstanden hat: more help each time, in German."""

from __future__ import annotations

from skill.routine.journey import Journey, Stage

TAKE_YOUR_TIME = "Lassen Sie sich Zeit."
# From the third miss in a row at the same place, each miss gets the next of these.
_STILL_MISSED = (
    "Entschuldigung, ich verstehe es immer noch nicht. Sagen Sie Hilfe, um zu hören, was Sie "
    "sagen können, oder stopp, um aufzuhören.",
    "Entschuldigung, damit tue ich mich schwer. Sie können von vorne sagen, um neu anzufangen.",
    "Es tut mir leid. Vielleicht klappt es ein andermal besser: sagen Sie stopp, und fragen "
    "Sie mich wieder, wann immer Sie möchten.",
)

# Frustration and swearing: calm, a different answer each time, and always a way out.
_FRUSTRATED = (
    "Das tut mir leid, das ist ärgerlich. Versuchen wir es anders: sagen Sie von vorne, "
    "Hilfe, oder stopp.",
    "Entschuldigung, das klappt gerade nicht gut. Sagen Sie Hilfe, um zu hören, was ich "
    "verstehe, oder stopp.",
    "Ich verstehe Sie, und es tut mir leid. Für einen neuen Anfang sagen Sie einfach: von vorne.",
    "Schon gut. Sie können es auch für heute lassen: sagen Sie stopp, und kommen Sie "
    "wieder, wann Sie möchten.",
    "Entschuldigung. Atmen Sie kurz durch, und wenn Sie so weit sind, sagen Sie Hilfe, "
    "von vorne, oder stopp.",
)
FRUSTRATED_ONE_SHOT = (
    "Es tut mir leid, dass es ärgerlich war. Wenn Sie es wieder versuchen möchten, fragen "
    "Sie einfach Akupressur Helfer nach Rückenschmerzen."
)
# Over a hold, which plays on: the way out is the hold's own.
_FRUSTRATED_IN_HOLD = (
    "Entschuldigung. Wenn Sie aufhören möchten, sagen Sie einfach stopp.",
    "Tut mir leid. Sagen Sie Pause, um kurz zu ruhen, oder stopp, um aufzuhören.",
    "Schon gut. Sagen Sie stopp, wann immer Sie aufhören möchten.",
)


def still_missed(misses: int) -> str:
    """The third miss in a row and after: never the same words as the miss before."""
    return _STILL_MISSED[(misses - 3) % len(_STILL_MISSED)]


def frustrated(count: int) -> str:
    """The `count`th time (from 1) in a session the person is frustrated or swears."""
    return _FRUSTRATED[(count - 1) % len(_FRUSTRATED)]


def frustrated_in_hold(seed: int) -> str:
    """Frustration over a hold, which opens a new session each time: `seed` varies the words."""
    return _FRUSTRATED_IN_HOLD[seed % len(_FRUSTRATED_IN_HOLD)]


def simpler_choice(journey: Journey) -> str:
    """After a second miss at the same place: the fewest words that move the person on."""
    if journey.pending is not None:
        return "Entschuldigung. Sagen Sie einfach ja oder nein."
    match journey.stage:
        case Stage.OFFER | Stage.USUAL:
            return "Entschuldigung. Sagen Sie einfach ja oder nein."
        case Stage.HOLDER:
            return "Entschuldigung. Sagen Sie einfach: selbst, oder: jemand hilft mir."
        case Stage.LOCATE:
            return "Entschuldigung. Sagen Sie einfach weiter, oder gefunden."
        case Stage.QUICK_LOCATE:
            return "Entschuldigung. Sagen Sie einfach gefunden, oder führe mich."
        case Stage.LENGTH | Stage.HOLD:
            return "Entschuldigung. Sagen Sie einfach 5 Minuten, oder 30 Minuten."
