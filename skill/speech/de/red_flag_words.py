"""Was die Skill bei Warnzeichen sagt, bei Schmerz beim Drücken, und bei unklarer Antwort.

Each answer says what to do instead of pressing: urgent help (with the locale's
emergency number, 112 in Germany) for the urgent signs, a doctor for the knee and calf, a
midwife or doctor in pregnancy. Kind, short, and never "sehr gut".
"""

from __future__ import annotations

from skill.routine.symptoms import Concern
from skill.speech import locales

URGENT = (
    "Bitte drücken Sie den Punkt jetzt nicht. Mit Rückenschmerzen gehört das heute noch "
    "in ärztliche Hände. Wenn es plötzlich kommt oder stark ist, holen Sie sofort Hilfe: "
    "rufen Sie die {number}."
)
DOCTOR = (
    "Dann drücken Sie besser vorerst nicht hinter das Knie. Fragen Sie bitte zuerst eine "
    "Ärztin oder einen Arzt, in der Schwangerschaft Ihre Hebamme. Eine schmerzhafte, "
    "geschwollene Wade braucht bald ärztliche Hilfe."
)
MIDWIFE = (
    "In der Schwangerschaft fragen Sie bitte zuerst Ihre Hebamme oder Ihre Ärztin, bevor "
    "Sie das ausprobieren. Kommen Sie wieder, wenn sie einverstanden ist."
)
EASE_OFF = "Lassen Sie nach und lösen Sie den Druck für jetzt."
IF_IT_GOES_ON = (
    "Wenn es sich nicht in ein paar Minuten beruhigt oder wiederkommt, gehen Sie bitte zum Arzt."
)
TAKE_CARE = "Gute Besserung."

# The safety check asked again, shorter and in other words, when the answer was unclear.
FIRST_AGAIN = (
    "Nur zur Sicherheit: taube oder schwache Beine, Probleme mit Blase oder Darm, Fieber, "
    "oder ein Sturz? Ja oder nein?"
)
SECOND_AGAIN = (
    "Nur zur Sicherheit: ein geschwollenes oder verletztes Knie, eine schmerzende Wade, "
    "Krampfadern, oder eine Schwangerschaft? Ja oder nein?"
)
PAUSED_FOR_SAFETY = (
    "Diese Übung ist zur Sicherheit angehalten. Fragen Sie bitte eine Ärztin oder einen "
    "Arzt, bevor Sie weitermachen. Wenn Sie Akupressur Helfer das nächste Mal öffnen, "
    "stelle ich zuerst die Sicherheitsfragen."
)

# The same answers to someone helping the person in pain.
URGENT_HELPING = (
    "Bitte drücken Sie den Punkt jetzt nicht. Mit Rückenschmerzen gehört das heute noch "
    "in ärztliche Hände. Wenn es plötzlich kommt oder stark ist, holen Sie sofort Hilfe: "
    "rufen Sie die {number}."
)
DOCTOR_HELPING = (
    "Dann drücken Sie besser vorerst nicht hinter ihr Knie. Die Person sollte zuerst eine "
    "Ärztin oder einen Arzt fragen, in der Schwangerschaft ihre Hebamme. Eine schmerzhafte, "
    "geschwollene Wade braucht bald ärztliche Hilfe."
)
MIDWIFE_HELPING = (
    "In der Schwangerschaft sollte die Person zuerst ihre Hebamme oder Ärztin fragen, "
    "bevor Sie das ausprobieren. Kommen Sie wieder, wenn sie einverstanden ist."
)
IF_IT_GOES_ON_HELPING = (
    "Wenn es sich nicht in ein paar Minuten beruhigt oder wiederkommt, sollte die Person "
    "zum Arzt gehen."
)
CAUTIOUS = (
    "Ich bin nicht sicher, ob ich das richtig verstanden habe. Fragen Sie darum zur "
    "Sicherheit bitte zuerst eine Ärztin oder einen Arzt. Alles Gute, und kommen Sie "
    "jederzeit wieder."
)
CAUTIOUS_HELPING = (
    "Ich bin nicht sicher, ob ich das richtig verstanden habe. Die Person sollte darum zur "
    "Sicherheit zuerst eine Ärztin oder einen Arzt fragen. Alles Gute, und kommen Sie "
    "jederzeit wieder."
)


def emergency_number(locale: str | None) -> str:
    """The number to call for urgent help where the person is (112 in Germany)."""
    return locales.emergency_number(locale)


def red_flag(concern: Concern, locale: str | None, helping: bool = False) -> str:
    """What to do instead of pressing, for a red flag; to a helper, of the person helped."""
    match concern:
        case Concern.URGENT:
            urgent = URGENT_HELPING if helping else URGENT
            return urgent.format(number=emergency_number(locale))
        case Concern.DOCTOR:
            return DOCTOR_HELPING if helping else DOCTOR
        case Concern.MIDWIFE:
            return MIDWIFE_HELPING if helping else MIDWIFE
        case Concern.EASE_OFF:
            return f"{EASE_OFF} {if_it_goes_on(helping)}"


def if_it_goes_on(helping: bool = False) -> str:
    """What to do if pain while pressing does not settle."""
    return IF_IT_GOES_ON_HELPING if helping else IF_IT_GOES_ON


def cautious(helping: bool = False) -> str:
    """After two unclear answers to the safety check: a doctor first, and a kind end."""
    return CAUTIOUS_HELPING if helping else CAUTIOUS


def asked_again(first: bool) -> str:
    """The safety check again, shorter: its first part or its second."""
    return FIRST_AGAIN if first else SECOND_AGAIN
