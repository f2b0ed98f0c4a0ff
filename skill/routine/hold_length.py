"""How long to hold the point: what the person asked for, and whether it can be done."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from skill.routine.duration import duration_seconds

SHORTEST_MINUTES = 1
LONGEST_MINUTES = 60
# Pain often starts to ease after about five minutes; the full effect takes about thirty.
EASING_MINUTES = 5
FULL_EFFECT_MINUTES = 30
RECOMMENDED_MINUTES = FULL_EFFECT_MINUTES


class LengthProblem(StrEnum):
    UNCLEAR = "unclear"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"


class LengthChoice(NamedTuple):
    """A hold length the person chose, or why it cannot be used."""

    minutes: int | None = None
    problem: LengthProblem | None = None


def _minutes_in_duration(value: str) -> float | None:
    seconds = duration_seconds(value)
    return None if seconds is None else seconds / 60


def _minutes_in_number(value: str) -> float | None:
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if number == number else None  # NaN is not a number of minutes


def choose_length(number: str | None, duration: str | None) -> LengthChoice:
    """The length from the slots Alexa filled: a bare number of minutes or an ISO 8601 duration."""
    minutes: float | None = None
    if duration:
        minutes = _minutes_in_duration(duration)
    if minutes is None and number:
        minutes = _minutes_in_number(number)
    if minutes is None:
        return LengthChoice(problem=LengthProblem.UNCLEAR)
    if not -(10**6) < minutes < 10**6:  # the infinities, and lengths far past any limit
        return LengthChoice(
            problem=LengthProblem.TOO_LONG if minutes > 0 else LengthProblem.TOO_SHORT
        )
    whole = int(minutes + 0.5)
    if whole < SHORTEST_MINUTES:
        return LengthChoice(problem=LengthProblem.TOO_SHORT)
    if whole > LONGEST_MINUTES:
        return LengthChoice(problem=LengthProblem.TOO_LONG)
    return LengthChoice(minutes=whole)
