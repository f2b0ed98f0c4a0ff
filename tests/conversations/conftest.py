from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from skill import lambda_function
from skill.store import SessionStore, open_store
from tests.support.conversation import Conversation


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "sessions.sqlite3"
    monkeypatch.setenv("ACUPRESSURE_DB", str(path))
    monkeypatch.delenv("SESSIONS_TABLE", raising=False)
    lambda_function.reset()
    yield path
    lambda_function.reset()


@pytest.fixture
def store(db_path: Path) -> SessionStore:
    """The same store the skill writes to, for checking what was kept."""
    return open_store(db_path)


@pytest.fixture
def person(db_path: Path) -> Conversation:
    return Conversation()
