"""The safety check, and the other yes-or-no questions asked on the way.

The safety note is two short turns, each ending with a check, so a person in pain
hears it in pieces and says whether any of it applies to them.
"""

from __future__ import annotations

from skill.routine.hold_length import FULL_EFFECT_MINUTES
from skill.routine.journey import Pending

APPLIES = "Does any of that apply to you?"

SAFETY_FIRST = (
    "First, a safety check. Are your legs numb or weak? "
    "Any trouble controlling your bladder or bowels? "
    "A fever, or pain from a fall or injury? " + APPLIES
)
SAFETY_SECOND = (
    "Thank you. This is self-care, not medical advice. "
    "Any swelling, injury or varicose veins behind your knee? "
    "Is your calf painful or swollen? Or are you pregnant? " + APPLIES
)
SAFETY_CLEAR = "All clear, thank you."
SAFETY_TITLE = "Safety first"

OTHER_PAIN = "I'm sorry you're hurting. This routine is for lower back pain."
OTHER_PAIN_CHOICE = "Would you like to go on with it, or stop?"
OTHER_PAIN_OF = "I'm sorry your {place} hurts. This routine is for lower back pain."

INSTEAD = "Alright. What would you like instead: another length, like 10 minutes, or not today?"
INSTEAD_REPROMPT = "Say a number of minutes, or: not today."
LENGTH_INSTEAD = "Alright. How long would you like instead?"


def suggest(minutes: int) -> str:
    if minutes == FULL_EFFECT_MINUTES:
        return f"I'd suggest {minutes} minutes, for the full effect. Shall we do {minutes}?"
    return f"I'd suggest {minutes} minutes. Shall we do {minutes}?"


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
            return f"{APPLIES} Say yes, or no."
        case Pending.OTHER_PAIN:
            return "Say yes to go on, or stop."
        case Pending.CONFIRM_LENGTH:
            return f"Shall we do {suggested or FULL_EFFECT_MINUTES} minutes? Say yes, or no."
        case Pending.INSTEAD:
            return INSTEAD_REPROMPT


def help_for(pending: Pending, suggested: int | None) -> str:
    """What to say to the question asked on the way, and what follows each answer."""
    match pending:
        case Pending.SAFETY_FIRST | Pending.SAFETY_SECOND:
            return (
                "If any of those applies to you, say yes, and I'll tell you what to do instead. "
                "If none does, say no, and we'll go on."
            )
        case Pending.OTHER_PAIN:
            return "Say yes to go on with the routine for lower back pain, or stop to leave."
        case Pending.CONFIRM_LENGTH:
            return (
                f"Say yes to hold for {suggested or FULL_EFFECT_MINUTES} minutes, or no to choose."
            )
        case Pending.INSTEAD:
            return "Say a number of minutes, like 10, or guide me to find the point, or not today."
