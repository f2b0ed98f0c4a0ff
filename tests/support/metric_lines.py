"""The skill's metric lines, read as CloudWatch Logs reads them, with the skill run as in
Lambda (skill/metrics.py writes them there only)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from skill import metrics


@pytest.fixture
def in_lambda(monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment Lambda's runtime sets, so metric lines are written."""
    monkeypatch.setenv(metrics.IN_LAMBDA, "acupressure-helper")


def metric_lines(printed: str, metric: str | None = None) -> list[dict[str, Any]]:
    """The EMF lines in what was `printed` (those carrying `metric`, if named)."""
    lines = [json.loads(text) for text in printed.splitlines() if text.startswith('{"_aws"')]
    return [line for line in lines if metric is None or metric in line]
