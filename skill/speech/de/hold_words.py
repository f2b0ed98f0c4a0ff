"""Was die Skill rund um eine Übung sagt: Anfang, Pause, Stopp, verbleibende Zeit (German)."""

from __future__ import annotations

from skill.speech.de.common import minutes as minutes  # noqa: PLC0414 - the pack gives it

# The start line; skill.speech.marks_said adds how this hold will be counted.
PRESS_NOW = "Drücken Sie jetzt, und atmen Sie ruhig."
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


def subtitle(total_minutes: int) -> str:
    return minutes(total_minutes)


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


CARRY_ON_REPROMPT = "Sagen Sie weitermachen, oder von vorne."
NOT_CAUGHT_IN_HOLD = "Das habe ich nicht verstanden."
AFTER_THE_HOLD = "Das machen wir, wenn die Übung vorbei ist."

# The sentences skill.speech.hold_answer chooses from, with their slots; a pair is for
# under a minute (or one minute), then for more.
_WHEN_READY = "Sagen Sie Alexa, fortsetzen, wenn Sie so weit sind."
LESS_THAN_A_MINUTE_LEFT = "Weniger als eine Minute."
ABOUT_LEFT = ("Noch etwa 1 Minute.", "Noch etwa {minutes}.")
STOPPED = (
    "Beendet. Alles Gute.",
    "Beendet nach {minutes}. Schön, dass Sie sich die Zeit genommen haben. Alles Gute.",
)
GOING = (
    "Die Übung ist fast vorbei: weniger als eine Minute noch.",
    "Die Übung läuft: noch {minutes}.",
)
CARRYING_ON = ("Es geht weiter: weniger als eine Minute noch.", "Es geht weiter: noch {minutes}.")
PAUSED_AT = (
    f"Angehalten, nach weniger als einer Minute von {{length}}. {_WHEN_READY}",
    f"Angehalten bei {{done}} von {{total}} Minuten. {_WHEN_READY}",
)
OFFER_CARRY_ON = (
    "Die Übung von {length} hatte gerade begonnen. Weitermachen, oder von vorne?",
    "Sie waren bei {done} von {total} Minuten Ihrer Übung. Weitermachen, oder von vorne?",
)
PAUSED_HOLD = (
    "Die Übung ist angehalten, nach weniger als einer Minute von {length}.",
    "Die Übung ist bei {done} von {total} Minuten angehalten.",
)
HELD = ("Ihre 1 Minute", "Ihre {minutes}")
# The verb comes last: "Ich habe Ihre 5 Minuten gespeichert."
KEPT = "Diese Übung ist zu Ende. Ich habe {held} gespeichert."
PAUSED_FOR_ADVICE = (
    "Ich habe die Übung vorerst angehalten.",
    "Ich habe die Übung vorerst angehalten und {held} gespeichert.",
)
KEPT_STARTING_OVER = f"Ich habe {{held}} gespeichert. {STARTING_OVER}"
