"""The recorded segments that count a hold down, and what each says when.

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

The segments hold no words: what each mark says is given as a `Said`, and
skill.speech.marks_said turns it into a language's words. Each segment costs the skill three
requests, so segments are few and long.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import NamedTuple

from skill.routine.cadence import Cadence
from skill.routine.hold_length import (
    EASING_MINUTES,
    FULL_EFFECT_MINUTES,
    LONGEST_MINUTES,
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


def final_section(closing: Closing) -> Section:
    """The final segment that ends on this closing."""
    return _FINAL_FOR[closing]


def audio_id(cadence: Cadence, section: Section) -> str:
    return f"{cadence}-{section}"


class Mark(NamedTuple):
    """Something the person hears, at a position in its segment's own timeline.

    `said` is what is said (None for a chime alone); `chime` is True when a chime rings first.
    """

    at_ms: int
    said: Said | None
    chime: bool = False


class SegmentSpec(NamedTuple):
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
