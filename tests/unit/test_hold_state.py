"""Where a hold stands, from the device's report and the stored hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import position_at
from skill.routine.hold_state import (
    PAUSE_KEPT,
    PAUSED_WITHIN_MS,
    PlayerReport,
    Where,
    standing,
    started_at,
)
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldSession, HoldStatus
from skill.store.hold_ids import new_hold_id

BEGAN = datetime(2026, 11, 23, 8, 30, 5, tzinfo=UTC)
SOON = BEGAN + timedelta(minutes=20)
MINUTE = 60_000


def _hold(minutes: int = 10, **changes: object) -> HoldSession:
    hold = HoldSession("person", new_hold_id(BEGAN), BEGAN, minutes * 60)
    return hold._replace(**changes)  # type: ignore[arg-type]


def _report(hold: HoldSession, held_ms: int, activity: str, minutes: int = 10) -> PlayerReport:
    token = HoldToken(hold.hold_id, minutes, Cadence.MINUTE)
    segment, offset = position_at(token.plan, held_ms)
    return PlayerReport(token.at_segment(segment), offset, activity)


def test_the_start_is_read_from_the_hold_id() -> None:
    hold = _hold()
    assert started_at(HoldToken(hold.hold_id, 10, Cadence.MINUTE)) == BEGAN


@pytest.mark.parametrize(
    ("activity", "where"),
    [("PLAYING", Where.PLAYING), ("BUFFER_UNDERRUN", Where.PLAYING), ("PAUSED", Where.PAUSED)],
)
def test_by_the_device_alone(activity: str, where: Where) -> None:
    found = standing(_report(_hold(), 3 * MINUTE, activity), None, SOON, checked=False)
    assert (found.where, found.held_ms, found.remaining_ms) == (where, 3 * MINUTE, 7 * MINUTE)


def test_stopped_past_the_time_last_noted_was_playing_until_the_person_spoke() -> None:
    hold = _hold(held_seconds=120)
    found = standing(_report(hold, 3 * MINUTE, "STOPPED"), hold, SOON, checked=True)
    assert found.where is Where.PLAYING


def test_stopped_where_the_time_was_noted_is_paused() -> None:
    hold = _hold(held_seconds=180)
    found = standing(_report(hold, 3 * MINUTE + 400, "STOPPED"), hold, SOON, checked=True)
    assert (found.where, found.held_seconds) == (Where.PAUSED, 180)


def test_the_stored_plan_bounds_what_a_token_can_credit() -> None:
    hold = _hold(minutes=5)
    claimed = HoldToken(hold.hold_id, 60, Cadence.MINUTE)
    last = claimed.at_segment(len(claimed.plan.segments) - 1)
    report = PlayerReport(last, claimed.plan.segments[-1].offset_ms + 60 * MINUTE, "FINISHED")
    found = standing(report, hold, SOON, checked=True)
    assert (found.where, found.held_ms, found.stored_open) == (Where.FINISHED, 5 * MINUTE, True)


@pytest.mark.parametrize(
    ("stored", "where", "held"),
    [
        (HoldStatus.COMPLETED, Where.FINISHED, 600),
        (HoldStatus.STOPPED, Where.ENDED, 120),
    ],
)
def test_a_closed_hold_has_finished_or_ended(stored: HoldStatus, where: Where, held: int) -> None:
    hold = _hold(status=stored, held_seconds=held)
    found = standing(_report(hold, 3 * MINUTE, "STOPPED"), hold, SOON, checked=True)
    assert (found.where, found.held_seconds, found.under_way) == (where, held, False)


def test_a_newer_hold_ends_the_one_the_device_reports() -> None:
    older = _hold()
    newer = _hold()
    found = standing(_report(older, 3 * MINUTE, "STOPPED"), newer, SOON, checked=True)
    assert found.where is Where.ENDED


def test_a_pause_left_too_long_has_ended_with_its_time() -> None:
    hold = _hold(held_seconds=240)
    late = BEGAN + PAUSE_KEPT + timedelta(minutes=1)
    for found in (
        standing(_report(hold, 4 * MINUTE, "STOPPED"), hold, late, checked=True),
        standing(_report(hold, 4 * MINUTE, "STOPPED"), None, late, checked=False),
    ):
        assert (found.where, found.held_seconds) == (Where.ENDED, 240)


def test_carrying_on_plays_from_the_place_it_stands() -> None:
    hold = _hold(held_seconds=180)
    report = _report(hold, 3 * MINUTE, "STOPPED")
    found = standing(report, hold, SOON, checked=True)
    assert found.carry_on_from() == (report.token, report.offset_ms)


# --- boundaries ---------------------------------------------------------------------------


@pytest.mark.parametrize("checked", [True, False])
def test_a_pause_is_kept_to_the_very_end_of_its_time_and_no_longer(checked: bool) -> None:
    hold = _hold(held_seconds=240)
    report = _report(hold, 4 * MINUTE, "STOPPED")

    at_the_end = standing(report, hold, BEGAN + PAUSE_KEPT, checked=checked)
    just_after = standing(
        report, hold, BEGAN + PAUSE_KEPT + timedelta(microseconds=1), checked=checked
    )

    assert (at_the_end.where, at_the_end.under_way) == (Where.PAUSED, True)
    assert (just_after.where, just_after.held_seconds) == (Where.ENDED, 240)


def test_a_hold_whose_start_cannot_be_read_has_lapsed() -> None:
    token = HoldToken("not-a-time-stamp", 10, Cadence.MINUTE)

    assert started_at(token) is None
    found = standing(PlayerReport(token, MINUTE, "PAUSED"), None, SOON, checked=False)
    assert found.where is Where.ENDED


@pytest.mark.parametrize(
    ("past_noted_ms", "where"),
    [
        (0, Where.PAUSED),
        (PAUSED_WITHIN_MS - 1, Where.PAUSED),
        (PAUSED_WITHIN_MS, Where.PLAYING),
        (PAUSED_WITHIN_MS + 1, Where.PLAYING),
    ],
)
def test_a_stopped_hold_played_on_from_a_second_past_the_time_noted(
    past_noted_ms: int, where: Where
) -> None:
    hold = _hold(held_seconds=180)
    report = _report(hold, 3 * MINUTE + past_noted_ms, "STOPPED")

    found = standing(report, hold, SOON, checked=True)

    assert (found.where, found.held_ms) == (where, 3 * MINUTE + past_noted_ms)


def test_a_stopped_hold_never_paused_played_on() -> None:
    hold = _hold()
    found = standing(_report(hold, 200, "STOPPED"), hold, SOON, checked=True)
    assert (found.where, found.held_ms) == (Where.PLAYING, 200)


def test_stopped_unchecked_is_taken_as_paused() -> None:
    hold = _hold()
    found = standing(_report(hold, 3 * MINUTE, "STOPPED"), None, SOON, checked=False)
    assert (found.where, found.checked) == (Where.PAUSED, False)


def test_unchecked_the_stored_hold_is_not_taken_on_trust() -> None:
    stored = _hold(minutes=5, held_seconds=120)
    claimed = HoldToken(stored.hold_id, 10, Cadence.MINUTE)
    segment, offset = position_at(claimed.plan, 3 * MINUTE)
    report = PlayerReport(claimed.at_segment(segment), offset, "STOPPED")

    found = standing(report, stored, SOON, checked=False)

    assert (found.where, found.held_ms, found.total_ms) == (Where.PAUSED, 3 * MINUTE, 10 * MINUTE)
    assert (found.stored_open, found.stored_held_ms) == (False, 0)


def test_a_newer_hold_credits_nothing_to_the_one_reported() -> None:
    older = _hold(held_seconds=120)
    newer = _hold(held_seconds=240)

    found = standing(_report(older, 3 * MINUTE, "STOPPED"), newer, SOON, checked=True)

    assert (found.held_ms, found.stored_held_ms, found.stored_open) == (0, 0, False)


def test_the_stored_start_decides_a_lapse_when_the_hold_was_read() -> None:
    # Its id says it began at BEGAN; the store says it began three hours later.
    stored = _hold(held_seconds=60)._replace(started_at=BEGAN + PAUSE_KEPT)
    report = _report(stored, MINUTE, "STOPPED")
    later = BEGAN + PAUSE_KEPT + timedelta(minutes=10)

    read = standing(report, stored, later, checked=True)
    unread = standing(report, stored, later, checked=False)

    assert (read.where, unread.where) == (Where.PAUSED, Where.ENDED)


def test_a_hold_played_to_its_end_carries_on_from_its_last_moment() -> None:
    hold = _hold(minutes=10)
    token = HoldToken(hold.hold_id, 10, Cadence.MINUTE)
    found = standing(_report(hold, 10 * MINUTE, "STOPPED"), None, SOON, checked=False)
    segment, offset = position_at(token.plan, 10 * MINUTE - 1)

    assert found.held_ms == found.total_ms == 10 * MINUTE
    assert found.carry_on_from() == (token.at_segment(segment), offset)
