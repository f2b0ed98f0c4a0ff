"""Holds counted as the store records them (skill/metrics.py): each start once, each end
once with the time held, however many requests report the same end.

Each function takes what a store write returned, counts what it recorded, and returns it.
"""

from __future__ import annotations

from skill.metrics import hold_ended, hold_repair, hold_started
from skill.routine.hold_repair import Owed, Repair
from skill.routine.model import HoldStatus


def began(recorded: bool) -> bool:
    """A hold's start, if the store `recorded` it."""
    if recorded:
        hold_started()
    return recorded


def ended(closed: bool, status: HoldStatus, held_seconds: int) -> bool:
    """A hold's end, if the store `closed` it (False: already closed, or a fault)."""
    if closed:
        hold_ended(completed=status is HoldStatus.COMPLETED, held_seconds=held_seconds)
    return closed


def restarted(closed: bool | None, held_seconds: int) -> bool:
    """A hold started afresh in place of another (`closed` by the same write if still open;
    None: the write failed)."""
    if closed is None:
        return False
    ended(closed, HoldStatus.STOPPED, held_seconds)
    return began(True)


def repaired(made: Repair, done: bool, *, counted: bool = True) -> bool:
    """A repair of a hold (`done`, or left for later), and the holds it started and ended,
    as the store's counters do. `counted`: a repair worth counting even if not made."""
    if counted or done:
        hold_repair(made.owed, repaired=done)
    if not done:
        return False
    hold = made.hold
    if made.owed is Owed.RECORD:
        began(True)
        if hold.status is not HoldStatus.IN_PROGRESS:
            ended(True, hold.status, hold.held_seconds)
        if made.replaced is not None:
            ended(True, HoldStatus.STOPPED, made.replaced[1])
    elif made.owed is Owed.COMPLETE:
        ended(True, HoldStatus.COMPLETED, hold.held_seconds)
    return True
