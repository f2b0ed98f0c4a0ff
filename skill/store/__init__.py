"""Where the skill keeps profiles and hold sessions: the contract and its backends."""

from __future__ import annotations

import os
from pathlib import Path

from skill.store.base import (
    HOLDS_WITH_PROFILE,
    ConflictError,
    SessionStore,
    StoreError,
    account_of,
    person_key,
    voice_key,
    voice_person,
)

__all__ = [
    "HOLDS_WITH_PROFILE",
    "ConflictError",
    "SessionStore",
    "StoreError",
    "account_of",
    "default_db_path",
    "open_store",
    "person_key",
    "voice_key",
    "voice_person",
]


def default_db_path() -> Path:
    """The embedded store's file, under the user's data directory."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "acupressure-helper" / "sessions.sqlite3"


def open_store(db_path: str | Path | None = None) -> SessionStore:
    """The store the environment configures.

    `SESSIONS_TABLE` set: that DynamoDB table (endpoint from `AWS_ENDPOINT_URL_DYNAMODB`
    when set, for a local server). Otherwise the embedded SQLite file: `db_path`, else
    `ACUPRESSURE_DB`, else a file under the user's data directory.
    """
    table = os.environ.get("SESSIONS_TABLE")
    if table and db_path is None:
        from skill.store.dynamodb import DynamoDbStore
        from skill.store.dynamodb_client import make_client

        return DynamoDbStore(make_client(), table)

    from skill.store.sqlite import SqliteStore

    path = db_path or os.environ.get("ACUPRESSURE_DB") or default_db_path()
    return SqliteStore(path)
