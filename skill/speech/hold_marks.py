"""The words recorded into the hold: counts, the last seconds, closings, and the promise.

Every count says how long is left (see skill.routine.hold_segments for why), so a person
never has to work out whether "four minutes" means done or to go.
"""

from __future__ import annotations

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import HoldPlan
from skill.routine.hold_segments import (
    FIVE_STEP,
    LAST_MINUTE,
    Closing,
    LetGo,
    MinutesLeft,
    Said,
    SecondsLeft,
)

_UNITS = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty")

# Recorded audio never says the wake word: the device playing it could wake itself. Nor
# does it offer a reminder: the recording is the same for everyone, and someone who has
# one should not be offered another (the spoken opening offers it to those with none).
_LET_GO = "Well done. You can gently let go now."
_GETTING_UP = "Take your time getting up."
# Facts as the article gives them: pain often starts to ease after about five minutes;
# the full effect takes about thirty; the effect carries on for hours afterwards, and is
# at its strongest about a day and a half (36 hours) later. The after-effects are spoken
# of only after a full hold; a shorter one gets modest words and no promise.
CLOSING_WORDS = {
    Closing.SHORT: (
        f"{_LET_GO} Pain often starts to ease after about five minutes of pressing, "
        f"so you could try a longer hold another time. {_GETTING_UP}"
    ),
    Closing.PARTIAL: (
        f"{_LET_GO} The full effect often takes about thirty minutes, "
        f"if you'd like a longer hold another time. {_GETTING_UP}"
    ),
    Closing.FULL: (
        "Well done. That's long enough for the full effect. You can gently let go now. "
        "It often carries on working for hours, and is often strongest "
        f"about a day and a half from now. {_GETTING_UP}"
    ),
}


def number_words(number: int) -> str:
    """A whole number from 1 to 69 in words: "twenty-nine"."""
    if not 1 <= number <= 69:
        raise ValueError(f"no words for {number}")
    if number < 20:
        return _UNITS[number]
    tens, units = divmod(number, 10)
    return f"{_TENS[tens]}-{_UNITS[units]}" if units else _TENS[tens]


def _minutes(count: int) -> str:
    return f"{number_words(count)} minute{'' if count == 1 else 's'}"


def _sentence(words: str) -> str:
    return f"{words[0].upper()}{words[1:]}."


def minutes_left_words(count: int) -> str:
    """A count of minutes to go, as in "Twenty-nine minutes left." """
    return _sentence(f"{_minutes(count)} left")


def countdown_words(seconds: int) -> str:
    """One of the last seconds, as in "Ten." """
    return _sentence(number_words(seconds))


def words(said: Said | None) -> str:
    """What a mark says aloud; "" for a chime alone."""
    match said:
        case None:
            return ""
        case MinutesLeft(minutes):
            return minutes_left_words(minutes)
        case SecondsLeft(seconds):
            return countdown_words(seconds)
        case LetGo(closing):
            return CLOSING_WORDS[closing]


def _to_go(counts: tuple[int, ...]) -> str:
    """When the counts come, in words: true for this hold's own counts."""
    if counts == (LAST_MINUTE,):
        return "at one minute to go"
    first = f"at {number_words(counts[0])} minutes to go"
    if len(counts) == 2:
        return f"{first}, and at one"
    return f"{first}, then every {number_words(FIVE_STEP)}, and at one"


def promise(plan: HoldPlan) -> str:
    """How the hold will be counted, as its own plan counts it, short holds included."""
    counts = plan.counts_after_start
    if plan.cadence is Cadence.QUIET:
        if not counts:
            return "I'll stay quiet, and ring a soft chime when it's time to let go."
        return f"I'll ring a soft chime {_to_go(counts)}."
    if not counts:
        return "I'll count down the last ten seconds."
    if plan.cadence is Cadence.MINUTE:
        return "I'll tell you every minute how long is left."
    return f"I'll tell you {_to_go(counts)}."
