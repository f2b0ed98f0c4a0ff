"""The embedded store: SQLite in one local file, for the simulator and local runs."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from skill.routine.model import HoldSession, HoldStatus, Profile, with_hold_ended
from skill.store.base import VOICE_SEPARATOR, ConflictError, SessionStore, StoreError, account_of
from skill.store.hold_ids import check_hold_id

_SCHEMA = """
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
_ADDED_HOLD_COLUMNS = {"pain_before": "INTEGER", "pain_after": "INTEGER"}


def _profile_data(profile: Profile) -> str:
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
    }
    return json.dumps(data, sort_keys=True)


def _profile_from_row(person: str, data: str, version: int) -> Profile:
    fields = json.loads(data)
    return Profile(person=person, version=version, **fields)


class SqliteStore(SessionStore):
    """SessionStore in a SQLite file (or ":memory:")."""

    def __init__(self, path: str | Path) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        try:
            self._db.executescript(_SCHEMA)  # commits by itself
            self._add_missing_columns()
        except sqlite3.Error as error:
            raise StoreError(str(error)) from error

    def _add_missing_columns(self) -> None:
        present = {row[1] for row in self._db.execute("PRAGMA table_info(holds)")}
        for name, kind in _ADDED_HOLD_COLUMNS.items():
            if name not in present:
                try:
                    self._db.execute(f"ALTER TABLE holds ADD COLUMN {name} {kind}")
                except sqlite3.OperationalError as error:
                    # Another process opening the same file added it first.
                    if "duplicate column" not in str(error):
                        raise

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as error:
                raise StoreError(str(error)) from error

    def load_profile(self, person: str) -> Profile:
        with self._transaction() as db:
            row = db.execute(
                "SELECT data, version FROM profiles WHERE person = ?", (person,)
            ).fetchone()
        if row is None:
            return Profile(person=person)
        return _profile_from_row(person, row[0], row[1])

    def save_profile(self, profile: Profile) -> Profile:
        with self._transaction() as db:
            return self._save_profile(db, profile)

    def _save_profile(self, db: sqlite3.Connection, profile: Profile) -> Profile:
        new_version = profile.version + 1
        if profile.version == 0:
            cursor = db.execute(
                "INSERT OR IGNORE INTO profiles (person, data, version) VALUES (?, ?, ?)",
                (profile.person, _profile_data(profile), new_version),
            )
        else:
            cursor = db.execute(
                "UPDATE profiles SET data = ?, version = ? WHERE person = ? AND version = ?",
                (_profile_data(profile), new_version, profile.person, profile.version),
            )
        if cursor.rowcount != 1:
            raise ConflictError("the profile changed since it was read")
        return _profile_from_row(profile.person, _profile_data(profile), new_version)

    def begin_hold(self, profile: Profile, hold: HoldSession) -> Profile:
        check_hold_id(hold.hold_id, hold.started_at)
        counted = replace(profile, holds_started=profile.holds_started + 1)
        with self._transaction() as db:
            stored = self._save_profile(db, counted)
            self._insert_hold(db, hold)
            return stored

    def _insert_hold(self, db: sqlite3.Connection, hold: HoldSession) -> None:
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

    def end_hold(self, person: str, hold_id: str, status: HoldStatus, held_seconds: int) -> bool:
        with self._transaction() as db:
            closed = db.execute(
                "UPDATE holds SET status = ?, held_seconds = ?"
                " WHERE person = ? AND hold_id = ? AND status = ?",
                (str(status), held_seconds, person, hold_id, str(HoldStatus.IN_PROGRESS)),
            )
            if closed.rowcount != 1:
                return False
            row = db.execute(
                "SELECT data, version FROM profiles WHERE person = ?", (person,)
            ).fetchone()
            if row is not None:
                profile = _profile_from_row(person, row[0], row[1])
                self._save_profile(db, with_hold_ended(profile, status, held_seconds))
            return True

    def restart_hold(
        self, person: str, interrupted: str, held_seconds: int, hold: HoldSession
    ) -> bool:
        check_hold_id(hold.hold_id, hold.started_at)
        with self._transaction() as db:
            closed = (
                db.execute(
                    "UPDATE holds SET status = ?, held_seconds = ?"
                    " WHERE person = ? AND hold_id = ? AND status = ? AND planned_seconds >= ?",
                    (
                        str(HoldStatus.STOPPED),
                        held_seconds,
                        person,
                        interrupted,
                        str(HoldStatus.IN_PROGRESS),
                        held_seconds,
                    ),
                ).rowcount
                == 1
            )
            row = db.execute(
                "SELECT data, version FROM profiles WHERE person = ?", (person,)
            ).fetchone()
            profile = _profile_from_row(person, row[0], row[1]) if row else Profile(person=person)
            profile.holds_started += 1
            if closed:
                profile = with_hold_ended(profile, HoldStatus.STOPPED, held_seconds)
            self._save_profile(db, profile)
            self._insert_hold(db, hold)
            return closed

    def record_held(
        self, person: str, hold_id: str, held_seconds: int, *, check_safety_again: bool = False
    ) -> bool:
        with self._transaction() as db:
            if check_safety_again:
                db.execute(
                    "UPDATE profiles SET data = json_set(data, '$.heard_safety', json('false')),"
                    " version = version + 1 WHERE person = ?",
                    (person,),
                )
            noted = db.execute(
                "UPDATE holds SET held_seconds = ?"
                " WHERE person = ? AND hold_id = ? AND status = ? AND held_seconds <= ?"
                " AND planned_seconds >= ?",
                (
                    held_seconds,
                    person,
                    hold_id,
                    str(HoldStatus.IN_PROGRESS),
                    held_seconds,
                    held_seconds,
                ),
            )
            return noted.rowcount == 1

    def record_pain_after(
        self, person: str, hold_id: str, rating: int, *, before: int | None = None
    ) -> bool:
        with self._transaction() as db:
            rated = db.execute(
                "UPDATE holds SET pain_after = ?, pain_before = coalesce(?, pain_before)"
                " WHERE person = ? AND hold_id = ?",
                (rating, before, person, hold_id),
            )
            return rated.rowcount == 1

    def record_pain_before(self, person: str, hold_id: str, rating: int) -> bool:
        with self._transaction() as db:
            rated = db.execute(
                "UPDATE holds SET pain_before = ? WHERE person = ? AND hold_id = ?",
                (rating, person, hold_id),
            )
            return rated.rowcount == 1

    def forget_ratings(self, person: str) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE holds SET pain_before = NULL, pain_after = NULL WHERE person = ?",
                (person,),
            )

    def recent_holds(self, person: str, limit: int = 20) -> list[HoldSession]:
        if limit < 1:
            return []
        with self._transaction() as db:
            rows = db.execute(
                "SELECT hold_id, started_at, planned_seconds, held_seconds, status, pain_before,"
                " pain_after FROM holds WHERE person = ?"
                # Hold ids begin with the UTC start, so they sort as the holds began.
                " ORDER BY hold_id DESC LIMIT ?",
                (person, limit),
            ).fetchall()
        return [
            HoldSession(
                person=person,
                hold_id=hold_id,
                started_at=datetime.fromisoformat(started_at),
                planned_seconds=planned,
                held_seconds=held,
                status=HoldStatus(status),
                pain_before=before,
                pain_after=after,
            )
            for hold_id, started_at, planned, held, status, before, after in rows
        ]

    def forget(self, person: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM holds WHERE person = ?", (person,))
            db.execute("DELETE FROM profiles WHERE person = ?", (person,))

    def forget_account(self, account: str) -> None:
        # Every voice's key is the account's key, a separator, then the voice's hash.
        account = account_of(account)
        voices = account + VOICE_SEPARATOR + "%"
        with self._transaction() as db:
            for table in ("holds", "profiles"):
                db.execute(
                    f"DELETE FROM {table} WHERE person = ? OR person LIKE ?",
                    (account, voices),
                )

    def close(self) -> None:
        self._db.close()
