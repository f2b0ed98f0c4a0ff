"""The one reading of AMAZON.DURATION, shared by hold lengths and reminders."""

from __future__ import annotations

import pytest

from skill.routine.duration import duration_seconds
from skill.routine.hold_length import LengthProblem, choose_length
from skill.routine.reminder_plan import PlanProblem, Repeat, parse_delay, plan_after


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("PT10M", 600),
        ("PT45S", 45),
        ("PT5H10M", 5 * 3600 + 600),
        ("P3D", 3 * 86_400),
        ("P1W", 7 * 86_400),
        ("P2W", 14 * 86_400),
        ("P1W2D", 9 * 86_400),
        ("P1DT12H", 36 * 3600),
        ("P1.5D", 36 * 3600),
        ("pt20m", 1200),
        (" PT20M ", 1200),
    ],
)
def test_a_duration_is_read_in_seconds(value: str, seconds: int) -> None:
    assert duration_seconds(value) == seconds


@pytest.mark.parametrize(
    "value", [None, "", "P", "PT", "P1DT", "P7Y", "P2M", "1W", "P1H", "PT1D", "P-1D", "soon"]
)
def test_anything_else_is_not_a_duration(value: str | None) -> None:
    assert duration_seconds(value) is None


def test_remind_me_in_a_week_is_a_plan() -> None:
    assert parse_delay("P1W") == 7 * 86_400
    choice = plan_after("P1W")
    assert choice.problem is None
    assert choice.plan is not None
    assert choice.plan.repeat is Repeat.AFTER
    assert choice.plan.after_seconds == 7 * 86_400


def test_further_than_the_longest_delay_is_too_far() -> None:
    assert plan_after("P5W").problem is PlanProblem.TOO_FAR


def test_a_hold_length_reads_the_same_durations() -> None:
    assert choose_length(None, "PT20M").minutes == 20
    assert choose_length(None, "PT1H").minutes == 60
    assert choose_length(None, "P1W").problem is LengthProblem.TOO_LONG
    assert choose_length(None, "P7Y").problem is LengthProblem.UNCLEAR
