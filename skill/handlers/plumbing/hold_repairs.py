"""What this turn owes the hold the device reports, worked out from the turn's one read.

The routine decides what the store lacks (skill/routine/hold_repair.py); this finds the
witnesses: the device's report (`context.AudioPlayer`) and the holds this turn read, if
it read them. Nothing here reads the store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import NamedTuple

from skill.metrics import hold_repair
from skill.routine.hold_repair import Owed, Repair, owed
from skill.routine.hold_state import PlayerReport, Where, standing, started_at
from skill.routine.model import HoldSession, HoldStatus
from skill.store import SessionStore

# A finished hold the turn did not read is completed blind (the store's conditions bound
# it) only this long after it began: later, a device still reporting it costs no writes.
FINISH_REPAIRED_WITHIN = timedelta(days=1)


class Owing(NamedTuple):
    repair: Repair
    # Counted in the metric: not a note of a hold playing on (noted as a matter of course).
    counted: bool


def owing(
    person: str, report: PlayerReport | None, holds: list[HoldSession] | None, now: datetime
) -> Owing | None:
    """What the store owes the reported hold, by this turn's read of `holds` (newest first)."""
    if report is None or holds is None:
        return None
    latest = holds[0] if holds else None
    where = standing(report, latest, now, checked=True)
    repair = owed(person, where, latest)
    if repair is None:
        return None
    return Owing(repair, repair.owed is not Owed.NOTE or where.where is Where.PAUSED)


def due(
    person: str,
    report: PlayerReport | None,
    holds: list[HoldSession] | None,
    now: datetime,
    *,
    spent: set[str] | None,
) -> Owing | None:
    """The repair to make as a turn ends, with `holds` its read (None: it read none).

    None when nothing is owed, or when the turn has spent its write (`spent`: the ids of
    the holds that write was about): a repair owed then waits for the next request, and
    is counted as unrepaired, unless the write was about that very hold (and so was the
    repair, or made it needless).
    """
    found = owing(person, report, holds, now)
    if found is None:
        unread = spent is None and holds is None
        blind = finished_unread(person, report, now) if unread else None
        return None if blind is None else Owing(blind, counted=False)
    if spent is not None:
        if found.counted and found.repair.hold.hold_id not in spent:
            hold_repair(found.repair.owed, repaired=False)
        return None
    return found


def never_saved(
    person: str,
    report: PlayerReport | None,
    holds: list[HoldSession],
    now: datetime,
    hold_id: str,
) -> Repair | None:
    """The record owed to `hold_id`, if this turn's read shows its start was never saved."""
    found = owing(person, report, holds, now)
    if found is None or found.repair.owed is not Owed.RECORD:
        return None
    return found.repair if found.repair.hold.hold_id == hold_id else None


def finished_unread(person: str, report: PlayerReport | None, now: datetime) -> Repair | None:
    """A hold the device says played to its end, for a turn that read no holds: its finish
    is recorded blind, if the store has it still in progress and planned that long."""
    if report is None or report.activity != "FINISHED" or not report.token.is_last_segment:
        return None
    began = started_at(report.token)
    if began is None or not timedelta(0) <= now - began <= FINISH_REPAIRED_WITHIN:
        return None
    planned = report.token.planned_seconds
    hold = HoldSession(person, report.token.hold_id, began, planned, planned, HoldStatus.COMPLETED)
    return Repair(Owed.COMPLETE, hold)


def store_call(person: str, repair: Repair) -> tuple[str, Callable[[SessionStore], bool]]:
    """The store operation that makes `repair`, and the call that makes it."""
    hold = repair.hold
    if repair.owed is Owed.RECORD:
        return "recover_hold", lambda store: store.recover_hold(hold, repair.replaced)
    if repair.owed is Owed.COMPLETE:
        return "end_hold", lambda store: store.end_hold(
            person, hold.hold_id, HoldStatus.COMPLETED, hold.held_seconds
        )
    return "record_held", lambda store: store.record_held(person, hold.hold_id, hold.held_seconds)
