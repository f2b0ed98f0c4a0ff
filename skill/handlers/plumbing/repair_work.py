"""The repairs one request's unit of work makes, within its one write (mixed into
ProfileWork, skill/handlers/plumbing/profile_work.py).

What is owed comes from skill/handlers/plumbing/hold_repairs.py; here it is written: as
the person's own write about a hold never recorded (`_recorded`), as the turn's write
when it is free (`settle`), or noted on the profile by a save or a new hold that spends
it (`_carry`), for the next request that reads the profile, from any device, to make.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Protocol, TypeVar

from skill.handlers.plumbing.hold_counts import repaired
from skill.handlers.plumbing.hold_repairs import carried, due, never_saved, store_call
from skill.handlers.plumbing.holds_read import HoldsRead
from skill.handlers.plumbing.store_calls import ProfileChanges
from skill.routine.hold_state import PlayerReport
from skill.routine.model import HoldStatus, Profile
from skill.store import SessionStore

T = TypeVar("T")


class _Work(Protocol):
    """What of the unit of work the repairs use."""

    _read: HoldsRead
    _device: Callable[[], PlayerReport | None]
    _clock: Callable[[], datetime] | None
    _spent: set[str] | None
    _changes: ProfileChanges

    @property
    def person(self) -> str: ...

    def profile(self) -> Profile: ...

    def at_hand(self) -> Profile | None: ...

    def _keep(self, profile: Profile, *, in_session: bool = True) -> None: ...

    def _cached_profile(self) -> Profile | None: ...

    def _write(
        self,
        operation: str,
        call: Callable[[SessionStore], T],
        *,
        otherwise: T,
        saving: bool = True,
        about: str | None = None,
    ) -> T: ...


class RepairWork:
    """The repairs of a unit of work."""

    def settle(self: _Work) -> None:
        """At the turn's end, if its write is free: the repair the device's report calls for,
        or else the one noted on the profile. Its fault is never said: it is not what the
        person asked for now."""
        if self._clock is None or self._read.unreadable:
            return
        read, profile = self._read.newest_first, self.at_hand()
        found = due(
            self.person, self._device(), read, self._clock(), spent=self._spent, profile=profile
        )
        if found is not None:
            operation, call = store_call(self.person, found.repair, from_profile=found.from_profile)
            done = self._write(operation, call, otherwise=None, saving=False)
            repaired(found.repair, bool(done), counted=found.counted)
            if found.from_profile and done is not None and profile is not None:
                # Made or not, the note is cleared (and the version moved on); the session
                # keeps the profile only if it kept this person's.
                cleared = replace(profile, hold_owed=None, version=profile.version + 1)
                self._keep(cleared, in_session=self._cached_profile() is not None)

    def _carry(self: _Work) -> None:
        """This turn's one write, a save or a new hold, notes on the profile the repair the
        device's hold is owed, for the next request that reads it, from any device."""
        if self._clock is not None and self._spent is None and not self._read.unreadable:
            read, now = self._read.newest_first, self._clock()
            self._changes.update(carried(self.person, self._device(), read, now, self.profile()))

    def _recorded(self: _Work, hold_id: str, status: HoldStatus, held_seconds: int) -> bool | None:
        """If this turn read that `hold_id`'s start was never saved, the person's write about
        it made as its record (`status`, `held_seconds`): whether made. Else None."""
        read = self._read.newest_first
        if self._clock is None or read is None:
            return None
        now, report = self._clock(), self._device()
        repair = never_saved(self.person, report, read, now, hold_id, status, held_seconds)
        if repair is None:
            return None
        operation, call = store_call(self.person, repair)
        return repaired(repair, self._write(operation, call, otherwise=False, about=hold_id))
