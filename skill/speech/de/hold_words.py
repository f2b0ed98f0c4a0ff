"""Was die Skill rund um eine Übung sagt: Anfang, Pause, Stopp, verbleibende Zeit (German)."""

from __future__ import annotations

from skill.routine.hold_plan import HoldPlan
from skill.speech.de.common import minutes
from skill.speech.de.hold_marks import promise

CONTROLS = "Sagen Sie jederzeit Alexa, Pause, oder Alexa, stopp."
SPOKEN_CONTROLS = (
    "Ich spreche immer ein paar Minuten am Stück. Sagen Sie danach weiter, oder stopp zum Beenden."
)
# German's recorded hold, in a German voice (toolkit/audio/voices.py).
RECORDINGS = "de-DE"
TITLE = "Blase 40 drücken"
STARTING_OVER = "Die Übung beginnt noch einmal von vorne."
START_HINT = (
    "Um eine Übung zu beginnen, sagen Sie: Alexa, frage Akupressur Helfer nach Rückenschmerzen."
)
NO_HOLD_RUNNING = "Gerade läuft keine Übung."
CONTINUE = "Sagen Sie weiter für den nächsten Teil."
SPOKEN_HELP = (
    "Drücken Sie weiter auf den Punkt. Sagen Sie weiter für den nächsten Teil, noch mal, "
    "um diesen Teil erneut zu hören, wie lange noch, oder stopp zum Beenden."
)
CONTINUE_REPROMPT = "Sagen Sie weiter, wenn Sie so weit sind, oder stopp zum Beenden."


def starting(plan: HoldPlan, *, first_time: bool, streamed: bool = True) -> str:
    """The start line, with how this hold will be counted; a first hold also hears the controls."""
    start = f"Drücken Sie jetzt, und atmen Sie ruhig. {promise(plan)}"
    if not streamed:
        return f"{start} {SPOKEN_CONTROLS}" if first_time else start
    return f"{start} {CONTROLS}" if first_time else start


def subtitle(total_minutes: int) -> str:
    return minutes(total_minutes)


def time_left(remaining_ms: int) -> str:
    if remaining_ms < 60_000:
        return "Weniger als eine Minute."
    return f"Noch etwa {minutes(round(remaining_ms / 60_000))}."


def stopped(held_seconds: int) -> str:
    if held_seconds < 60:
        return "Beendet. Alles Gute."
    held = minutes(held_seconds // 60)
    return f"Beendet nach {held}. Schön, dass Sie sich die Zeit genommen haben. Alles Gute."


RESUME_HINT = "Sagen Sie Alexa, fortsetzen, um weiterzumachen."
HOLD_HELP = (
    "Halten Sie einen sanften, gleichmäßigen Druck auf den Punkt. Sie können Alexa, Pause, "
    "oder Alexa, fortsetzen, sagen, oder Akupressur Helfer fragen, wie lange es noch dauert."
)
HOLD_SAFETY = (
    "Wenn der Druck wehtut, lassen Sie nach oder hören Sie auf. Holen Sie ärztliche Hilfe, "
    "wenn sich Ihre Beine taub oder schwach anfühlen, oder Ihre Wade schmerzt oder "
    "geschwollen ist."
)
RATE_AFTER_THE_HOLD = (
    "Sagen Sie mir nach der Übung Ihren Schmerz von 0 bis 10, dann vergleiche ich."
)
HOLD_FINISHED = "Die Übung ist zu Ende."
HOLD_ENDED = "Diese Übung ist zu Ende."
ANOTHER_HINT = "Für eine weitere sagen Sie: Alexa, frage Akupressur Helfer nach Rückenschmerzen."


def _clock_minutes(ms: int) -> str:
    return minutes(max(1, round(ms / 60_000)))


def going(remaining_ms: int) -> str:
    """A hold is under way: how far it has to go."""
    if remaining_ms < 60_000:
        return "Die Übung ist fast vorbei: weniger als eine Minute noch."
    return f"Die Übung läuft: noch {_clock_minutes(remaining_ms)}."


def carrying_on(remaining_ms: int) -> str:
    if remaining_ms < 60_000:
        return "Es geht weiter: weniger als eine Minute noch."
    return f"Es geht weiter: noch {_clock_minutes(remaining_ms)}."


_WHEN_READY = "Sagen Sie Alexa, fortsetzen, wenn Sie so weit sind."


def paused_at(held_ms: int, total_ms: int) -> str:
    held = held_ms // 60_000
    total = total_ms // 60_000
    if held < 1:
        return f"Angehalten, nach weniger als einer Minute von {minutes(total)}. {_WHEN_READY}"
    return f"Angehalten bei {held} von {total} Minuten. {_WHEN_READY}"


def offer_carry_on(held_ms: int, total_ms: int) -> str:
    """Opening the skill with a hold under way (paused, or playing until they spoke)."""
    held = held_ms // 60_000
    total = total_ms // 60_000
    if held < 1:
        return (
            f"Die Übung von {minutes(total)} hatte gerade begonnen. Weitermachen, oder von vorne?"
        )
    return f"Sie waren bei {held} von {total} Minuten Ihrer Übung. Weitermachen, oder von vorne?"


CARRY_ON_REPROMPT = "Sagen Sie weitermachen, oder von vorne."


def kept(held_seconds: int) -> str:
    """A hold that ended part-way: its minutes are kept."""
    if held_seconds < 60:
        return HOLD_ENDED
    return f"Diese Übung ist zu Ende. Ich habe Ihre {minutes(held_seconds // 60)} gespeichert."


def paused_for_advice(held_seconds: int) -> str:
    """A hold paused because the person should ask a midwife or doctor first."""
    if held_seconds < 60:
        return "Ich habe die Übung vorerst angehalten."
    held = minutes(held_seconds // 60)
    return f"Ich habe die Übung vorerst angehalten und Ihre {held} gespeichert."


def starting_over(held_seconds: int) -> str:
    if held_seconds < 60:
        return STARTING_OVER
    return f"Ich habe Ihre {minutes(held_seconds // 60)} gespeichert. {STARTING_OVER}"


NOT_CAUGHT_IN_HOLD = "Das habe ich nicht verstanden."
AFTER_THE_HOLD = "Das machen wir, wenn die Übung vorbei ist."


def paused_hold(held_ms: int, total_ms: int) -> str:
    held, total = held_ms // 60_000, total_ms // 60_000
    return f"Die Übung ist bei {held} von {total} Minuten angehalten."
