"""How often the hold is counted aloud."""

from __future__ import annotations

from enum import StrEnum


class Cadence(StrEnum):
    MINUTE = "minute"  # a count every minute
    FIVE = "five"  # a count every five minutes
    QUIET = "quiet"  # a soft chime instead of words; only the closing is spoken


def cadence_of(saved: str) -> Cadence:
    """The cadence a profile names; every minute when it names none the skill knows."""
    try:
        return Cadence(saved)
    except ValueError:
        return Cadence.MINUTE
