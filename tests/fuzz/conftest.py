"""Every fuzz test runs on a fresh embedded store in a temporary folder."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from skill import lambda_function
from tests.fuzz.budget import FULL, Cases

FUZZ_CASES = Path(__file__).resolve().parents[2] / "bench" / "fuzz_cases.json"


@pytest.fixture(scope="module", autouse=True)
def embedded_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("fuzz") / "sessions.sqlite3"
    skill_log = logging.getLogger("skill")
    level = skill_log.level
    # Fuzzed envelopes make the skill log warnings by the thousand: only faults are kept.
    skill_log.setLevel(logging.ERROR)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ACUPRESSURE_DB", str(path))
        env.delenv("SESSIONS_TABLE", raising=False)
        env.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")
        lambda_function.reset()
        yield path
    lambda_function.reset()
    skill_log.setLevel(level)


@pytest.fixture(scope="session", autouse=True)
def count_cases() -> Iterator[None]:
    """After a full run, record how many cases it checked, for the bench's report."""
    yield
    if FULL:
        FUZZ_CASES.write_text(
            json.dumps(
                {"cases": Cases.total, "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
            )
            + "\n"
        )
