"""The hold as spoken chunks, for devices that cannot stream audio.

Each chunk is one response's worth of speech: at most four minutes, silence made of
pauses of at most ten seconds. Speech takes time, so a mark's estimated length is
taken from the pause after it, which keeps every mark on its hold time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from skill.routine.hold_plan import HoldPlan, TimedMark
from skill.routine.hold_segments import CHIME_MS, Said

# The words a mark says; "" for a chime alone (skill.speech.marks_said.saying).
Words = Callable[[Said | None], str]

LONGEST_CHUNK_MS = 240_000
LONGEST_PAUSE_MS = 10_000
SPEECH_MS_PER_WORD = 400


@dataclass(frozen=True)
class Say:
    text: str


@dataclass(frozen=True)
class Pause:
    ms: int


@dataclass(frozen=True)
class Chime:
    pass


ChunkPart = Say | Pause | Chime


class Chunk(NamedTuple):
    """The hold from `start_ms` to `end_ms`, as parts to speak in order."""

    start_ms: int
    end_ms: int
    parts: tuple[ChunkPart, ...]

    @property
    def held_seconds(self) -> int:
        """The hold time credited once this chunk has been heard (stopped after it)."""
        return self.end_ms // 1000

    @property
    def estimated_ms(self) -> int:
        """How long the chunk takes to speak."""
        return sum(part_ms(part) for part in self.parts)


def speech_ms(text: str) -> int:
    """A rough length for spoken words."""
    return len(text.split()) * SPEECH_MS_PER_WORD


def part_ms(part: ChunkPart) -> int:
    match part:
        case Say(text):
            return speech_ms(text)
        case Pause(ms):
            return ms
        case Chime():
            return CHIME_MS


def mark_ms(mark: TimedMark, words: Words) -> int:
    """How long a mark takes to hear, chime and words together."""
    text = words(mark.said)
    return (CHIME_MS if mark.chime else 0) + (speech_ms(text) if text else 0)


def _pauses(ms: int) -> Iterator[Pause]:
    while ms > 0:
        step = min(ms, LONGEST_PAUSE_MS)
        yield Pause(step)
        ms -= step


def _mark_parts(mark: TimedMark, words: Words) -> Iterator[ChunkPart]:
    if mark.chime:
        yield Chime()
    text = words(mark.said)
    if text:
        yield Say(text)


def _chunk(start_ms: int, end_ms: int, marks: list[TimedMark], words: Words) -> Chunk:
    parts: list[ChunkPart] = []
    cursor = start_ms
    for mark in marks:
        parts.extend(_pauses(mark.elapsed_ms - cursor))
        parts.extend(_mark_parts(mark, words))
        cursor = max(cursor, mark.elapsed_ms) + mark_ms(mark, words)
    parts.extend(_pauses(end_ms - cursor))
    return Chunk(start_ms, end_ms, tuple(parts))


def _end_of_chunk(start_ms: int, marks: list[TimedMark], words: Words) -> int:
    """The latest end for a full chunk from `start_ms` that does not cut a mark short."""
    end_ms = start_ms + LONGEST_CHUNK_MS
    for mark in marks:
        if start_ms < mark.elapsed_ms < end_ms < mark.elapsed_ms + mark_ms(mark, words):
            end_ms = mark.elapsed_ms
    return end_ms


def spoken_chunks(plan: HoldPlan, words: Words) -> list[Chunk]:
    """The whole hold as chunks back to back; the last one ends with the closing.

    The marks are the recorded segments' own (plan.marks), so a spoken hold counts
    exactly as a streamed one does.
    """
    *counted, closing = plan.marks
    chunks: list[Chunk] = []
    start_ms = 0
    while plan.total_ms - start_ms + mark_ms(closing, words) > LONGEST_CHUNK_MS:
        end_ms = _end_of_chunk(start_ms, counted, words)
        inside = [mark for mark in counted if start_ms <= mark.elapsed_ms < end_ms]
        chunks.append(_chunk(start_ms, end_ms, inside, words))
        start_ms = end_ms
    inside = [mark for mark in counted if mark.elapsed_ms >= start_ms]
    last = _chunk(start_ms, plan.total_ms, inside, words)
    closing_parts = _mark_parts(closing, words)
    chunks.append(Chunk(last.start_ms, last.end_ms, (*last.parts, *closing_parts)))
    return chunks
