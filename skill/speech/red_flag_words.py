"""What the skill says to a red flag, to pain while pressing, and to an unclear safety answer.

Each answer says what to do instead of pressing: urgent help (with the locale's
emergency number) for the urgent signs, a doctor for the knee and calf, a midwife or
doctor in pregnancy. Kind, short, and never "well done".
"""

from __future__ import annotations

from skill.routine.symptoms import Concern
from skill.speech import locales

# Where a line for help that is not an emergency sits beside the emergency number.
_NOT_AN_EMERGENCY = {"en-GB": ", or 111 if it's not an emergency"}

URGENT = (
    "Please don't press the point now. With back pain, that needs a doctor today. "
    "If it's sudden or severe, get help straight away: call {number}."
)
DOCTOR = (
    "Then it's best not to press behind the knee for now. Please check with a doctor "
    "first, or your midwife if you're pregnant. A painful, swollen calf needs medical help soon."
)
MIDWIFE = (
    "While pregnant, please ask a midwife or doctor before trying this. "
    "Come back once they say it's fine."
)
EASE_OFF = "Ease off and let go for now."
IF_IT_GOES_ON = "If it doesn't settle in a few minutes, or comes back, please see a doctor."
TAKE_CARE = "I hope you feel better soon."

# The safety check asked again, shorter and in other words, when the answer was unclear.
FIRST_AGAIN = (
    "Just to be safe: numb or weak legs, bladder or bowel trouble, a fever, or a fall? Yes, or no?"
)
SECOND_AGAIN = (
    "Just to be safe: a swollen or injured knee, a painful calf, varicose veins, "
    "or pregnancy? Yes, or no?"
)
# After two unclear answers: the cautious answer, and a kind end.
# "Resume" or "carry on" over a hold paused for a red flag: not until the check is asked again.
PAUSED_FOR_SAFETY = (
    "That hold is paused, to be safe. Please check with a doctor before you carry on. "
    "Next time you open Acupressure Helper, I'll ask the safety questions first."
)

# The same answers to someone helping the person in pain.
URGENT_HELPING = (
    "Please don't press the point now. With back pain, that needs a doctor today. "
    "If it's sudden or severe, get them help straight away: call {number}."
)
DOCTOR_HELPING = (
    "Then it's best not to press behind their knee for now. Please have them check with a "
    "doctor first, or their midwife if they're pregnant. A painful, swollen calf needs "
    "medical help soon."
)
MIDWIFE_HELPING = (
    "While they're pregnant, please have them ask their midwife or doctor before trying this. "
    "Come back once they say it's fine."
)
IF_IT_GOES_ON_HELPING = (
    "If it doesn't settle in a few minutes, or comes back, please have them see a doctor."
)
CAUTIOUS = (
    "I'm not sure I heard that right, so to be safe, please check with a doctor "
    "before you try this. Take care, and come back any time."
)
CAUTIOUS_HELPING = (
    "I'm not sure I heard that right, so to be safe, please have them check with a doctor "
    "before trying this. Take care, and come back any time."
)


def emergency_number(locale: str | None) -> str:
    """The number to call for urgent help where the person is."""
    return locales.emergency_number(locale) + _NOT_AN_EMERGENCY.get(locales.published(locale), "")


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
