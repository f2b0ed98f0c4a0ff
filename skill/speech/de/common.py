"""Was die Skill auf Deutsch an jeder Stelle sagt: Hinweise, Entschuldigungen, Abschiede.

(What the skill says in German at any step; the `Common` part of the German pack.)
"""

from __future__ import annotations

from skill.routine.hold_length import EASING_MINUTES, FULL_EFFECT_MINUTES

# Said when "gefunden" comes before the step on how to press.
PRESS_TIP = "Drücken Sie fest, aber angenehm, nie stechend; ein Knie oder beide."
PRESS_TIP_AS_HOLD_STARTS = "Fest drücken, nie stechend."
WHERE_IS_IT = (
    "Der Punkt liegt hinten am Knie, mitten in der Kniekehle, genau zwischen den beiden Sehnen."
)
LENGTH_REPROMPT = (
    f"Sagen Sie eine Zahl von Minuten, zum Beispiel {EASING_MINUTES} oder {FULL_EFFECT_MINUTES}."
)
FIRST_STEP_ALREADY = "Das ist schon der erste Schritt."
NOT_FOUND_YET = "Kein Problem, lassen Sie sich Zeit."
GOODBYE = "Alles Gute. Ich hoffe, Ihrem Rücken geht es bald besser."
FOUND_IT = "Sehr gut."
NOT_NOW = (
    "In Ordnung. Wann immer Sie mich brauchen, sagen Sie einfach: "
    "Alexa, frage Akupressur Helfer nach Rückenschmerzen. Alles Gute."
)
NO_USUAL_YET = "Sie haben noch keine übliche Dauer."
NOT_SAVED = "Das konnte ich gerade nicht speichern."
# The title of the card and screen that show the point.
POINT_TITLE = "Blase 40 finden"
SORRY = "Entschuldigung, bei mir ist etwas schiefgegangen."
DIDNT_CATCH = "Entschuldigung, das habe ich nicht verstanden."


def minutes(count: int) -> str:
    """ "1 Minute", "12 Minuten"."""
    return "1 Minute" if count == 1 else f"{count} Minuten"
