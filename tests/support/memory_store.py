"""A store in memory, for fast unit tests of what sits on a store (as cosmicpython fakes one).

It keeps the `SessionStore` contract the real backends keep, and tests/store/test_contract.py
runs on it too, so a test that passes on it would pass on them. It also counts the reads
and writes asked of it, and can be told to fail a call as a real store does, with a
`StoreError`.
"""

from __future__ import annotations

import copy
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace

from skill.handlers.plumbing.hold_repairs import store_call
from skill.routine.hold_repair import Repair, noted
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

READS = frozenset({"load_profile", "load_profile_and_holds", "recent_holds"})


class MemoryStore(SessionStore):
    """Profiles and holds in dictionaries; every call counted by its name."""

    def __init__(self) -> None:
        self._profiles: dict[str, Profile] = {}
        self._holds: dict[tuple[str, str], HoldSession] = {}
        # Reentrant: a noted repair is made by the call that makes it otherwise.
        self._lock = threading.RLock()
        self.calls: Counter[str] = Counter()
        # Calls (by name) that fail with a StoreError, as a store out of reach would.
        self.failing: set[str] = set()

    @property
    def reads(self) -> int:
        return sum(count for name, count in self.calls.items() if name in READS)

    @property
    def writes(self) -> int:
        return sum(count for name, count in self.calls.items() if name not in READS)

    def records(self) -> list[str]:
        """Every record kept, as text (the contract tests look for keys in them)."""
        profiles = [repr(asdict(profile)) for profile in self._profiles.values()]
        return profiles + [repr(hold) for hold in self._holds.values()]

    def _call(self, name: str) -> None:
        self.calls[name] += 1
        if name in self.failing:
            raise StoreError(f"{name} failed")

    def _check_version(self, profile: Profile) -> None:
        stored = self._profiles.get(profile.person)
        if profile.version != (stored.version if stored else 0):
            raise ConflictError("the profile changed since it was read")

    def _save(self, profile: Profile) -> Profile:
        self._check_version(profile)
        saved = replace(copy.deepcopy(profile), version=profile.version + 1)
        self._profiles[profile.person] = saved
        return copy.deepcopy(saved)

    def _check_new(self, hold: HoldSession) -> None:
        if (hold.person, hold.hold_id) in self._holds:
            raise StoreError("a hold with this id is already kept")

    def _add_hold(self, hold: HoldSession) -> None:
        self._holds[hold.person, hold.hold_id] = hold

    def load_profile(self, person: str) -> Profile:
        with self._lock:
            self._call("load_profile")
            stored = self._profiles.get(person)
            return copy.deepcopy(stored) if stored else Profile(person=person)

    def load_profile_and_holds(
        self, person: str, hold_ids: Sequence[str]
    ) -> tuple[Profile, dict[str, HoldSession]]:
        if len(hold_ids) > HOLDS_WITH_PROFILE:
            raise ValueError(f"at most {HOLDS_WITH_PROFILE} holds are read with a profile")
        with self._lock:
            self._call("load_profile_and_holds")
            stored = self._profiles.get(person)
            profile = copy.deepcopy(stored) if stored else Profile(person=person)
            holds = (self._holds.get((person, hold_id)) for hold_id in hold_ids)
            return profile, {hold.hold_id: hold for hold in holds if hold is not None}

    def save_profile(self, profile: Profile) -> Profile:
        with self._lock:
            self._call("save_profile")
            return self._save(profile)

    def begin_hold(self, profile: Profile, hold: HoldSession) -> Profile:
        check_hold_id(hold.hold_id, hold.started_at)
        with self._lock:
            self._call("begin_hold")
            self._check_version(profile)  # a stale profile is a conflict first, as in SQL
            self._check_new(hold)
            latest = later(profile.latest_hold, hold.hold_id)
            stored = self._save(
                replace(profile, holds_started=profile.holds_started + 1, latest_hold=latest)
            )
            self._add_hold(hold)
            return stored

    def end_hold(self, person: str, hold_id: str, status: HoldStatus, held_seconds: int) -> bool:
        with self._lock:
            self._call("end_hold")
            hold = self._holds.get((person, hold_id))
            if not _open(hold, held_seconds) or hold is None:
                return False
            self._holds[person, hold_id] = hold._replace(status=status, held_seconds=held_seconds)
            profile = self._profiles.get(person)
            if profile is not None:
                self._save(with_hold_ended(profile, status, held_seconds))
            return True

    def finish_hold(self, person: str, hold_id: str, held_seconds: int) -> bool:
        with self._lock:
            self._call("finish_hold")
            hold = self._holds.get((person, hold_id))
            profile = self._profiles.get(person)
            if profile is None or profile.latest_hold not in (None, hold_id):
                return False
            if not _open(hold, held_seconds) or hold is None:
                return False
            self._holds[person, hold_id] = hold._replace(
                status=HoldStatus.COMPLETED, held_seconds=held_seconds
            )
            self._save(with_hold_ended(profile, HoldStatus.COMPLETED, held_seconds))
            return True

    def restart_hold(
        self, person: str, interrupted: str, held_seconds: int, hold: HoldSession
    ) -> bool:
        check_hold_id(hold.hold_id, hold.started_at)
        with self._lock:
            self._call("restart_hold")
            self._check_new(hold)
            old = self._holds.get((person, interrupted))
            closed = (
                old is not None
                and old.status == HoldStatus.IN_PROGRESS
                and old.planned_seconds >= held_seconds
            )
            profile = copy.deepcopy(self._profiles.get(person) or Profile(person=person))
            profile.holds_started += 1
            profile.latest_hold = hold.hold_id
            if closed and old is not None:
                self._holds[person, interrupted] = old._replace(
                    status=HoldStatus.STOPPED, held_seconds=held_seconds
                )
                profile = with_hold_ended(profile, HoldStatus.STOPPED, held_seconds)
            self._save(profile)
            self._add_hold(hold)
            return closed

    def recover_hold(self, hold: HoldSession, replaced: tuple[str, int] | None = None) -> bool:
        check_hold_id(hold.hold_id, hold.started_at)
        with self._lock:
            self._call("recover_hold")
            profile = copy.deepcopy(self._profiles.get(hold.person))
            if profile is None or (hold.person, hold.hold_id) in self._holds:
                return False
            old = self._holds.get((hold.person, replaced[0])) if replaced else None
            if replaced is not None and (old is None or not _open(old, replaced[1])):
                return False
            if profile.latest_hold is not None and profile.latest_hold >= hold.hold_id:
                return False
            profile.holds_started += 1
            profile.latest_hold = hold.hold_id
            if hold.status != HoldStatus.IN_PROGRESS:
                profile = with_hold_ended(profile, hold.status, hold.held_seconds)
            if replaced is not None and old is not None:
                stopped = old._replace(status=HoldStatus.STOPPED, held_seconds=replaced[1])
                self._holds[hold.person, old.hold_id] = stopped
                profile = with_hold_ended(profile, HoldStatus.STOPPED, replaced[1])
            self._save(profile)
            self._add_hold(hold)
            return True

    def make_noted_repair(self, repair: Repair) -> bool:
        person = repair.hold.person
        with self._lock:
            self._call("make_noted_repair")
            profile = self._profiles.get(person)
            if profile is None or profile.hold_owed != noted(repair):
                return False
            self._profiles[person] = replace(profile, hold_owed=None, version=profile.version + 1)
            name, make = store_call(person, repair)
            made = make(self)
            self.calls[name] -= 1  # made within this one write
            return made

    def record_held(
        self, person: str, hold_id: str, held_seconds: int, *, check_safety_again: bool = False
    ) -> bool:
        with self._lock:
            self._call("record_held")
            profile = self._profiles.get(person)
            if check_safety_again and profile is not None:
                self._profiles[person] = replace(
                    profile, heard_safety=False, version=profile.version + 1
                )
            hold = self._holds.get((person, hold_id))
            if (
                hold is None
                or hold.status != HoldStatus.IN_PROGRESS
                or not hold.held_seconds <= held_seconds <= hold.planned_seconds
            ):
                return False
            self._holds[person, hold_id] = hold._replace(held_seconds=held_seconds)
            return True

    def record_pain_after(
        self, person: str, hold_id: str, rating: int, *, before: int | None = None
    ) -> bool:
        with self._lock:
            self._call("record_pain_after")
            hold = self._holds.get((person, hold_id))
            if hold is None:
                return False
            kept_before = hold.pain_before if before is None else before
            self._holds[person, hold_id] = hold._replace(pain_after=rating, pain_before=kept_before)
            return True

    def record_pain_before(self, person: str, hold_id: str, rating: int) -> bool:
        with self._lock:
            self._call("record_pain_before")
            hold = self._holds.get((person, hold_id))
            if hold is None:
                return False
            self._holds[person, hold_id] = hold._replace(pain_before=rating)
            return True

    def forget_ratings(self, person: str) -> None:
        with self._lock:
            self._call("forget_ratings")
            for key, hold in self._holds.items():
                if hold.person == person:
                    self._holds[key] = hold._replace(pain_before=None, pain_after=None)

    def recent_holds(self, person: str, limit: int = 20) -> list[HoldSession]:
        with self._lock:
            self._call("recent_holds")
            if limit < 1:
                return []
            theirs = [hold for hold in self._holds.values() if hold.person == person]
            # Hold ids begin with the UTC start, so they sort as the holds began.
            return sorted(theirs, key=lambda hold: hold.hold_id, reverse=True)[:limit]

    def forget(self, person: str) -> None:
        with self._lock:
            self._call("forget")
            self._forget(lambda kept: kept == person)

    def forget_account(self, account: str) -> None:
        account = account_of(account)
        with self._lock:
            self._call("forget_account")
            voices = account + VOICE_SEPARATOR
            self._forget(lambda kept: kept == account or kept.startswith(voices))

    def _forget(self, whose: Callable[[str], bool]) -> None:
        self._profiles = {key: kept for key, kept in self._profiles.items() if not whose(key)}
        self._holds = {key: kept for key, kept in self._holds.items() if not whose(key[0])}


def _open(hold: HoldSession | None, held_seconds: int) -> bool:
    """Still in progress, and planned at least `held_seconds` long."""
    return (
        hold is not None
        and hold.status == HoldStatus.IN_PROGRESS
        and hold.planned_seconds >= held_seconds
    )
