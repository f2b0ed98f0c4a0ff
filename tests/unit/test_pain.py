"""Pain ratings: which numbers are ratings, and when a rating is about the hold just done."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from skill.routine.model import HoldSession, HoldStatus
from skill.routine.pain import (
    PainChange,
    PainTrend,
    is_after,
    pain_trend,
    parse_rating,
    soon_after,
    started_at,
)
from skill.store.hold_ids import new_hold_id

STARTED = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
HOLD = HoldSession("someone", new_hold_id(STARTED), STARTED, planned_seconds=30 * 60)
ENDED = HOLD._replace(status=HoldStatus.STOPPED, held_seconds=8 * 60)


@pytest.mark.parametrize(
    ("said", "rating"),
    [("0", 0), ("6", 6), ("10", 10), ("6.0", 6), ("6.5", None), ("11", None), ("-1", None),
     ("?", None), (None, None), ("nan", None), ("inf", None), ("-inf", None)],
)  # fmt: skip
def test_a_rating_is_a_whole_number_from_0_to_10(said: str | None, rating: int | None) -> None:
    assert parse_rating(said) == rating


@pytest.mark.parametrize(
    ("minutes_after_start", "after"),
    [(-1, False), (0, True), (10, True), (30, True), (30 + 180, True), (30 + 181, False)],
)
def test_a_rating_belongs_to_an_ended_hold_for_three_hours_after(
    minutes_after_start: int, after: bool
) -> None:
    said_at = STARTED + timedelta(minutes=minutes_after_start)

    assert is_after(ENDED, said_at) is after


def test_a_hold_still_going_or_already_rated_after_takes_no_rating_after() -> None:
    soon = STARTED + timedelta(minutes=10)

    assert is_after(HOLD, soon) is False
    assert is_after(ENDED._replace(pain_after=4), soon) is False


def test_with_no_hold_a_rating_is_never_after_one() -> None:
    assert is_after(None, STARTED) is False


@pytest.mark.parametrize(
    ("change", "trend"),
    [
        (-3, PainChange(PainTrend.EASED, 3)),
        (-1, PainChange(PainTrend.EASED, 1)),
        (-2.2, PainChange(PainTrend.EASED, 2)),
        (-0.7, PainChange(PainTrend.EASED, 1)),
        (-0.5, PainChange(PainTrend.SAME)),
        (-0.3, PainChange(PainTrend.SAME)),
        (0, PainChange(PainTrend.SAME)),
        (0.4, PainChange(PainTrend.SAME)),
        (0.5, PainChange(PainTrend.WORSE)),
        (1, PainChange(PainTrend.WORSE)),
        (4, PainChange(PainTrend.WORSE)),
    ],
)
def test_the_pain_eased_stayed_or_got_worse(change: float, trend: PainChange) -> None:
    """One rule for a single hold's change (whole points) and for the average change."""
    assert pain_trend(change) == trend


@pytest.mark.parametrize(
    ("seconds_after_start", "soon"),
    [
        (-1, False),
        (0, True),
        (5 * 60, True),
        (5 * 60 + 3 * 3600, True),
        (5 * 60 + 3 * 3600 + 1, False),
    ],
)
def test_a_rating_is_soon_after_a_hold_for_three_hours_past_its_planned_end(
    seconds_after_start: int, soon: bool
) -> None:
    said_at = STARTED + timedelta(seconds=seconds_after_start)

    assert soon_after(HOLD.hold_id, 5, said_at) is soon


def test_a_hold_s_start_is_read_from_its_id() -> None:
    assert started_at(HOLD.hold_id) == STARTED
    assert started_at("20261123T083005Z") == datetime(2026, 11, 23, 8, 30, 5, tzinfo=UTC)
    assert started_at("not-a-hold-id") is None
    assert soon_after("not-a-hold-id", 5, STARTED) is False
