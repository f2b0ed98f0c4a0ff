"""Every conversation runs twice: on the embedded SQLite store and on DynamoDB over HTTP.

DynamoDB over HTTP costs each conversation four times what SQLite does, so its runs are
marked slow: `make test` has both, `make test-fast` SQLite alone (the store contract
still runs on both there).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from skill import lambda_function
from skill.store import SessionStore, open_store
from skill.store.dynamodb_client import create_table, make_client
from tests.support.conversation import Conversation
from tests.support.moto_server import use_fake_credentials


@pytest.fixture(params=["sqlite", pytest.param("dynamodb", marks=pytest.mark.slow)])
def store(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SessionStore]:
    """The store the skill is configured with, for checking what it kept."""
    if request.param == "sqlite":
        monkeypatch.delenv("SESSIONS_TABLE", raising=False)
        monkeypatch.setenv("ACUPRESSURE_DB", str(tmp_path / "sessions.sqlite3"))
    else:
        endpoint: str = request.getfixturevalue("moto_server")
        use_fake_credentials(monkeypatch)
        monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", endpoint)
        table = f"sessions-{uuid.uuid4().hex[:12]}"
        create_table(make_client(endpoint), table, exist_ok=True)
        monkeypatch.setenv("SESSIONS_TABLE", table)
    lambda_function.reset()
    yield open_store()
    lambda_function.reset()
    if request.param == "dynamodb":
        client = make_client(endpoint)
        with contextlib.suppress(client.exceptions.ResourceNotFoundException):
            client.delete_table(TableName=table)


@pytest.fixture
def person(store: SessionStore) -> Conversation:
    return Conversation()


@pytest.fixture
def audio_base(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hold audio served from a stand-in address, as the deployed skill is configured."""
    monkeypatch.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")
