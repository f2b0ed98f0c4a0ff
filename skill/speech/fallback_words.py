"""What the skill says when it did not understand: more help each time, not the same words."""

from __future__ import annotations

from skill.routine.journey import Journey, Stage

DIDNT_CATCH = "Sorry, I didn't get that."
TAKE_YOUR_TIME = "Take your time."
HELP_OR_STOP = (
    "I'm sorry, I'm still not getting it. Say help to hear what you can say, or stop to finish."
)


def simpler_choice(journey: Journey) -> str:
    """After a second miss at the same place: the fewest words that move the person on."""
    if journey.pending is not None:
        return "Sorry. Just say yes, or no."
    match journey.stage:
        case Stage.OFFER | Stage.USUAL:
            return "Sorry. Just say yes, or no."
        case Stage.HOLDER:
            return "Sorry. Just say: myself, or: helper."
        case Stage.LOCATE:
            return "Sorry. Just say next, or found it."
        case Stage.QUICK_LOCATE:
            return "Sorry. Just say found it, or guide me."
        case Stage.LENGTH | Stage.HOLD:
            return "Sorry. Just say 5 minutes, or 30 minutes."
