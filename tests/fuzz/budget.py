"""How many cases each fuzz test runs, and the count of all the cases run.

`make test` runs a small sample with a fixed seed; `make fuzz` sets ACUPRESSURE_FUZZ=full
for the full run (at least 10,000 cases in all), whose count the bench reports.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings

FULL = os.environ.get("ACUPRESSURE_FUZZ") == "full"

_RELAXED = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


def examples(sample: int, full: int, **more: Any) -> settings:
    """Settings for a fuzz test: `sample` fixed-seed cases in `make test`, `full` in `make fuzz`."""
    if FULL:
        return settings(max_examples=full, deadline=None, suppress_health_check=_RELAXED, **more)
    return settings(
        max_examples=sample,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=_RELAXED,
        **more,
    )


class Cases:
    """Counts the requests (or bodies) run through the skill and checked."""

    total = 0

    @classmethod
    def ran(cls, count: int = 1) -> None:
        cls.total += count
