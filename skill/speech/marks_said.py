"""What the hold itself says, and what it promises at the start: one choice for every language.

Each pack's hold_marks give only the sentences, with a slot for a number said in words
(`{number}`, `{step}`), when the counts come (`{to_go}`, `{first}`), and the pack's own
way of saying a number. Every count says how long is left (see
skill.routine.hold_segments for why), so a person never has to work out whether "four
minutes" means done or to go.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from skill.routine.cadence import Cadence
from skill.routine.hold_segments import FIVE_STEP, LAST_MINUTE, LetGo, MinutesLeft, SecondsLeft
from skill.speech.counted import counted

if TYPE_CHECKING:
    from skill.routine.hold_plan import HoldPlan
    from skill.routine.hold_segments import Said
    from skill.speech.pack_hold import HoldMarks


def _capitalised(said: str) -> str:
    return f"{said[0].upper()}{said[1:]}"


def minutes_left_words(marks: HoldMarks, count: int) -> str:
    """A count of minutes to go, as in "Twenty-nine minutes left." """
    return _capitalised(counted(marks.MINUTES_LEFT, count, number=marks.minute_words(count)))


def countdown_words(marks: HoldMarks, seconds: int) -> str:
    """One of the last seconds, as in "Ten." """
    return f"{_capitalised(marks.number_words(seconds))}."


def words(marks: HoldMarks, said: Said | None) -> str:
    """What a mark says aloud; "" for a chime alone."""
    match said:
        case None:
            return ""
        case MinutesLeft(minutes):
            return minutes_left_words(marks, minutes)
        case SecondsLeft(seconds):
            return countdown_words(marks, seconds)
        case LetGo(closing):
            return marks.CLOSING_WORDS[closing]


def saying(marks: HoldMarks) -> Callable[[Said | None], str]:
    """`words` in one language: what its recordings and its spoken hold say at each mark."""
    return partial(words, marks)


def _to_go(marks: HoldMarks, counts: tuple[int, ...]) -> str:
    """When the counts come, in words: true for this hold's own counts."""
    if counts == (LAST_MINUTE,):
        return marks.AT_ONE_MINUTE
    first = marks.AT_FIRST.format(number=marks.minute_words(counts[0]))
    if len(counts) == 2:
        return marks.AND_AT_ONE.format(first=first)
    return marks.THEN_EVERY.format(first=first, step=marks.minute_words(FIVE_STEP))


def promise(marks: HoldMarks, plan: HoldPlan) -> str:
    """How the hold will be counted, as its own plan counts it, short holds included."""
    counts = plan.counts_after_start
    if plan.cadence is Cadence.QUIET:
        return marks.CHIME_AT.format(to_go=_to_go(marks, counts)) if counts else marks.STAY_QUIET
    if not counts:
        return marks.LAST_TEN_SECONDS
    if plan.cadence is Cadence.MINUTE:
        return marks.EVERY_MINUTE
    return marks.TELL_AT.format(to_go=_to_go(marks, counts))
