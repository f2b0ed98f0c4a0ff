from __future__ import annotations

import pytest

from skill.routine.hold_length import LengthProblem, choose_length


@pytest.mark.parametrize(
    ("number", "duration", "minutes"),
    [
        ("5", None, 5),
        ("60", None, 60),
        ("1", None, 1),
        ("7.6", None, 8),
        (None, "PT12M", 12),
        (None, "PT1H", 60),
        (None, "PT0.5H", 30),
        (None, "PT90S", 2),
        (None, "PT45M", 45),
        ("12", "PT30M", 30),
    ],
)
def test_lengths_that_can_be_held(number: str | None, duration: str | None, minutes: int) -> None:
    assert choose_length(number, duration).minutes == minutes


@pytest.mark.parametrize(
    ("number", "duration", "problem"),
    [
        (None, None, LengthProblem.UNCLEAR),
        ("?", None, LengthProblem.UNCLEAR),
        ("twelve", None, LengthProblem.UNCLEAR),
        ("nan", None, LengthProblem.UNCLEAR),
        (None, "P", LengthProblem.UNCLEAR),
        (None, "PT", LengthProblem.UNCLEAR),
        ("0", None, LengthProblem.TOO_SHORT),
        ("-3", None, LengthProblem.TOO_SHORT),
        (None, "PT20S", LengthProblem.TOO_SHORT),
        ("61", None, LengthProblem.TOO_LONG),
        ("inf", None, LengthProblem.TOO_LONG),
        ("-inf", None, LengthProblem.TOO_SHORT),
        ("-1e300", None, LengthProblem.TOO_SHORT),
        ("1e300", None, LengthProblem.TOO_LONG),
        (None, "P1D", LengthProblem.TOO_LONG),
        (None, "PT1H1M", LengthProblem.TOO_LONG),
    ],
)
def test_lengths_that_are_asked_again(
    number: str | None, duration: str | None, problem: LengthProblem
) -> None:
    assert choose_length(number, duration).problem == problem
