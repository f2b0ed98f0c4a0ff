"""Fixtures every tier of the suite may use, and the time a test not marked slow may take."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from skill import lambda_function
from skill.routine.hold_plan import plan_hold
from skill.routine.hold_segments import catalogue
from tests.support.alexa_apis import alexa_apis
from tests.support.metric_lines import in_lambda
from tests.support.moto_server import moto_server
from tests.support.time_limit import (
    pytest_configure,
    pytest_runtest_call,
    pytest_runtest_makereport,
)

__all__ = [
    "alexa_apis",
    "in_lambda",
    "moto_server",
    "pytest_configure",
    "pytest_runtest_call",
    "pytest_runtest_makereport",
    "skill_on_sqlite",
]


@pytest.fixture(autouse=True)
def _cold_plans() -> None:
    """Every test starts with the routine's cached plans cold.

    `make mutation` records which tests reach each function, then runs each mutant in a
    fork of a process that has already run the tests: plans cached from the code as
    written would hide a mutant from every test but the first to build the plan.
    """
    catalogue.cache_clear()
    plan_hold.cache_clear()


@pytest.fixture
def skill_on_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The skill as Lambda runs it, wired afresh to a new SQLite file; yields the file's path."""
    path = tmp_path / "sessions.sqlite3"
    monkeypatch.setenv("ACUPRESSURE_DB", str(path))
    monkeypatch.delenv("SESSIONS_TABLE", raising=False)
    lambda_function.reset()
    yield path
    lambda_function.reset()
