"""Medians, spreads and percentiles of a benchmark's samples."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (`fraction` 0.99 for p99): a value that was measured."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Spread:
    """A median with its interquartile range and extremes."""

    median: float
    q1: float
    q3: float
    low: float
    high: float
    count: int

    @classmethod
    def of(cls, samples: Sequence[float]) -> Spread:
        if not samples:
            raise ValueError("no samples")
        if len(samples) == 1:
            only = samples[0]
            return cls(only, only, only, only, only, 1)
        q1, _, q3 = statistics.quantiles(samples, n=4, method="inclusive")
        return cls(statistics.median(samples), q1, q3, min(samples), max(samples), len(samples))

    def as_dict(self, digits: int = 2) -> dict[str, float | int]:
        return {
            "median": round(self.median, digits),
            "q1": round(self.q1, digits),
            "q3": round(self.q3, digits),
            "min": round(self.low, digits),
            "max": round(self.high, digits),
            "n": self.count,
        }


def ratio(ours: float, baseline: float) -> float | None:
    """This skill's figure over the baseline's; None when the baseline's is zero."""
    return round(ours / baseline, 3) if baseline else None
