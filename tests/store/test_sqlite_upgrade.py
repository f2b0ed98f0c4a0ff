"""A SQLite file written before pain ratings and reminders existed opens and keeps its holds."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from skill.routine.model import HoldStatus
from skill.store import person_key
from skill.store.sqlite import SqliteStore

PERSON = person_key("amzn1.ask.account.UPGRADE-raw-user-id")
STARTED = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
HOLD_ID = "20261120T080000Z-0a1b2c3d"

# The tables as the first release made them.
_FIRST_SCHEMA = """
CREATE TABLE profiles (person TEXT PRIMARY KEY, data TEXT NOT NULL, version INTEGER NOT NULL);
CREATE TABLE holds (
    person TEXT NOT NULL, hold_id TEXT NOT NULL, started_at TEXT NOT NULL,
    planned_seconds INTEGER NOT NULL, held_seconds INTEGER NOT NULL, status TEXT NOT NULL,
    PRIMARY KEY (person, hold_id)
);
"""


def _first_release_file(path: Path) -> None:
    profile = {
        "heard_safety": True,
        "holder": "self",
        "usual_minutes": 5,
        "cadence": "minute",
        "holds_started": 1,
        "holds_completed": 1,
        "seconds_held": 300,
        "extras": {},
    }
    with sqlite3.connect(path) as db:
        db.executescript(_FIRST_SCHEMA)
        db.execute("INSERT INTO profiles VALUES (?, ?, ?)", (PERSON, json.dumps(profile), 2))
        db.execute(
            "INSERT INTO holds VALUES (?, ?, ?, ?, ?, ?)",
            (PERSON, HOLD_ID, STARTED.isoformat(), 300, 300, "completed"),
        )
    db.close()


def test_an_old_file_gains_the_rating_columns_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    _first_release_file(path)

    store = SqliteStore(path)
    rated = store.record_pain_after(PERSON, HOLD_ID, 2)
    profile = store.load_profile(PERSON)
    [hold] = store.recent_holds(PERSON)
    store.close()

    assert rated is True
    assert (hold.status, hold.held_seconds, hold.pain_before, hold.pain_after) == (
        HoldStatus.COMPLETED,
        300,
        None,
        2,
    )
    assert (profile.usual_minutes, profile.version) == (5, 2)
    assert (profile.reminder_ids, profile.speech_rate) == ([], "normal")


def test_opening_an_upgraded_file_again_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    _first_release_file(path)
    SqliteStore(path).close()

    again = SqliteStore(path)
    holds = again.recent_holds(PERSON)
    again.close()

    assert [hold.hold_id for hold in holds] == [HOLD_ID]
