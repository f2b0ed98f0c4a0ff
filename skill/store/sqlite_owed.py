"""Repairs in SQLite: recording a hold whose start was never saved, and making a repair
noted on the profile.

A noted repair is made as skill.store.dynamodb_owed makes it on DynamoDB: under the
conditions of its own call, in one transaction that clears the note whether or not it
was still owed. A repair that fails a condition leaves its holds and counts as they were.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from skill.routine.hold_repair import Owed, Repair, noted
from skill.routine.model import HoldSession, HoldStatus, Profile, with_hold_ended
from skill.store.sqlite_rows import (
    close_hold,
    insert_hold,
    note_held,
    profile_data,
    profile_from_row,
)


def recorded(
    db: sqlite3.Connection, profile: Profile, hold: HoldSession, replaced: tuple[str, int] | None
) -> Profile | None:
    """Record `hold` as it stands (and close the hold it `replaced`), as `recover_hold`
    does: the profile with it counted, or None (nothing written) if it may not be."""
    known = db.execute(
        "SELECT 1 FROM holds WHERE person = ? AND hold_id = ?", (hold.person, hold.hold_id)
    ).fetchone()
    if known is not None or (
        profile.latest_hold is not None and profile.latest_hold >= hold.hold_id
    ):
        return None
    counted = replace(profile, holds_started=profile.holds_started + 1, latest_hold=hold.hold_id)
    if hold.status != HoldStatus.IN_PROGRESS:
        counted = with_hold_ended(counted, hold.status, hold.held_seconds)
    if replaced is not None:
        # First, as DynamoDB's transaction is all or nothing: nothing written yet.
        interrupted, held = replaced
        if not close_hold(db, hold.person, interrupted, HoldStatus.STOPPED, held):
            return None
        counted = with_hold_ended(counted, HoldStatus.STOPPED, held)
    insert_hold(db, hold)
    return counted


def make_noted_repair(db: sqlite3.Connection, repair: Repair) -> bool:
    person = repair.hold.person
    row = db.execute("SELECT data, version FROM profiles WHERE person = ?", (person,)).fetchone()
    if row is None:
        return False
    profile = profile_from_row(person, row[0], row[1])
    if profile.hold_owed != noted(repair):
        return False
    profile.hold_owed = None
    made = _made(db, profile, repair)
    db.execute(
        "UPDATE profiles SET data = ?, version = version + 1 WHERE person = ?",
        (profile_data(made or profile), person),
    )
    return made is not None


def _made(db: sqlite3.Connection, profile: Profile, repair: Repair) -> Profile | None:
    """The profile with the repair made and counted, or None if its conditions refuse it."""
    hold = repair.hold
    if repair.owed is Owed.RECORD:
        return recorded(db, profile, hold, repair.replaced)
    if repair.owed is Owed.COMPLETE:
        closed = close_hold(db, hold.person, hold.hold_id, HoldStatus.COMPLETED, hold.held_seconds)
        return with_hold_ended(profile, HoldStatus.COMPLETED, hold.held_seconds) if closed else None
    return profile if note_held(db, hold.person, hold.hold_id, hold.held_seconds) else None
