"""The embedded store: SQLite in one local file, for the simulator and local runs."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from skill.routine.hold_repair import Owed, Repair
from skill.routine.latest_hold import later
from skill.routine.model import HoldSession, HoldStatus, Profile, with_hold_ended
from skill.store.base import (
    HOLDS_WITH_PROFILE,
    VOICE_SEPARATOR,
    ConflictError,
    SessionStore,
    StoreError,
    account_of,
)
from skill.store.hold_ids import check_hold_id
from skill.store.sqlite_owed import make_noted_repair, recorded
from skill.store.sqlite_rows import (
    ADDED_HOLD_COLUMNS,
    HOLD_COLUMNS,
    SCHEMA,
    close_hold,
    hold_from_row,
    insert_hold,
    note_held,
    profile_data,
    profile_from_row,
)


class SqliteStore(SessionStore):
    """SessionStore in a SQLite file (or ":memory:")."""

    def __init__(self, path: str | Path) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        try:
            self._db.executescript(SCHEMA)  # commits by itself
            self._add_missing_columns()
        except sqlite3.Error as error:
            raise StoreError(str(error)) from error

    def _add_missing_columns(self) -> None:
        present = {row[1] for row in self._db.execute("PRAGMA table_info(holds)")}
        for name, kind in ADDED_HOLD_COLUMNS.items():
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
        return profile_from_row(person, row[0], row[1])

    def load_profile_and_holds(
        self, person: str, hold_ids: Sequence[str]
    ) -> tuple[Profile, dict[str, HoldSession]]:
        if len(hold_ids) > HOLDS_WITH_PROFILE:
            raise ValueError(f"at most {HOLDS_WITH_PROFILE} holds are read with a profile")
        with self._transaction() as db:
            row = db.execute(
                "SELECT data, version FROM profiles WHERE person = ?", (person,)
            ).fetchone()
            holds = [self._hold(db, person, hold_id) for hold_id in hold_ids]
        profile = Profile(person=person) if row is None else profile_from_row(person, *row)
        return profile, {hold.hold_id: hold for hold in holds if hold is not None}

    def save_profile(self, profile: Profile) -> Profile:
        with self._transaction() as db:
            return self._save_profile(db, profile)

    def _save_profile(self, db: sqlite3.Connection, profile: Profile) -> Profile:
        new_version = profile.version + 1
        if profile.version == 0:
            cursor = db.execute(
                "INSERT OR IGNORE INTO profiles (person, data, version) VALUES (?, ?, ?)",
                (profile.person, profile_data(profile), new_version),
            )
        else:
            cursor = db.execute(
                "UPDATE profiles SET data = ?, version = ? WHERE person = ? AND version = ?",
                (profile_data(profile), new_version, profile.person, profile.version),
            )
        if cursor.rowcount != 1:
            raise ConflictError("the profile changed since it was read")
        return profile_from_row(profile.person, profile_data(profile), new_version)

    def begin_hold(self, profile: Profile, hold: HoldSession) -> Profile:
        check_hold_id(hold.hold_id, hold.started_at)
        counted = replace(
            profile,
            holds_started=profile.holds_started + 1,
            latest_hold=later(profile.latest_hold, hold.hold_id),
        )
        with self._transaction() as db:
            stored = self._save_profile(db, counted)
            insert_hold(db, hold)
            return stored

    def end_hold(self, person: str, hold_id: str, status: HoldStatus, held_seconds: int) -> bool:
        with self._transaction() as db:
            if not close_hold(db, person, hold_id, status, held_seconds):
                return False
            row = db.execute(
                "SELECT data, version FROM profiles WHERE person = ?", (person,)
            ).fetchone()
            if row is not None:
                profile = profile_from_row(person, row[0], row[1])
                self._save_profile(db, with_hold_ended(profile, status, held_seconds))
            return True

    def finish_hold(self, person: str, hold_id: str, held_seconds: int) -> bool:
        with self._transaction() as db:
            row = db.execute(
                "SELECT data, version FROM profiles WHERE person = ?", (person,)
            ).fetchone()
            if row is None:
                return False
            profile = profile_from_row(person, row[0], row[1])
            if profile.latest_hold not in (None, hold_id):
                return False
            if not close_hold(db, person, hold_id, HoldStatus.COMPLETED, held_seconds):
                return False
            self._save_profile(db, with_hold_ended(profile, HoldStatus.COMPLETED, held_seconds))
            return True

    def restart_hold(
        self, person: str, interrupted: str, held_seconds: int, hold: HoldSession
    ) -> bool:
        check_hold_id(hold.hold_id, hold.started_at)
        with self._transaction() as db:
            closed = close_hold(db, person, interrupted, HoldStatus.STOPPED, held_seconds)
            row = db.execute(
                "SELECT data, version FROM profiles WHERE person = ?", (person,)
            ).fetchone()
            profile = profile_from_row(person, row[0], row[1]) if row else Profile(person=person)
            profile.holds_started += 1
            profile.latest_hold = hold.hold_id
            if closed:
                profile = with_hold_ended(profile, HoldStatus.STOPPED, held_seconds)
            self._save_profile(db, profile)
            insert_hold(db, hold)
            return closed

    def recover_hold(self, hold: HoldSession, replaced: tuple[str, int] | None = None) -> bool:
        check_hold_id(hold.hold_id, hold.started_at)
        with self._transaction() as db:
            row = db.execute(
                "SELECT data, version FROM profiles WHERE person = ?", (hold.person,)
            ).fetchone()
            if row is None:
                return False
            counted = recorded(db, profile_from_row(hold.person, row[0], row[1]), hold, replaced)
            if counted is not None:
                self._save_profile(db, counted)
            return counted is not None

    def make_noted_repair(self, repair: Repair) -> bool:
        if repair.owed is Owed.RECORD:
            check_hold_id(repair.hold.hold_id, repair.hold.started_at)
        with self._transaction() as db:
            return make_noted_repair(db, repair)

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
            return note_held(db, person, hold_id, held_seconds)

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
                f"SELECT {HOLD_COLUMNS} FROM holds WHERE person = ?"
                # Hold ids begin with the UTC start, so they sort as the holds began.
                " ORDER BY hold_id DESC LIMIT ?",
                (person, limit),
            ).fetchall()
        return [hold_from_row(person, row) for row in rows]

    @staticmethod
    def _hold(db: sqlite3.Connection, person: str, hold_id: str) -> HoldSession | None:
        row = db.execute(
            f"SELECT {HOLD_COLUMNS} FROM holds WHERE person = ? AND hold_id = ?", (person, hold_id)
        ).fetchone()
        return None if row is None else hold_from_row(person, row)

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
