"""The hold plan: which recorded segments count a hold, and what the person hears when.

One way of counting: every count says how long is LEFT, never how long has passed.
A person pressing behind their knee wants to know how much longer to keep going, and a
count down can be played from one shared recording for every length: a hold plays the
countdown from the offset that leaves exactly its own time, so it always ends on its
closing. (Counting up cannot: the end of a count up differs for every length.)

A hold is one continuous countdown from sixty minutes, recorded in two segments per
cadence and closing:

- early: sixty minutes left down to thirty, for holds longer than thirty minutes;
- final: thirty minutes left down to the closing. There are three, one per closing:
  final-short (under five minutes), final (five to twenty-nine), final-full (thirty or
  more), so the closing words fit the length held.

The plan holds no words: what each mark says is given as a `Said`, and
skill.speech.hold_marks turns it into English. Each segment costs the skill three
requests, so segments are few and long.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from skill.routine.cadence import Cadence
from skill.routine.hold_length import (
    EASING_MINUTES,
    FULL_EFFECT_MINUTES,
    LONGEST_MINUTES,
    SHORTEST_MINUTES,
)

SECOND_MS = 1_000
MINUTE_MS = 60 * SECOND_MS
EASING_MS = EASING_MINUTES * MINUTE_MS
FULL_EFFECT_MS = FULL_EFFECT_MINUTES * MINUTE_MS
EARLY_MS = (LONGEST_MINUTES - FULL_EFFECT_MINUTES) * MINUTE_MS
FINAL_MS = FULL_EFFECT_MS
# The chime is a soft bell; spoken words after a chime start once it has rung out.
CHIME_MS = 1_200
COUNTDOWN_SECONDS = 10
# Counts on the five-minute and quiet cadences: every five minutes left, then the last minute.
FIVE_STEP = 5
LAST_MINUTE = 1


class Closing(StrEnum):
    """Which closing a hold ends on, by how long it was held."""

    SHORT = "short"  # under the easing time: modest words
    PARTIAL = "partial"  # past the easing time, short of the full effect
    FULL = "full"  # the full effect: the after-effects are spoken of


def closing_for(minutes: int) -> Closing:
    if minutes >= FULL_EFFECT_MINUTES:
        return Closing.FULL
    if minutes >= EASING_MINUTES:
        return Closing.PARTIAL
    return Closing.SHORT


@dataclass(frozen=True)
class MinutesLeft:
    """A count: this many whole minutes are left."""

    minutes: int


@dataclass(frozen=True)
class SecondsLeft:
    """One of the last seconds counted down."""

    seconds: int


@dataclass(frozen=True)
class LetGo:
    """The closing: the hold is over."""

    closing: Closing


Said = MinutesLeft | SecondsLeft | LetGo


class Section(StrEnum):
    """Which stretch of a hold a segment counts."""

    EARLY = "early"
    FINAL_SHORT = "final-short"
    FINAL = "final"
    FINAL_FULL = "final-full"


_FINAL_FOR = {
    Closing.SHORT: Section.FINAL_SHORT,
    Closing.PARTIAL: Section.FINAL,
    Closing.FULL: Section.FINAL_FULL,
}


def audio_id(cadence: Cadence, section: Section) -> str:
    return f"{cadence}-{section}"


@dataclass(frozen=True)
class Mark:
    """Something the person hears, at a position in its segment's own timeline.

    `said` is what is said (None for a chime alone); `chime` is True when a chime rings first.
    """

    at_ms: int
    said: Said | None
    chime: bool = False


@dataclass(frozen=True)
class SegmentSpec:
    """One recorded segment: its marks, and for a final one, the closing after `nominal_ms`."""

    audio_id: str
    cadence: Cadence
    nominal_ms: int
    marks: tuple[Mark, ...]
    closing: Closing | None = None

    @property
    def closing_mark(self) -> Mark | None:
        if self.closing is None:
            return None
        return Mark(self.nominal_ms, LetGo(self.closing), chime=self.cadence is Cadence.QUIET)

    @property
    def heard(self) -> tuple[Mark, ...]:
        """Every mark in the segment, the closing included."""
        closing = self.closing_mark
        return self.marks if closing is None else (*self.marks, closing)


def counted_minutes(cadence: Cadence, most: int) -> list[int]:
    """The minutes-left counts of a countdown from `most` minutes, highest first."""
    if cadence is Cadence.MINUTE:
        return list(range(most, 0, -1))
    fives = range(most - most % FIVE_STEP, 0, -FIVE_STEP)
    return [*fives, LAST_MINUTE]


def _count(cadence: Cadence, at_ms: int, minutes: int) -> Mark:
    if cadence is Cadence.QUIET:
        return Mark(at_ms, None, chime=True)
    return Mark(at_ms, MinutesLeft(minutes))


def _early(cadence: Cadence) -> SegmentSpec:
    """Sixty minutes left down to (not including) thirty."""
    marks = tuple(
        _count(cadence, (LONGEST_MINUTES - minutes) * MINUTE_MS, minutes)
        for minutes in counted_minutes(cadence, LONGEST_MINUTES)
        if minutes > FULL_EFFECT_MINUTES
    )
    return SegmentSpec(audio_id(cadence, Section.EARLY), cadence, EARLY_MS, marks)


def _final(cadence: Cadence, closing: Closing) -> SegmentSpec:
    """Thirty minutes left down to the closing."""
    marks = [
        _count(cadence, FINAL_MS - minutes * MINUTE_MS, minutes)
        for minutes in counted_minutes(cadence, FULL_EFFECT_MINUTES)
    ]
    if cadence is not Cadence.QUIET:
        marks.extend(
            Mark(FINAL_MS - seconds * SECOND_MS, SecondsLeft(seconds))
            for seconds in range(COUNTDOWN_SECONDS, 0, -1)
        )
    section = _FINAL_FOR[closing]
    return SegmentSpec(audio_id(cadence, section), cadence, FINAL_MS, tuple(marks), closing)


@cache
def catalogue() -> tuple[SegmentSpec, ...]:
    """Every recorded segment: four for each cadence."""
    return tuple(
        spec
        for cadence in Cadence
        for spec in (_early(cadence), *(_final(cadence, closing) for closing in Closing))
    )


def segment_spec(audio_id: str) -> SegmentSpec:
    for spec in catalogue():
        if spec.audio_id == audio_id:
            return spec
    raise KeyError(f"no segment called {audio_id!r}")


@dataclass(frozen=True)
class PlannedSegment:
    """A segment of a hold: played from `offset_ms` into its file at `starts_at_ms` of hold."""

    audio_id: str
    offset_ms: int
    starts_at_ms: int


@dataclass(frozen=True)
class TimedMark:
    """A mark the person hears, at `elapsed_ms` of hold time."""

    elapsed_ms: int
    said: Said | None
    chime: bool = False


@dataclass(frozen=True)
class HoldPlan:
    minutes: int
    cadence: Cadence
    segments: tuple[PlannedSegment, ...]
    marks: tuple[TimedMark, ...]

    @property
    def total_ms(self) -> int:
        """The hold time, which is also when the closing begins."""
        return self.minutes * MINUTE_MS

    @property
    def closing(self) -> Closing:
        return closing_for(self.minutes)

    @property
    def counts_after_start(self) -> tuple[int, ...]:
        """The minutes-left counts heard once the hold is under way (spoken or chimed)."""
        return tuple(
            minutes
            for mark in self.marks
            if mark.elapsed_ms > 0 and mark.elapsed_ms < self.total_ms
            for minutes in [_minutes_counted(self.cadence, mark, self.total_ms)]
            if minutes is not None
        )

    def segment_at(self, elapsed_ms: int) -> int:
        """The index of the segment playing at this hold time."""
        if elapsed_ms < 0:
            raise ValueError(f"hold time cannot be negative: {elapsed_ms}")
        starts = [segment.starts_at_ms for segment in self.segments]
        return bisect_right(starts, elapsed_ms) - 1

    def remaining_ms(self, elapsed_ms: int) -> int:
        return max(0, self.total_ms - elapsed_ms)


def _minutes_counted(cadence: Cadence, mark: TimedMark, total_ms: int) -> int | None:
    if isinstance(mark.said, MinutesLeft):
        return mark.said.minutes
    if cadence is Cadence.QUIET and mark.chime and mark.said is None:
        return (total_ms - mark.elapsed_ms) // MINUTE_MS
    return None


@cache
def plan_hold(minutes: int, cadence: Cadence) -> HoldPlan:
    """How a hold of whole `minutes` is played, and every mark the person will hear."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise TypeError(f"minutes must be a whole number, not {minutes!r}")
    if not SHORTEST_MINUTES <= minutes <= LONGEST_MINUTES:
        allowed = f"{SHORTEST_MINUTES} to {LONGEST_MINUTES}"
        raise ValueError(f"a hold is {allowed} minutes, not {minutes}")
    total_ms = minutes * MINUTE_MS
    final = segment_spec(audio_id(cadence, _FINAL_FOR[closing_for(minutes)]))
    specs = [final]
    if total_ms > FINAL_MS:
        specs.insert(0, segment_spec(audio_id(cadence, Section.EARLY)))

    segments: list[PlannedSegment] = []
    marks: list[TimedMark] = []
    starts_at_ms = 0
    left_ms = total_ms
    for spec in specs:
        # Each segment counts down to its end; start where it leaves the time still to go
        # (for the early one, the time down to the final's thirty minutes).
        to_go_after = 0 if spec is final else FINAL_MS
        offset_ms = spec.nominal_ms - (left_ms - to_go_after)
        segments.append(PlannedSegment(spec.audio_id, offset_ms, starts_at_ms))
        # A mark exactly at the offset is heard: playback starts on its first word.
        marks.extend(
            TimedMark(starts_at_ms + mark.at_ms - offset_ms, mark.said, mark.chime)
            for mark in spec.heard
            if mark.at_ms >= offset_ms
        )
        starts_at_ms += spec.nominal_ms - offset_ms
        left_ms = total_ms - starts_at_ms
    return HoldPlan(minutes, cadence, tuple(segments), tuple(marks))


def elapsed_ms(plan: HoldPlan, segment_index: int, offset_ms: int) -> int:
    """The hold time at a device's offset into one of the plan's segments.

    Offsets before where the segment was started count as its start, and offsets past
    the end of a lead-in segment count as the start of the next.
    """
    if not 0 <= segment_index < len(plan.segments):
        raise ValueError(f"the plan has no segment {segment_index}")
    segment = plan.segments[segment_index]
    elapsed = segment.starts_at_ms + max(0, offset_ms - segment.offset_ms)
    if segment_index + 1 < len(plan.segments):
        elapsed = min(elapsed, plan.segments[segment_index + 1].starts_at_ms)
    return elapsed


def position_at(plan: HoldPlan, elapsed_ms: int) -> tuple[int, int]:
    """Where to play from to be at this hold time: (segment index, offset into its file)."""
    index = plan.segment_at(elapsed_ms)
    segment = plan.segments[index]
    return index, segment.offset_ms + elapsed_ms - segment.starts_at_ms
