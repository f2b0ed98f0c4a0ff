"""What the skill says when a person changes how it works for them, or rates their pain."""

from __future__ import annotations

from skill.routine.cadence import Cadence
from skill.routine.pain import PainTrend, pain_trend
from skill.routine.speech_rate import SpeechRate
from skill.speech.english import minutes

_CADENCE_SET = {
    Cadence.MINUTE: "Okay. In your holds, I'll count every minute.",
    Cadence.FIVE: "Okay. In your holds, I'll tell you the time every five minutes.",
    Cadence.QUIET: "Okay. In your holds, I'll just ring a soft chime every five minutes.",
}
_RATE_SET = {
    SpeechRate.SLOW: "Okay, I'll speak more slowly.",
    SpeechRate.NORMAL: "Okay, back to my usual speed.",
    SpeechRate.FAST: "Okay, I'll speak a little faster.",
}
_RATE_LIMIT = {
    SpeechRate.SLOW: "This is as slowly as I speak.",
    SpeechRate.FAST: "This is as fast as I speak.",
}

RATING_UNCLEAR = "Sorry, I didn't catch that. Say a number from 0 to 10, like: my pain is a 6."
RATING_REPROMPT = "Say a number from 0 to 10, like: my pain is a 6."
WORSE_AFTER = "If the pain is getting worse, please check with a doctor."
RATE_WHEN_DONE = (
    "The hold is still going. Tell me how your pain is once it's done, and I'll compare."
)
KEEP_QUESTION = "Shall I keep your ratings, so I can tell you how they change?"
KEEP_REPROMPT = "Shall I keep your pain ratings? Say yes or no."
KEEPING = "Okay, I'll keep your ratings from now on. To stop, say: stop keeping my ratings."
NOT_KEEPING = "Okay, I won't keep them. I'll still compare them before and after a hold."
STOPPED_KEEPING = "Okay. I've deleted the ratings I kept, and I won't keep any more."
STOPPED_KEEPING_NOT_DELETED = (
    "Okay, I won't keep any more ratings. I couldn't delete the ones I kept just now, "
    "so please say that again later."
)
PLAYING_HINT = "The hold is still going. Say Alexa, resume, to carry on."


def usual_set(count: int) -> str:
    return f"Done. Your usual hold is now {minutes(count)}."


def cadence_set(cadence: Cadence) -> str:
    return _CADENCE_SET[cadence]


def rate_set(rate: SpeechRate, *, changed: bool) -> str:
    if not changed and rate in _RATE_LIMIT:
        return _RATE_LIMIT[rate]
    return _RATE_SET[rate]


def rated_before(rating: int) -> str:
    return f"Thanks. Your pain is {rating} out of 10 before the hold."


def rated_after(before: int | None, after: int) -> str:
    """Thanks for a rating after a hold, with the change when there was one before."""
    if before is None:
        return f"Thanks. Your pain is {after} out of 10 after that hold."
    said = f"Thanks. Your pain was {before} before that hold, and it's {after} now."
    found = pain_trend(after - before)
    match found.trend:
        case PainTrend.EASED:
            eased = found.points_eased
            return f"{said} That's {eased} {'point' if eased == 1 else 'points'} easier."
        case PainTrend.WORSE:
            return f"{said} {WORSE_AFTER}"
        case PainTrend.SAME:
            return said
