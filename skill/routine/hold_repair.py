"""Repairing a hold whose write failed: what the store lacks, from the device's word.

Every write of a hold's life (its start, a pause, a resume, a stop, a start over, its
finish) can fail. The device keeps the hold's token (its id, which says when it began,
its plan and whose it is) and hands it back, with where it stands, on every request it
sends: each AudioPlayer event, and anything said to it (`context.AudioPlayer`). So the
next request that reads where the hold stands (its one read) sees what the store lacks,
and its one write records it:

- the hold's start was never saved (`never_saved`): it is recorded as it stands now,
  playing, paused or finished, with the time the device reports, no more than its
  plan; if its token names a hold it started over (that write failed too), that one is
  closed with the time held on it;
- it played to its end, yet is still in progress (its finish was not saved): completed,
  credited with the stored plan;
- it was held past the time last noted (a pause, a stop or a resume not saved, or a hold
  playing on since): that time is noted.

A request that writes about the hold itself makes that write the repair (a pause of a
hold never saved records it, paused); one with other things to save notes the repair on
the profile in that write (`noted`), and the next request that reads the profile, from
whichever device, makes it. What a failed write left out is known only to the device
that played the hold: another device can make a repair only once that device has told
the skill, in a request of its own.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from skill.routine.hold_state import HoldStanding, Where, started_at
from skill.routine.latest_hold import began as latest_began
from skill.routine.model import HoldSession, HoldStatus


class Owed(StrEnum):
    """What the store owes a hold: the metric's name for each repair."""

    RECORD = "record"  # its start, and all since
    COMPLETE = "complete"  # its finish
    NOTE = "note"  # the time held since it was last noted


class Repair(NamedTuple):
    owed: Owed
    # The hold as it stands: what is to be stored.
    hold: HoldSession
    # With RECORD: the hold it started over, and the seconds held on it.
    replaced: tuple[str, int] | None = None


def as_it_stands(
    person: str, where: HoldStanding, status: HoldStatus, held_seconds: int
) -> HoldSession:
    """The hold of `where`'s token, as stored with `status` and `held_seconds`, from its token
    alone (its id says when it began); the time held is never more than its plan."""
    began = started_at(where.token)
    assert began is not None, "a hold id that says when it began (never_saved checked it)"
    return HoldSession(
        person=person,
        hold_id=where.token.hold_id,
        started_at=began,
        planned_seconds=where.token.planned_seconds,
        held_seconds=min(max(held_seconds, 0), where.token.planned_seconds),
        status=status,
    )


def replaced_by(where: HoldStanding, latest: HoldSession | None) -> tuple[str, int] | None:
    """The hold the token says this one started over, if the store still has it open."""
    replaced = where.token.replaced
    if (
        replaced is None
        or latest is None
        or latest.hold_id != replaced.hold_id
        or latest.status != HoldStatus.IN_PROGRESS
    ):
        return None
    return replaced.hold_id, min(replaced.held_seconds, latest.planned_seconds)


def owed(person: str, where: HoldStanding, latest: HoldSession | None) -> Repair | None:
    """What the store owes the hold where it stands (read: `latest` is the person's latest
    stored hold), or None when it has everything."""
    if where.unrecorded:
        if where.where is Where.FINISHED:
            hold = as_it_stands(person, where, HoldStatus.COMPLETED, where.completed_seconds)
        elif where.under_way:
            hold = as_it_stands(person, where, HoldStatus.IN_PROGRESS, where.held_seconds)
        else:
            return None
        return Repair(Owed.RECORD, hold, replaced_by(where, latest))
    if where.end_unrecorded and latest is not None:
        completed = latest._replace(
            status=HoldStatus.COMPLETED, held_seconds=where.completed_seconds
        )
        return Repair(Owed.COMPLETE, completed)
    if where.checked and where.stored_open and where.under_way and where.held_past_noted:
        assert latest is not None
        return Repair(Owed.NOTE, latest._replace(held_seconds=where.held_seconds))
    return None


# A repair noted on the profile (`Profile.hold_owed`) by a request whose one write went to
# something else: `<owed>/<status>/<held seconds>/<planned seconds>/<hold id>`, then, for a
# record that also closes the hold it started over, `/r<seconds>.<hold id>`.
_NOTE_PARTS = 5


def noted(repair: Repair) -> str:
    """The note of `repair`, kept on its person's profile until a request makes it."""
    hold = repair.hold
    note = f"{repair.owed}/{hold.status}/{hold.held_seconds}/{hold.planned_seconds}/{hold.hold_id}"
    if repair.replaced is not None:
        note += f"/r{repair.replaced[1]}.{repair.replaced[0]}"
    return note


def from_note(person: str, note: str) -> Repair | None:
    """The repair a profile's note stands for; None if the note is not one (kept by an
    older version, or spoilt): the stores' conditions still bound whatever it credits."""
    parts = note.split("/")
    if len(parts) not in (_NOTE_PARTS, _NOTE_PARTS + 1):
        return None
    owed, status, held, planned, hold_id = parts[:_NOTE_PARTS]
    began = latest_began(hold_id)
    over = parts[_NOTE_PARTS] if len(parts) > _NOTE_PARTS else None  # a hold started over
    seconds, _, over_id = (over or "").removeprefix("r").partition(".")
    numbers = (held, planned) if over is None else (held, planned, seconds)
    if began is None or not all(map(str.isdecimal, numbers)) or (over and not over_id):
        return None
    try:
        replaced = None if over is None else (over_id, int(seconds))
        # Begun to the second, as a hold recorded from its token (`as_it_stands`).
        start = began.replace(microsecond=0)
        hold = HoldSession(person, hold_id, start, int(planned), int(held), HoldStatus(status))
        repair = Repair(Owed(owed), hold, replaced)
    except ValueError:
        return None
    # Only the very form `noted` writes: no sign, spaces or other digits in a number.
    return repair if noted(repair) == note else None
