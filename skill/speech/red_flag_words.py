"""What the skill says to a red flag, to pain while pressing, and to an unclear safety answer.

Each answer says what to do instead of pressing: urgent help (with the locale's
emergency number) for the urgent signs, a doctor for the knee and calf, a midwife or
doctor in pregnancy. Kind, short, and never "well done".
"""

from __future__ import annotations

from skill.routine.symptoms import Concern

# The number to call where the skill is published; the default for any other locale.
_EMERGENCY: dict[str, str] = {
    "en-US": "911",
    "en-CA": "911",
    "en-GB": "999, or 111 if it's not an emergency",
    "en-AU": "000",
    "en-IN": "112",
}
_DEFAULT_LOCALE = "en-US"

URGENT = (
    "Please stop pressing the point. With back pain, that needs a doctor today. "
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
CAUTIOUS = (
    "I'm not sure I heard that right, so to be safe, please check with a doctor "
    "before you try this. Take care, and come back any time."
)


def emergency_number(locale: str | None) -> str:
    """The number to call for urgent help where the person is."""
    return _EMERGENCY.get(locale or "", _EMERGENCY[_DEFAULT_LOCALE])


def red_flag(concern: Concern, locale: str | None) -> str:
    """What to do instead of pressing, for a red flag."""
    match concern:
        case Concern.URGENT:
            return URGENT.format(number=emergency_number(locale))
        case Concern.DOCTOR:
            return DOCTOR
        case Concern.MIDWIFE:
            return MIDWIFE
        case Concern.EASE_OFF:
            return f"{EASE_OFF} {IF_IT_GOES_ON}"


def asked_again(first: bool) -> str:
    """The safety check again, shorter: its first part or its second."""
    return FIRST_AGAIN if first else SECOND_AGAIN
