"""What the skill says when it did not understand: more help each time, not the same words."""

from __future__ import annotations

from skill.routine.journey import Journey, Stage

DIDNT_CATCH = "Sorry, I didn't get that."
TAKE_YOUR_TIME = "Take your time."
# From the third miss in a row at the same place, each miss gets the next of these, so no
# two in a row are the same however long it goes on.
_STILL_MISSED = (
    "I'm sorry, I'm still not getting it. Say help to hear what you can say, or stop to finish.",
    "Sorry, I'm having trouble with that. You could say start again, to go back to the beginning.",
    "I'm sorry. It may be easier another time: say stop, and ask me again whenever you like.",
)

# Frustration and swearing: calm, a different answer each time, and always a way out.
_FRUSTRATED = (
    "I'm sorry, that's frustrating. Let's try another way: say start again, help, or stop.",
    "Sorry, I'm not getting this right. Say help to hear what I understand, or stop to finish.",
    "I hear you, and I'm sorry. If you'd like a fresh start, just say: start again.",
    "That's alright. It's fine to leave it for now: say stop, and come back whenever you like.",
    "Sorry. Take a breath, and when you're ready, say help, start again, or stop.",
)
FRUSTRATED_ONE_SHOT = (
    "I'm sorry it's been frustrating. Whenever you'd like to try again, "
    "just ask Acupressure Helper for back pain."
)
# Over a hold, which plays on: the way out is the hold's own.
_FRUSTRATED_IN_HOLD = (
    "I'm sorry. If you'd like to end the hold, just say stop.",
    "Sorry about that. You can say pause to rest, or stop to finish.",
    "That's alright. Say stop whenever you want to end the hold.",
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
