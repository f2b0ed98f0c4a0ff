"""The person's profile for one request: read at most once, written at most once.

Every store call goes through `StoreCalls.run` (skill/handlers/plumbing/store_calls.py), so a
store fault is met the same way wherever it happens.

A hold whose earlier write failed is repaired within the same budget, as
skill/handlers/plumbing/repair_work.py tells. Holds are counted as the store records them
(skill/handlers/plumbing/hold_counts.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import datetime
from typing import TypeVar, Unpack

from skill.handlers.plumbing.hold_counts import began, ended, restarted
from skill.handlers.plumbing.holds_read import HoldsRead
from skill.handlers.plumbing.repair_work import RepairWork
from skill.handlers.plumbing.request_view import SessionAttributes
from skill.handlers.plumbing.store_calls import ProfileChanges, StoreCalls
from skill.routine.hold_state import PlayerReport
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store import ConflictError, SessionStore

T = TypeVar("T")
PROFILE = "profile"


class ProfileWork(RepairWork):
    """One request's unit of work on the person's profile and holds."""

    def __init__(
        self,
        who: Callable[[], str],
        calls: StoreCalls,
        session: SessionAttributes,
        device: Callable[[], PlayerReport | None] = lambda: None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._who = who
        self._calls = calls
        self._session = session
        self._profile: Profile | None = None
        self._changes: ProfileChanges = {}
        # The holds this turn read: read once per request.
        self._read = HoldsRead(who, calls)
        # The device's report of its hold, and the time: witnesses for a repair.
        self._device = device
        self._clock = clock
        # Once this turn has spent its one write (or tried to), the holds it was about.
        self._spent: set[str] | None = None

    @property
    def person(self) -> str:
        """Whose profile this is, as stored (asked of the request only when needed)."""
        return self._who()

    def profile(self) -> Profile:
        """The profile as read this session, with this turn's changes applied."""
        if self._profile is None or self._profile.person != self.person:
            # Read afresh when whose it is changed this turn ("I'm doing it for my wife").
            self._profile = self._cached_profile() or self._load_profile()
        return replace(self._profile, **self._changes) if self._changes else self._profile

    def at_hand(self) -> Profile | None:
        """The profile if this turn has it at hand, without reading the store for it."""
        read = self._profile or self._cached_profile()
        if read is None:
            return None
        return replace(read, **self._changes) if self._changes else read

    def remember(self, **changes: Unpack[ProfileChanges]) -> None:
        """Change the profile; saved once, by `save`."""
        self._changes.update(changes)

    def discard_changes(self) -> None:
        self._changes = {}

    def save(self) -> None:
        """Save this turn's changes, if any, applying them afresh on a conflict."""
        if not self._changes:
            return
        self._carry()
        changed = self.profile()
        changes = self._changes

        def save(store: SessionStore) -> Profile:
            try:
                return store.save_profile(changed)
            except ConflictError:
                # Someone else saved first (a hold ending on another device, say):
                # apply these changes to what they saved.
                return store.save_profile(replace(store.load_profile(self.person), **changes))

        stored = self._write("save_profile", save, otherwise=changed)
        self._changes = {}
        self._keep(stored)

    def begin_hold(self, hold: HoldSession, pain_before: int | None) -> bool:
        """Record a new hold with this turn's profile changes, in one write.

        A pain rating given on the way is stored with it only if the person agreed to
        their ratings being kept.
        """
        self._carry()
        changed = self.profile()
        changes = self._changes
        self._changes = {}
        if pain_before is not None and changed.keep_ratings and hold.pain_before is None:
            hold = hold._replace(pain_before=pain_before)

        def begin(store: SessionStore) -> Profile:
            nonlocal changed
            try:
                return store.begin_hold(changed, hold)
            except ConflictError:
                # A hold ended on another device since the profile was read:
                # start this one on top of what that saved.
                changed = replace(store.load_profile(self.person), **changes)
                return store.begin_hold(changed, hold)

        stored = self._write("begin_hold", begin, otherwise=None)
        self._keep(changed if stored is None else stored)
        return began(stored is not None)

    def end_hold(self, hold_id: str, status: HoldStatus, held_seconds: int) -> bool:
        """Close a hold; False if it was closed already or could not be saved."""
        if (recorded := self._recorded(hold_id, status, held_seconds)) is not None:
            return recorded
        closed = self._write(
            "end_hold",
            lambda store: store.end_hold(self.person, hold_id, status, held_seconds),
            otherwise=False,
            about=hold_id,
        )
        return ended(closed, status, held_seconds)

    def finish_hold(self, hold_id: str, held_seconds: int) -> bool | None:
        """Complete a hold the device played to its end, in one write and no read, if the
        store still holds it open, to its plan, as the person's latest.

        True: completed and counted. False: the store found it otherwise, and nothing was
        written: the write is not spent, so the turn reads where the hold stands and
        writes what that calls for. None: a fault, met as any write's is.
        """
        finished = self._calls.run(
            "finish_hold",
            lambda store: store.finish_hold(self.person, hold_id, held_seconds),
            otherwise=None,
        )
        if finished is not False:
            self._spent = (self._spent or set()) | {hold_id}
        if finished:
            ended(True, HoldStatus.COMPLETED, held_seconds)
        return finished

    def restart_hold(self, interrupted: str, held_seconds: int, hold: HoldSession) -> bool:
        """Start `hold` afresh in place of `interrupted`, keeping its time; False on a fault.

        If the interrupted hold was never saved, this turn's write records it, stopped with
        its time; the new hold is then recorded by the next request its device sends.
        """
        if (recorded := self._recorded(interrupted, HoldStatus.STOPPED, held_seconds)) is not None:
            return recorded

        def restart(store: SessionStore) -> bool | None:
            # Whether the interrupted hold was still open, and so closed by this write.
            return store.restart_hold(self.person, interrupted, held_seconds, hold)

        closed = self._write("restart_hold", restart, otherwise=None, about=interrupted)
        return restarted(closed, held_seconds)

    def note_held(
        self, hold_id: str, held_seconds: int, *, check_safety_again: bool = False
    ) -> bool:
        """Keep the time held so far on a hold that is paused or interrupted.

        `check_safety_again`: in the same write, the safety check is owed next time.
        """
        recorded = None
        if not check_safety_again:
            recorded = self._recorded(hold_id, HoldStatus.IN_PROGRESS, held_seconds)
        if recorded is not None:
            return recorded
        return self._write(
            "record_held",
            lambda store: store.record_held(
                self.person, hold_id, held_seconds, check_safety_again=check_safety_again
            ),
            otherwise=False,
            about=hold_id,
        )

    def latest_hold(self) -> HoldSession | None:
        """The person's most recent hold, or None (also when the store cannot say)."""
        holds = self.recent_holds(limit=1)
        return holds[0] if holds else None

    def latest_with_profile(self, token: HoldToken) -> list[HoldSession] | None:
        """The person's latest hold ([] if none), read with their profile in one request,
        which this turn then has at hand; None when the store cannot say."""
        in_session = self._cached_profile() is not None or self._session.get(PROFILE) is None
        return self._read.latest_with_profile(
            token, lambda profile: self._keep(profile, in_session=in_session)
        )

    def recent_holds(self, limit: int) -> list[HoldSession] | None:
        """The person's holds, newest first; None when the store cannot say.

        Read once per turn: a second ask for as many or fewer uses the first read.
        """
        return self._read.recent(limit)

    def rate_before(self, hold_id: str, rating: int) -> bool:
        """Store how the pain felt as a hold began (with consent); False if it could not be."""
        return self._write(
            "record_pain_before",
            lambda store: store.record_pain_before(self.person, hold_id, rating),
            otherwise=False,
        )

    def rate_after(self, hold_id: str, rating: int, *, before: int | None = None) -> bool:
        """Store how the pain felt after a hold (with consent); False if it could not be."""
        return self._write(
            "record_pain_after",
            lambda store: store.record_pain_after(self.person, hold_id, rating, before=before),
            otherwise=False,
        )

    def forget_ratings(self) -> bool:
        """Delete the pain ratings kept on the person's holds; False if the store could not."""

        def forget(store: SessionStore) -> bool:
            store.forget_ratings(self.person)
            return True

        return self._calls.run("forget_ratings", forget, otherwise=False, saving=False)

    def forget_person(self, *, whole_account: bool = False) -> bool:
        """Delete everything kept about the speaker (or the account); False if not."""

        def forget(store: SessionStore) -> bool:
            if whole_account:
                store.forget_account(self.person)
            else:
                store.forget(self.person)
            return True

        return self._calls.run("forget", forget, otherwise=False, saving=False)

    def _write(
        self,
        operation: str,
        call: Callable[[SessionStore], T],
        *,
        otherwise: T,
        saving: bool = True,
        about: str | None = None,
    ) -> T:
        """One of the turn's writes (the contract allows one), under the one fault policy;
        `about`: the hold it writes about."""
        self._spent = (self._spent or set()) | ({about} if about else set())
        return self._calls.run(operation, call, otherwise=otherwise, saving=saving)

    def _cached_profile(self) -> Profile | None:
        """The profile kept in the session; None (so it is read again) if it is not sound.

        Someone else speaking in the same session has their own profile read.
        """
        profile = Profile.from_dict(self._session.get(PROFILE))
        return profile if profile is not None and profile.person == self.person else None

    def _load_profile(self) -> Profile:
        profile = self._calls.run(
            "load_profile",
            lambda store: store.load_profile(self.person),
            otherwise=Profile(person=self.person),
            saving=False,
        )
        self._keep(profile)
        return profile

    def _keep(self, profile: Profile, *, in_session: bool = True) -> None:
        self._profile = profile
        if in_session:
            self._session.put(PROFILE, asdict(profile))
