"""The plan of one hold: which recorded segments play it, from where, and every mark heard.

A hold of any length plays the shared countdown (skill.routine.hold_segments) from the
offset that leaves exactly its own time, so it always ends on its closing.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import NamedTuple

from skill.routine.cadence import Cadence
from skill.routine.hold_length import LONGEST_MINUTES, SHORTEST_MINUTES
from skill.routine.hold_segments import (
    FINAL_MS,
    MINUTE_MS,
    Closing,
    MinutesLeft,
    Said,
    Section,
    audio_id,
    closing_for,
    final_section,
    segment_spec,
)


class PlannedSegment(NamedTuple):
    """A segment of a hold: played from `offset_ms` into its file at `starts_at_ms` of hold."""

    audio_id: str
    offset_ms: int
    starts_at_ms: int


class TimedMark(NamedTuple):
    """A mark the person hears, at `elapsed_ms` of hold time."""

    elapsed_ms: int
    said: Said | None
    chime: bool = False


class HoldPlan(NamedTuple):
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
    final = segment_spec(audio_id(cadence, final_section(closing_for(minutes))))
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
