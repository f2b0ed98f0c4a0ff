"""The hold plan: which recorded segments count a hold, and what the person hears when.

A hold is counted by pre-recorded segments, four per cadence:

- opening: elapsed 0:00 to 5:08, counting up to the easing mark at five minutes;
- middle: elapsed 5:08 to 30:08, counting up to the full-effect mark at thirty;
- final: the last thirty minutes counted down to the closing;
- final-full: the same, with a closing that says the full thirty minutes were done.

The opening and middle run eight seconds past their last mark, so its words are never
cut off. A hold plays a final from the offset that leaves exactly its remaining time, so
every hold ends on its closing. Each segment costs the skill three requests, so segments
are few and long.
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
# Room after a mark at the very end of a segment for its words to be heard.
SPEAKING_WINDOW_MS = 8 * SECOND_MS
OPENING_MS = EASING_MS + SPEAKING_WINDOW_MS
MIDDLE_MS = FULL_EFFECT_MS - EASING_MS
FINAL_MS = FULL_EFFECT_MS
# The chime is a soft bell; spoken words after a chime start once it has rung out.
CHIME_MS = 1_200
COUNTDOWN_SECONDS = 10

EASING_WORDS = "Five minutes. Around now, the pain often starts to ease."
FULL_EFFECT_WORDS = "Thirty minutes. That's long enough for the full effect."
_AFTERCARE = (
    "You can gently let go now. The effect carries on for hours, "
    "and is often at its strongest about a day and a half from now. "
    "Take a slow breath, and rest a moment before you get up."
    # No reminder offer here: the same recording plays for someone who already has one.
    # The offer is spoken, once, the next time the skill opens, to someone with none.
)
CLOSING_WORDS = f"Well done. {_AFTERCARE}"
FULL_CLOSING_WORDS = f"Well done. That was the full thirty minutes. {_AFTERCARE}"

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
_TENS = ("", "", "twenty", "thirty", "forty", "fifty")


def number_words(number: int) -> str:
    """A whole number from 1 to 59 in words: "twenty-nine"."""
    if not 1 <= number <= 59:
        raise ValueError(f"no words for {number}")
    if number < 20:
        return _UNITS[number]
    tens, units = divmod(number, 10)
    return f"{_TENS[tens]}-{_UNITS[units]}" if units else _TENS[tens]


def _minutes(count: int) -> str:
    return f"{number_words(count)} minute{'' if count == 1 else 's'}"


def _sentence(words: str) -> str:
    return f"{words[0].upper()}{words[1:]}."


def minutes_done_words(count: int) -> str:
    """A count of minutes held, as in "Six minutes." """
    return _sentence(_minutes(count))


def minutes_left_words(count: int) -> str:
    """A count of minutes to go, as in "Twenty-nine minutes left." """
    return _sentence(f"{_minutes(count)} left")


def countdown_words(seconds: int) -> str:
    """One of the last seconds, as in "Ten." """
    return _sentence(number_words(seconds))


class Section(StrEnum):
    """Which stretch of a hold a segment counts."""

    OPENING = "opening"
    MIDDLE = "middle"
    FINAL = "final"
    FINAL_FULL = "final-full"


def audio_id(cadence: Cadence, section: Section) -> str:
    return f"{cadence}-{section}"


@dataclass(frozen=True)
class Mark:
    """Something the person hears, at a position in its segment's own timeline.

    `text` is what is said ("" for a chime alone); `chime` is True when a chime rings first.
    """

    at_ms: int
    text: str
    chime: bool = False


@dataclass(frozen=True)
class SegmentSpec:
    """One recorded segment: its marks, and for a final one, the closing after `nominal_ms`."""

    audio_id: str
    cadence: Cadence
    nominal_ms: int
    marks: tuple[Mark, ...]
    closing: str | None = None

    @property
    def closing_mark(self) -> Mark | None:
        if self.closing is None:
            return None
        return Mark(self.nominal_ms, self.closing, chime=self.cadence is Cadence.QUIET)

    @property
    def heard(self) -> tuple[Mark, ...]:
        """Every mark in the segment, the closing included."""
        closing = self.closing_mark
        return self.marks if closing is None else (*self.marks, closing)


def _count(cadence: Cadence, at_ms: int, words: str) -> Mark:
    return Mark(at_ms, "", chime=True) if cadence is Cadence.QUIET else Mark(at_ms, words)


def _opening(cadence: Cadence) -> SegmentSpec:
    counted = range(1, EASING_MINUTES) if cadence is Cadence.MINUTE else range(0)
    marks = [Mark(minute * MINUTE_MS, minutes_done_words(minute)) for minute in counted]
    marks.append(_count(cadence, EASING_MS, EASING_WORDS))
    return SegmentSpec(audio_id(cadence, Section.OPENING), cadence, OPENING_MS, tuple(marks))


def _middle(cadence: Cadence) -> SegmentSpec:
    step = 1 if cadence is Cadence.MINUTE else 5
    first = EASING_MINUTES + step
    marks = [
        _count(cadence, minute * MINUTE_MS - OPENING_MS, minutes_done_words(minute))
        for minute in range(first, FULL_EFFECT_MINUTES, step)
    ]
    marks.append(_count(cadence, FULL_EFFECT_MS - OPENING_MS, FULL_EFFECT_WORDS))
    return SegmentSpec(audio_id(cadence, Section.MIDDLE), cadence, MIDDLE_MS, tuple(marks))


def _final(cadence: Cadence, section: Section) -> SegmentSpec:
    lowest, step = (2, 1) if cadence is Cadence.MINUTE else (5, 5)
    left = list(range(FULL_EFFECT_MINUTES - step, lowest - 1, -step))
    marks = [
        _count(cadence, FINAL_MS - minutes * MINUTE_MS, minutes_left_words(minutes))
        for minutes in left
    ]
    marks.append(_count(cadence, FINAL_MS - MINUTE_MS, minutes_left_words(1)))
    if cadence is not Cadence.QUIET:
        marks.extend(
            Mark(FINAL_MS - seconds * SECOND_MS, countdown_words(seconds))
            for seconds in range(COUNTDOWN_SECONDS, 0, -1)
        )
    closing = FULL_CLOSING_WORDS if section is Section.FINAL_FULL else CLOSING_WORDS
    return SegmentSpec(audio_id(cadence, section), cadence, FINAL_MS, tuple(marks), closing)


@cache
def catalogue() -> tuple[SegmentSpec, ...]:
    """Every recorded segment: four for each cadence."""
    return tuple(
        spec
        for cadence in Cadence
        for spec in (
            _opening(cadence),
            _middle(cadence),
            _final(cadence, Section.FINAL),
            _final(cadence, Section.FINAL_FULL),
        )
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
    text: str
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

    def segment_at(self, elapsed_ms: int) -> int:
        """The index of the segment playing at this hold time."""
        if elapsed_ms < 0:
            raise ValueError(f"hold time cannot be negative: {elapsed_ms}")
        starts = [segment.starts_at_ms for segment in self.segments]
        return bisect_right(starts, elapsed_ms) - 1

    def remaining_ms(self, elapsed_ms: int) -> int:
        return max(0, self.total_ms - elapsed_ms)


@cache
def plan_hold(minutes: int, cadence: Cadence) -> HoldPlan:
    """How a hold of whole `minutes` is played, and every mark the person will hear."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise TypeError(f"minutes must be a whole number, not {minutes!r}")
    if not SHORTEST_MINUTES <= minutes <= LONGEST_MINUTES:
        allowed = f"{SHORTEST_MINUTES} to {LONGEST_MINUTES}"
        raise ValueError(f"a hold is {allowed} minutes, not {minutes}")
    total_ms = minutes * MINUTE_MS
    lead_in = [Section.OPENING] if total_ms > EASING_MS else []
    if total_ms > FULL_EFFECT_MS:
        lead_in.append(Section.MIDDLE)
    last = Section.FINAL_FULL if total_ms == FULL_EFFECT_MS else Section.FINAL

    segments: list[PlannedSegment] = []
    marks: list[TimedMark] = []
    starts_at_ms = 0
    for section in (*lead_in, last):
        spec = segment_spec(audio_id(cadence, section))
        offset_ms = 0 if section in lead_in else spec.nominal_ms - (total_ms - starts_at_ms)
        segments.append(PlannedSegment(spec.audio_id, offset_ms, starts_at_ms))
        # A mark exactly at the offset is heard: playback starts on its first word.
        marks.extend(
            TimedMark(starts_at_ms + mark.at_ms - offset_ms, mark.text, mark.chime)
            for mark in spec.heard
            if mark.at_ms >= offset_ms
        )
        starts_at_ms += spec.nominal_ms - offset_ms
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
