"""The rules for what a hold's end records: stopped or completed, and the time credited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import position_at
from skill.routine.hold_state import PlayerReport, Where, standing
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldSession, HoldStatus, Profile, ended_counts, with_hold_ended
from skill.routine.spoken_hold import spoken_chunks
from skill.speech import hold_marks
from skill.speech.marks_said import saying

BEGAN = datetime(2026, 11, 23, 8, 30, 5, tzinfo=UTC)
SOON = BEGAN + timedelta(minutes=12)
MINUTE = 60_000
HOLD_ID = "20261123T083005Z-abcdef"


def _hold(minutes: int = 10, **changes: object) -> HoldSession:
    hold = HoldSession("person", HOLD_ID, BEGAN, minutes * 60)
    return hold._replace(**changes)  # type: ignore[arg-type]


def _token(minutes: int = 10) -> HoldToken:
    return HoldToken(HOLD_ID, minutes, Cadence.MINUTE)


def _at(held_ms: int, activity: str = "STOPPED", minutes: int = 10) -> PlayerReport:
    token = _token(minutes)
    segment, offset = position_at(token.plan, min(held_ms, token.plan.total_ms - 1))
    # Past the hold's time the device is in its closing, further into the last segment.
    offset += max(0, held_ms - (token.plan.total_ms - 1))
    return PlayerReport(token.at_segment(segment), offset, activity)


def test_stopped_before_its_closing_a_hold_is_stopped_with_the_time_so_far() -> None:
    found = standing(_at(7 * MINUTE + 400), _hold(), SOON, checked=True)
    assert found.under_way
    assert found.stopped() == (HoldStatus.STOPPED, 7 * 60)


def test_stopped_during_its_closing_a_hold_is_completed() -> None:
    found = standing(_at(10 * MINUTE + 5_000), _hold(), SOON, checked=True)
    assert found.under_way
    assert found.stopped() == (HoldStatus.COMPLETED, 10 * 60)


def test_a_finished_hold_credits_its_whole_length_bounded_by_the_stored_plan() -> None:
    # The token says ten minutes, the stored hold five: five are credited.
    found = standing(_at(10 * MINUTE, "FINISHED"), _hold(minutes=5), SOON, checked=True)
    assert found.where is Where.FINISHED
    assert found.completed_seconds == 5 * 60


def test_a_finished_hold_still_recorded_in_progress_has_its_end_to_record() -> None:
    found = standing(_at(10 * MINUTE, "FINISHED"), _hold(), SOON, checked=True)
    assert found.end_unrecorded


@pytest.mark.parametrize("status", [HoldStatus.COMPLETED, HoldStatus.STOPPED])
def test_a_hold_already_closed_has_no_end_to_record(status: HoldStatus) -> None:
    found = standing(_at(10 * MINUTE, "FINISHED"), _hold(status=status), SOON, checked=True)
    assert not found.end_unrecorded


def test_without_reading_the_store_no_end_is_recorded() -> None:
    found = standing(_at(10 * MINUTE, "FINISHED"), None, SOON, checked=False)
    assert found.where is Where.FINISHED
    assert not found.end_unrecorded


def test_held_past_the_time_noted_only_when_whole_seconds_more_were_held() -> None:
    hold = _hold(held_seconds=180)
    assert not standing(_at(3 * MINUTE + 999), hold, SOON, checked=True).held_past_noted
    assert standing(_at(3 * MINUTE + 1_000, "PLAYING"), hold, SOON, checked=True).held_past_noted


def test_a_spoken_hold_credits_the_time_heard_and_its_length_when_done() -> None:
    token = _token(minutes=10)
    chunks = spoken_chunks(token.plan, saying(hold_marks))
    assert [chunk.held_seconds for chunk in chunks] == [chunk.end_ms // 1000 for chunk in chunks]
    assert chunks[0].held_seconds < token.planned_seconds == 10 * 60


@pytest.mark.parametrize(
    ("status", "completed"),
    [(HoldStatus.COMPLETED, 1), (HoldStatus.STOPPED, 0), (HoldStatus.IN_PROGRESS, 0)],
)
def test_only_a_completed_hold_counts_as_completed_and_every_end_adds_its_time(
    status: HoldStatus, completed: int
) -> None:
    counts = ended_counts(status, 420)
    assert (counts.holds_completed, counts.seconds_held) == (completed, 420)
    before = Profile("person", holds_completed=2, seconds_held=100, version=3)
    after = with_hold_ended(before, status, 420)
    assert (after.holds_completed, after.seconds_held) == (2 + completed, 520)
    assert (after.version, before.holds_completed) == (3, 2)
