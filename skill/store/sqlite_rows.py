"""The embedded store's tables, a profile as a row of them, and the writes of a hold's row."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from skill.routine.model import HoldSession, HoldStatus, Profile

SCHEMA = """
CREATE TABLE IF NOT EXISTS profiles (
    person TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS holds (
    person TEXT NOT NULL,
    hold_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    planned_seconds INTEGER NOT NULL,
    held_seconds INTEGER NOT NULL,
    status TEXT NOT NULL,
    pain_before INTEGER,
    pain_after INTEGER,
    PRIMARY KEY (person, hold_id)
);
CREATE INDEX IF NOT EXISTS holds_by_start ON holds (person, started_at);
"""
# Columns added since the first release, for files made before them.
ADDED_HOLD_COLUMNS = {"pain_before": "INTEGER", "pain_after": "INTEGER"}


def profile_data(profile: Profile) -> str:
    data = {
        "heard_safety": profile.heard_safety,
        "holder": profile.holder,
        "usual_minutes": profile.usual_minutes,
        "cadence": profile.cadence,
        "holds_started": profile.holds_started,
        "holds_completed": profile.holds_completed,
        "seconds_held": profile.seconds_held,
        "reminder_ids": profile.reminder_ids,
        "reminder_offered": profile.reminder_offered,
        "speech_rate": profile.speech_rate,
        "keep_ratings": profile.keep_ratings,
        "ratings_asked": profile.ratings_asked,
        "extras": profile.extras,
        "latest_hold": profile.latest_hold,
        "hold_owed": profile.hold_owed,
    }
    return json.dumps(data, sort_keys=True)


def profile_from_row(person: str, data: str, version: int) -> Profile:
    fields = json.loads(data)
    return Profile(person=person, version=version, **fields)


# A hold's columns, in the order `hold_from_row` takes them.
HOLD_COLUMNS = "hold_id, started_at, planned_seconds, held_seconds, status, pain_before, pain_after"


def hold_from_row(person: str, row: Sequence[Any]) -> HoldSession:
    hold_id, started_at, planned, held, status, before, after = row
    return HoldSession(
        person=person,
        hold_id=hold_id,
        started_at=datetime.fromisoformat(started_at),
        planned_seconds=planned,
        held_seconds=held,
        status=HoldStatus(status),
        pain_before=before,
        pain_after=after,
    )


def insert_hold(db: sqlite3.Connection, hold: HoldSession) -> None:
    db.execute(
        "INSERT INTO holds (person, hold_id, started_at, planned_seconds, held_seconds,"
        " status, pain_before, pain_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            hold.person,
            hold.hold_id,
            hold.started_at.astimezone(UTC).isoformat(),
            hold.planned_seconds,
            hold.held_seconds,
            str(hold.status),
            hold.pain_before,
            hold.pain_after,
        ),
    )


def close_hold(
    db: sqlite3.Connection, person: str, hold_id: str, status: HoldStatus, held: int
) -> bool:
    """Close a hold still in progress and planned at least `held` long; False if not."""
    closed = db.execute(
        "UPDATE holds SET status = ?, held_seconds = ?"
        " WHERE person = ? AND hold_id = ? AND status = ? AND planned_seconds >= ?",
        (str(status), held, person, hold_id, str(HoldStatus.IN_PROGRESS), held),
    )
    return closed.rowcount == 1


def note_held(db: sqlite3.Connection, person: str, hold_id: str, held: int) -> bool:
    """Note the time held on a hold in progress, never less than noted nor past its plan."""
    noted = db.execute(
        "UPDATE holds SET held_seconds = ?"
        " WHERE person = ? AND hold_id = ? AND status = ? AND held_seconds <= ?"
        " AND planned_seconds >= ?",
        (held, person, hold_id, str(HoldStatus.IN_PROGRESS), held, held),
    )
    return noted.rowcount == 1
