"""What is said around a hold: which of a language's sentences, with which minutes in them.

One choice for every language; each pack's hold_words give only the sentences, with a
slot where the choice puts what it found: `{minutes}` (the pack's own "5 minutes"),
`{done}` and `{total}` (whole minutes held, and the hold's), `{length}` (the hold's, as
"20 minutes") and `{held}` (the minutes kept, as the pack says them). Under a minute is
said in words of its own, never as "0 minutes".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skill.speech.counted import counted

if TYPE_CHECKING:
    from skill.routine.hold_plan import HoldPlan
    from skill.speech.pack_hold import HoldMarks, HoldWords

_MINUTE_MS = 60_000


def starting(
    words: HoldWords, marks: HoldMarks, plan: HoldPlan, *, first_time: bool, streamed: bool = True
) -> str:
    """The start line, with how this hold will be counted; a first hold also hears the controls."""
    # Loaded here, as a hold starts: the hold's timing is no other answer's business.
    from skill.speech.marks_said import promise

    start = f"{words.PRESS_NOW} {promise(marks, plan)}"
    if not first_time:
        return start
    return f"{start} {words.CONTROLS if streamed else words.SPOKEN_CONTROLS}"


def _to_go(words: HoldWords, remaining_ms: int, sentences: tuple[str, str]) -> str:
    """The last minute in words, or the whole minutes left."""
    last_minute, to_go = sentences
    if remaining_ms < _MINUTE_MS:
        return last_minute
    return to_go.format(minutes=words.minutes(round(remaining_ms / _MINUTE_MS)))


def time_left(words: HoldWords, remaining_ms: int) -> str:
    if remaining_ms < _MINUTE_MS:
        return words.LESS_THAN_A_MINUTE_LEFT
    whole = round(remaining_ms / _MINUTE_MS)
    return counted(words.ABOUT_LEFT, whole, minutes=words.minutes(whole))


def going(words: HoldWords, remaining_ms: int) -> str:
    """A hold is under way: how far it has to go."""
    return _to_go(words, remaining_ms, words.GOING)


def carrying_on(words: HoldWords, remaining_ms: int) -> str:
    return _to_go(words, remaining_ms, words.CARRYING_ON)


def _minutes_into(words: HoldWords, held_ms: int, total_ms: int, sentences: tuple[str, str]) -> str:
    """Within the first minute, or at a whole minute of the hold's."""
    done, total = held_ms // _MINUTE_MS, total_ms // _MINUTE_MS
    just_begun, at = sentences
    said = just_begun if done < 1 else at
    return said.format(done=done, total=total, length=words.minutes(total))


def paused_at(words: HoldWords, held_ms: int, total_ms: int) -> str:
    return _minutes_into(words, held_ms, total_ms, words.PAUSED_AT)


def offer_carry_on(words: HoldWords, held_ms: int, total_ms: int) -> str:
    """Opening the skill with a hold under way (paused, or playing until they spoke)."""
    return _minutes_into(words, held_ms, total_ms, words.OFFER_CARRY_ON)


def paused_hold(words: HoldWords, held_ms: int, total_ms: int) -> str:
    """Where a paused hold stands, asked over it: never "at 0 of 10 minutes"."""
    return _minutes_into(words, held_ms, total_ms, words.PAUSED_HOLD)


def _held(words: HoldWords, held_seconds: int, sentences: tuple[str, str]) -> str:
    """Under a minute, nothing is said kept; else the whole minutes held are."""
    not_kept, kept = sentences
    if held_seconds < 60:
        return not_kept
    count = held_seconds // 60
    return kept.format(held=counted(words.HELD, count, minutes=words.minutes(count)))


def stopped(words: HoldWords, held_seconds: int) -> str:
    if held_seconds < 60:
        return words.STOPPED[0]
    return words.STOPPED[1].format(minutes=words.minutes(held_seconds // 60))


def kept(words: HoldWords, held_seconds: int) -> str:
    """A hold that ended part-way: its minutes are kept."""
    return _held(words, held_seconds, (words.HOLD_ENDED, words.KEPT))


def paused_for_advice(words: HoldWords, held_seconds: int) -> str:
    """A hold paused because the person should ask a midwife or doctor first."""
    return _held(words, held_seconds, words.PAUSED_FOR_ADVICE)


def starting_over(words: HoldWords, held_seconds: int) -> str:
    return _held(words, held_seconds, (words.STARTING_OVER, words.KEPT_STARTING_OVER))
