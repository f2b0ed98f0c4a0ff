"""The storage contract: what the skill keeps about a person, whatever the backend.

Every backend (SQLite for the embedded default, DynamoDB in production) meets
this contract and runs the same contract tests. Each method is one read or one
write request, so a skill request stays inside its budget of one of each.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import TYPE_CHECKING

# The model belongs to the routine (import it from there); the store keeps it.
from skill.routine.model import HoldSession, HoldStatus, Profile

if TYPE_CHECKING:
    from skill.routine.hold_repair import Repair

__all__ = [
    "ConflictError",
    "SessionStore",
    "StoreError",
    "account_of",
    "person_key",
    "voice_key",
    "voice_person",
]


class StoreError(Exception):
    """The store could not be reached or refused a request; the person is still guided."""


class ConflictError(StoreError):
    """Another request changed the profile first (optimistic locking)."""


# How many holds `load_profile_and_holds` reads with the profile: a hold, and the one it
# started over.
HOLDS_WITH_PROFILE = 2

# Between the account's hash and a recognised voice's hash in a person key.
VOICE_SEPARATOR = "/"


def _hash(alexa_id: str) -> str:
    return hashlib.sha256(alexa_id.encode("utf-8")).hexdigest()


def person_key(user_id: str, person_id: str | None = None) -> str:
    """The only form in which a person is stored: hashes, never the raw Alexa ids.

    Someone Alexa recognises by voice (`context.System.person.personId`) is
    `<account hash>/<voice hash>`; anyone else is the account, `<account hash>`. Every
    voice's key begins with its account's, so disabling the skill finds them all.
    """
    return voice_person(_hash(user_id), voice_key(person_id) if person_id else None)


def voice_key(person_id: str) -> str:
    """The hash that stands for a recognised voice (also carried in a hold's token)."""
    return _hash(person_id)


def voice_person(account: str, voice: str | None) -> str:
    """The person key of a voice (a `voice_key`) on an account, or the account's own."""
    return f"{account}{VOICE_SEPARATOR}{voice}" if voice else account


def account_of(person: str) -> str:
    """The account part of a person key."""
    return person.split(VOICE_SEPARATOR, 1)[0]


class SessionStore(ABC):
    """Profiles and hold sessions of the people who use the skill."""

    @abstractmethod
    def load_profile(self, person: str) -> Profile:
        """The person's profile; a fresh one (version 0) when they are new. One read."""

    @abstractmethod
    def load_profile_and_holds(
        self, person: str, hold_ids: Sequence[str]
    ) -> tuple[Profile, dict[str, HoldSession]]:
        """The person's profile (as `load_profile`) and those of the holds `hold_ids` (at
        most `HOLDS_WITH_PROFILE`) the store keeps, by id. One read.

        With the profile's `latest_hold`, a request about a reported hold learns where it
        stands and whether a newer hold replaced it, and has the profile too.
        """

    @abstractmethod
    def save_profile(self, profile: Profile) -> Profile:
        """Save if nobody saved since `profile.version` was read; else ConflictError.

        Returns the profile as stored (its version bumped). One write.
        """

    @abstractmethod
    def begin_hold(self, profile: Profile, hold: HoldSession) -> Profile:
        """Save the profile (version-checked) and record a new in-progress hold, atomically.

        Counts the hold in `holds_started` and keeps its id as the profile's `latest_hold`
        (if it began later than the one kept there). Returns the profile as stored. One write.
        """

    @abstractmethod
    def end_hold(self, person: str, hold_id: str, status: HoldStatus, held_seconds: int) -> bool:
        """Close an in-progress hold and add it to the profile's counters, atomically.

        The profile's version is bumped too, so a save based on an older read fails
        rather than losing these counts.

        Returns False (and changes nothing) when the hold is unknown or already closed,
        so that a repeated device event never counts a hold twice, or was planned shorter
        than `held_seconds` (the stored plan bounds what is credited). One write.
        """

    @abstractmethod
    def finish_hold(self, person: str, hold_id: str, held_seconds: int) -> bool:
        """Complete a hold the device played to its end, as `end_hold` would, if it is still
        the person's latest: the profile's `latest_hold` names it (or names none yet).

        Returns False, changing nothing, when it is not so (closed already, replaced by a
        newer hold, unknown, planned shorter, or the profile is gone): the caller then
        reads where the hold stands and decides. One write, and no read.
        """

    @abstractmethod
    def restart_hold(
        self, person: str, interrupted: str, held_seconds: int, hold: HoldSession
    ) -> bool:
        """Start `hold` afresh in place of the `interrupted` one, atomically.

        The interrupted hold is closed as stopped with `held_seconds` (if it is still in
        progress and was planned at least that long), both counted in the profile, and
        the new hold recorded in progress, counted in `holds_started` and kept as the
        profile's `latest_hold` (it starts now: the latest). Needs no read
        of the profile. True if the interrupted hold was closed by this. One write (a
        second only when the interrupted hold had been closed meanwhile).
        """

    @abstractmethod
    def recover_hold(self, hold: HoldSession, replaced: tuple[str, int] | None = None) -> bool:
        """Record a hold whose start was never saved, as it stands now, atomically.

        The hold is recorded with its status and time held, and counted on the profile as
        begun (and, if it has ended, as ended) and kept as its `latest_hold`; with
        `replaced` (a hold id and seconds held), the hold it started over is closed as
        stopped with that time, if it is still in progress and was planned that long, as
        `restart_hold` would have. Only for a profile that exists (a person whose data
        was deleted gets nothing back), a hold not yet recorded, and one whose id sorts
        after the profile's `latest_hold` (a hold replaced since is not brought back):
        else False, and nothing changes. One write.
        """

    @abstractmethod
    def make_noted_repair(self, repair: Repair) -> bool:
        """Make the repair its person's profile notes as owed, and clear the note, atomically.

        The profile's `hold_owed` must be `noted(repair)` (skill/routine/hold_repair.py);
        the repair is made as its own call would make it (`recover_hold`, `end_hold` as
        completed, `record_held`), under the same conditions, so nothing is counted twice
        and the stored plan bounds what is credited. True if made; False if the note is
        gone (made already) or the hold had moved on, and then the note is cleared all
        the same. The profile's version is bumped. One write (a second only when the hold
        had moved on).
        """

    @abstractmethod
    def record_held(
        self, person: str, hold_id: str, held_seconds: int, *, check_safety_again: bool = False
    ) -> bool:
        """Note the time held so far on an in-progress hold (paused, or interrupted).

        With `check_safety_again` (a red flag was told mid-hold), the same write marks the
        profile, if it exists, as owing the safety check (`heard_safety` unset, its version
        bumped), whether or not the hold's time changed.

        The hold stays in progress; its held time never goes down, nor goes past its
        plan. False (nothing changed) when the hold is unknown or closed, already holds
        more, or was planned shorter. One write.
        """

    @abstractmethod
    def record_pain_after(
        self, person: str, hold_id: str, rating: int, *, before: int | None = None
    ) -> bool:
        """Note how the pain felt after the hold (and before it, if given).

        False (nothing stored) if the hold is unknown. A later rating replaces an earlier
        one. Called only for someone who agreed to their ratings being kept. One write.
        """

    @abstractmethod
    def record_pain_before(self, person: str, hold_id: str, rating: int) -> bool:
        """Note how the pain felt as the hold began; False if the hold is unknown. One write."""

    @abstractmethod
    def forget_ratings(self, person: str) -> None:
        """Delete every pain rating kept on the person's holds ("stop keeping my ratings")."""

    @abstractmethod
    def recent_holds(self, person: str, limit: int = 20) -> list[HoldSession]:
        """The `limit` most recent holds, newest first ([] below a limit of 1). One read."""

    @abstractmethod
    def forget(self, person: str) -> None:
        """Delete everything stored about the person (an account: not its voices')."""

    @abstractmethod
    def forget_account(self, account: str) -> None:
        """Delete everything stored under an account: its own and every voice's."""
