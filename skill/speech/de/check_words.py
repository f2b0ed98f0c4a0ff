"""Der Sicherheitscheck und die anderen Ja-oder-Nein-Fragen unterwegs (the German check).

The safety note is two short turns, each ending with a check, as in English.
"""

from __future__ import annotations

from skill.routine.hold_length import FULL_EFFECT_MINUTES
from skill.routine.journey import Pending

APPLIES = "Trifft etwas davon auf Sie zu?"

SAFETY_FIRST = (
    "Zuerst ein kurzer Sicherheitscheck. Sind Ihre Beine taub oder schwach? "
    "Haben Sie Probleme, Blase oder Darm zu kontrollieren? "
    "Fieber, oder Schmerzen nach einem Sturz oder einer Verletzung? " + APPLIES
)
SAFETY_SECOND = (
    "Danke. Das ist Selbsthilfe, keine ärztliche Beratung. "
    "Ist Ihre Kniekehle geschwollen, verletzt, oder haben Sie dort Krampfadern? "
    "Ist Ihre Wade schmerzhaft oder geschwollen? Oder sind Sie schwanger? " + APPLIES
)
SAFETY_CLEAR = "Alles klar, danke."
SAFETY_TITLE = "Sicherheit zuerst"

OTHER_PAIN = "Das tut mir leid. Diese Übung ist für Schmerzen im unteren Rücken gedacht."
OTHER_PAIN_CHOICE = "Möchten Sie trotzdem weitermachen, oder aufhören?"
OTHER_PAIN_OF = (
    "Das tut mir leid, dass es dort wehtut. Diese Übung ist für "
    "Schmerzen im unteren Rücken gedacht."
)

INSTEAD = (
    "In Ordnung. Was möchten Sie stattdessen: eine andere Dauer, zum Beispiel 10 Minuten, "
    "oder heute nicht?"
)
INSTEAD_REPROMPT = "Sagen Sie eine Zahl von Minuten, oder: heute nicht."
LENGTH_INSTEAD = "In Ordnung. Wie lange möchten Sie stattdessen?"


def suggest(minutes: int) -> str:
    if minutes == FULL_EFFECT_MINUTES:
        return (
            f"Ich schlage {minutes} Minuten vor, für die volle Wirkung. "
            f"Sollen wir {minutes} machen?"
        )
    return f"Ich schlage {minutes} Minuten vor. Sollen wir {minutes} machen?"


def question(pending: Pending, suggested: int | None) -> str:
    """The question asked on the way, as first asked."""
    match pending:
        case Pending.SAFETY_FIRST:
            return SAFETY_FIRST
        case Pending.SAFETY_SECOND:
            return SAFETY_SECOND
        case Pending.OTHER_PAIN:
            return OTHER_PAIN_CHOICE
        case Pending.CONFIRM_LENGTH:
            return suggest(suggested or FULL_EFFECT_MINUTES)
        case Pending.INSTEAD:
            return INSTEAD


def reprompt(pending: Pending, suggested: int | None) -> str:
    """The question asked on the way, asked again in a few words."""
    match pending:
        case Pending.SAFETY_FIRST | Pending.SAFETY_SECOND:
            return f"{APPLIES} Sagen Sie ja oder nein."
        case Pending.OTHER_PAIN:
            return "Sagen Sie ja zum Weitermachen, oder stopp."
        case Pending.CONFIRM_LENGTH:
            minutes = suggested or FULL_EFFECT_MINUTES
            return f"Sollen wir {minutes} Minuten machen? Sagen Sie ja oder nein."
        case Pending.INSTEAD:
            return INSTEAD_REPROMPT


def help_for(pending: Pending, suggested: int | None) -> str:
    """What to say to the question asked on the way, and what follows each answer."""
    match pending:
        case Pending.SAFETY_FIRST | Pending.SAFETY_SECOND:
            return (
                "Wenn etwas davon auf Sie zutrifft, sagen Sie ja, und ich sage Ihnen, was Sie "
                "stattdessen tun können. Wenn nichts zutrifft, sagen Sie "
                "nein, und wir machen weiter."
            )
        case Pending.OTHER_PAIN:
            return (
                "Sagen Sie ja, um mit der Übung für den unteren Rücken weiterzumachen, oder stopp."
            )
        case Pending.CONFIRM_LENGTH:
            minutes = suggested or FULL_EFFECT_MINUTES
            return f"Sagen Sie ja für {minutes} Minuten, oder nein, um selbst zu wählen."
        case Pending.INSTEAD:
            return (
                "Sagen Sie eine Zahl von Minuten, zum Beispiel 10, oder: führe mich zum Punkt, "
                "oder: heute nicht."
            )
