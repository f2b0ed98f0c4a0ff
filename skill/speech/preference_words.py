"""What the skill says when a person changes how it works for them, or rates their pain."""

from __future__ import annotations

from skill.routine.cadence import Cadence
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
PLAYING_HINT = "Your hold is still going. Say Alexa, resume, to carry on."


def usual_set(count: int) -> str:
    return f"Done. Your usual hold is now {minutes(count)}."


def cadence_set(cadence: Cadence) -> str:
    return _CADENCE_SET[cadence]


def rate_set(rate: SpeechRate, *, changed: bool) -> str:
    if not changed and rate in _RATE_LIMIT:
        return _RATE_LIMIT[rate]
    return _RATE_SET[rate]


def rated_before(rating: int) -> str:
    return f"Thanks. I've noted your pain as {rating} out of 10."


def rated_after(before: int | None, after: int) -> str:
    """Thanks for a rating after a hold, with the change when there was one before."""
    if before is None:
        return f"Thanks. I've noted your pain as {after} out of 10 after that hold."
    eased = before - after
    said = f"Thanks. Your pain was {before} before that hold, and it's {after} now."
    if eased > 0:
        return f"{said} That's {eased} {'point' if eased == 1 else 'points'} easier."
    if eased < 0:
        return f"{said} {WORSE_AFTER}"
    return said
