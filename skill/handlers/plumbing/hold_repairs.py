"""What this turn owes the hold the device reports, worked out from the turn's one read.

The routine decides what the store lacks (skill/routine/hold_repair.py); this finds the
witnesses: the device's report (`context.AudioPlayer`) and the holds this turn read, if
it read them. Nothing here reads the store.

Only the hold's own device knows what a failed write left out. When a request from it
spends its one write on something else (a profile save, a new hold), the repair goes in
that write all the same, noted on the profile (`carried`); the next request that reads
the profile makes it, whichever device it comes from: a launch on the kitchen's Echo
repairs the hold the bedroom's played.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import NamedTuple

from skill.handlers.plumbing.store_calls import ProfileChanges
from skill.metrics import hold_repair
from skill.routine.hold_repair import Owed, Repair, from_note, noted, owed
from skill.routine.hold_state import PlayerReport, Where, standing, started_at
from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store import SessionStore, account_of, voice_person

# A finished hold the turn did not read is completed blind (the store's conditions bound
# it) only this long after it began: later, a device still reporting it costs no writes.
FINISH_REPAIRED_WITHIN = timedelta(days=1)


class Owing(NamedTuple):
    repair: Repair
    # Counted in the metric: not a note of a hold playing on (noted as a matter of course).
    counted: bool
    # Noted on the profile by an earlier request (`carried`), and cleared by making it.
    from_profile: bool = False


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
    profile: Profile | None = None,
) -> Owing | None:
    """The repair to make as a turn ends, with `holds` its read (None: it read none).

    None when nothing is owed, or when the turn has spent its write (`spent`: the ids of
    the holds that write was about): a repair owed then waits for the next request, and
    is counted as unrepaired, unless the write was about that very hold (and so was the
    repair, or made it needless). With nothing owed by the device's report, the repair
    noted on `profile` (the turn's, if at hand), if any.
    """
    found = owing(person, report, holds, now)
    if found is None:
        unread = spent is None and holds is None
        blind = finished_unread(person, report, now) if unread else None
        if blind is not None:
            return Owing(blind, counted=False)
        return _noted_on(person, profile) if spent is None else None
    if spent is not None:
        if found.counted and found.repair.hold.hold_id not in spent:
            hold_repair(found.repair.owed, repaired=False)
        return None
    return found


def carried(
    person: str,
    report: PlayerReport | None,
    holds: list[HoldSession] | None,
    now: datetime,
    profile: Profile,
) -> ProfileChanges:
    """The note of the repair the reported hold is owed, for the profile written by a turn
    whose one write goes to something else; none if nothing is owed, the hold is someone
    else's, or the profile notes a repair of another hold still to be made."""
    if report is None or voice_person(account_of(person), report.token.voice) != person:
        return {}
    found = due(person, report, holds, now, spent=None)
    if found is None:
        return {}
    waiting = from_note(person, profile.hold_owed) if profile.hold_owed else None
    if waiting is not None and waiting.hold.hold_id != found.repair.hold.hold_id:
        return {}
    return {"hold_owed": noted(found.repair)}


def _noted_on(person: str, profile: Profile | None) -> Owing | None:
    if profile is None or profile.person != person or profile.hold_owed is None:
        return None
    repair = from_note(person, profile.hold_owed)
    # Counted when made: one made already elsewhere is no repair left undone.
    return None if repair is None else Owing(repair, counted=False, from_profile=True)


def never_saved(
    person: str,
    report: PlayerReport | None,
    holds: list[HoldSession],
    now: datetime,
    hold_id: str,
    status: HoldStatus,
    held_seconds: int,
) -> Repair | None:
    """If this turn's read shows `hold_id`'s start was never saved, the person's own write
    about it (`status`, `held_seconds`) made as its record: the repair that records it."""
    found = owing(person, report, holds, now)
    if found is None or found.repair.owed is not Owed.RECORD:
        return None
    hold = found.repair.hold
    if hold.hold_id != hold_id:
        return None
    held = min(held_seconds, hold.planned_seconds)
    return found.repair._replace(hold=hold._replace(status=status, held_seconds=held))


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


def store_call(
    person: str, repair: Repair, *, from_profile: bool = False
) -> tuple[str, Callable[[SessionStore], bool]]:
    """The store operation that makes `repair` (noted on the profile: and clears the note),
    and the call that makes it."""
    hold = repair.hold
    if from_profile:
        return "make_noted_repair", lambda store: store.make_noted_repair(repair)
    if repair.owed is Owed.RECORD:
        return "recover_hold", lambda store: store.recover_hold(hold, repair.replaced)
    if repair.owed is Owed.COMPLETE:
        return "end_hold", lambda store: store.end_hold(
            person, hold.hold_id, HoldStatus.COMPLETED, hold.held_seconds
        )
    return "record_held", lambda store: store.record_held(person, hold.hold_id, hold.held_seconds)
