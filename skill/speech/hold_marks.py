"""The words recorded into the hold: counts, the last seconds, closings, and the promise.

Every count says how long is left (see skill.routine.hold_segments for why), so a person
never has to work out whether "four minutes" means done or to go.
"""

from __future__ import annotations

from skill.routine.hold_segments import Closing

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


def minute_words(count: int) -> str:
    """A count of minutes in words: "twenty-nine"."""
    return number_words(count)


# The sentences skill.speech.marks_said chooses from, with their slots.
MINUTES_LEFT = ("One minute left.", "{number} minutes left.")
STAY_QUIET = "I'll stay quiet, and ring a soft chime when it's time to let go."
CHIME_AT = "I'll ring a soft chime {to_go}."
LAST_TEN_SECONDS = "I'll count down the last ten seconds."
EVERY_MINUTE = "I'll tell you every minute how long is left."
TELL_AT = "I'll tell you {to_go}."
AT_ONE_MINUTE = "at one minute to go"
AT_FIRST = "at {number} minutes to go"
AND_AT_ONE = "{first}, and at one"
THEN_EVERY = "{first}, then every {step}, and at one"
