"""The spoken hold, for devices without audio streaming: chunks that keep every mark on time."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from skill.routine.cadence import Cadence
from skill.routine.hold_length import LONGEST_MINUTES, SHORTEST_MINUTES
from skill.routine.hold_plan import HoldPlan, PlannedSegment, TimedMark, plan_hold
from skill.routine.hold_segments import CHIME_MS, Closing, LetGo, MinutesLeft
from skill.routine.spoken_hold import (
    LONGEST_CHUNK_MS,
    LONGEST_PAUSE_MS,
    Chime,
    Chunk,
    Pause,
    Say,
    mark_ms,
    speech_ms,
    spoken_chunks,
)
from skill.speech import hold_marks
from skill.speech.marks_said import saying

words = saying(hold_marks)  # what English's marks say

Heard = tuple[int, str, bool]

EVERY_HOLD = [
    (minutes, cadence)
    for cadence in Cadence
    for minutes in range(SHORTEST_MINUTES, LONGEST_MINUTES + 1)
]


def planned(marks: tuple[TimedMark, ...]) -> list[Heard]:
    return [(mark.elapsed_ms, words(mark.said), mark.chime) for mark in marks]


def heard(chunks: list[Chunk]) -> list[Heard]:
    """Play the chunks back to back on the estimated clock, noting when each mark begins."""
    marks: list[Heard] = []
    for chunk in chunks:
        clock = chunk.start_ms
        chimed_at: int | None = None
        for part in chunk.parts:
            match part:
                case Pause(ms):
                    clock += ms
                case Chime():
                    chimed_at = clock
                    marks.append((clock, "", True))
                    clock += CHIME_MS
                case Say(text):
                    if chimed_at is not None and clock == chimed_at + CHIME_MS:
                        marks[-1] = (chimed_at, text, True)
                    else:
                        marks.append((clock, text, False))
                    clock += speech_ms(text)
    return marks


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_every_mark_is_spoken_at_its_hold_time(minutes: int, cadence: Cadence) -> None:
    plan = plan_hold(minutes, cadence)
    assert heard(spoken_chunks(plan, words)) == planned(plan.marks)


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_chunks_cover_the_hold_back_to_back(minutes: int, cadence: Cadence) -> None:
    chunks = spoken_chunks(plan_hold(minutes, cadence), words)
    assert chunks[0].start_ms == 0
    assert chunks[-1].end_ms == minutes * 60_000
    for before, after in pairwise(chunks):
        assert before.end_ms == after.start_ms


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_each_chunk_fits_one_response(minutes: int, cadence: Cadence) -> None:
    for chunk in spoken_chunks(plan_hold(minutes, cadence), words):
        assert chunk.end_ms - chunk.start_ms <= LONGEST_CHUNK_MS
        assert chunk.estimated_ms <= LONGEST_CHUNK_MS
        pauses = [part.ms for part in chunk.parts if isinstance(part, Pause)]
        assert all(0 < ms <= LONGEST_PAUSE_MS for ms in pauses)
        assert all(part.text.strip() for part in chunk.parts if isinstance(part, Say))


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_the_last_chunk_ends_with_the_closing(minutes: int, cadence: Cadence) -> None:
    plan = plan_hold(minutes, cadence)
    chunks = spoken_chunks(plan, words)
    closing = words(plan.marks[-1].said)
    assert chunks[-1].parts[-1] == Say(closing)
    if cadence is Cadence.QUIET:
        assert chunks[-1].parts[-2] == Chime()
    said = [part for chunk in chunks for part in chunk.parts if part == Say(closing)]
    assert len(said) == 1


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_as_few_chunks_as_the_time_needs(minutes: int, cadence: Cadence) -> None:
    plan = plan_hold(minutes, cadence)
    needed = math.ceil((plan.total_ms + mark_ms(plan.marks[-1], words)) / LONGEST_CHUNK_MS)
    assert len(spoken_chunks(plan, words)) == needed


def test_a_short_hold_is_one_chunk() -> None:
    [chunk] = spoken_chunks(plan_hold(2, Cadence.MINUTE), words)
    assert chunk.parts[0] == Say("Two minutes left.")
    assert Say("One minute left.") in chunk.parts
    assert chunk.parts[-1] == Say(words(LetGo(Closing.SHORT)))


def test_a_chunk_never_ends_in_the_middle_of_a_sentence() -> None:
    sentence = "This sentence is long enough to run past the end of the first chunk."
    said = {MinutesLeft(1): sentence, LetGo(Closing.PARTIAL): "Well done."}
    closing = TimedMark(360_000, LetGo(Closing.PARTIAL))
    plan = HoldPlan(
        minutes=6,
        cadence=Cadence.MINUTE,
        segments=(PlannedSegment("minute-final", 1_440_000, 0),),
        marks=(TimedMark(LONGEST_CHUNK_MS - 1_000, MinutesLeft(1)), closing),
    )
    first, second = spoken_chunks(plan, lambda mark: said[mark] if mark else "")
    assert first.end_ms == second.start_ms == LONGEST_CHUNK_MS - 1_000
    assert second.parts[0] == Say(sentence)
    assert heard([first, second]) == [
        (LONGEST_CHUNK_MS - 1_000, sentence, False),
        (360_000, "Well done.", False),
    ]
