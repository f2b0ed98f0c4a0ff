"""The storage contract: what the skill keeps about a person, whatever the backend.

Every backend (SQLite for the embedded default, DynamoDB in production) meets
this contract and runs the same contract tests. Each method is one read or one
write request, so a skill request stays inside its budget of one of each.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class StoreError(Exception):
    """The store could not be reached or refused a request; the person is still guided."""


class ConflictError(StoreError):
    """Another request changed the profile first (optimistic locking)."""


class HoldStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STOPPED = "stopped"


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


@dataclass
class Profile:
    """One person's preferences and history counters."""

    person: str
    heard_safety: bool = False
    holder: str | None = None
    usual_minutes: int | None = None
    cadence: str = "minute"
    holds_started: int = 0
    holds_completed: int = 0
    seconds_held: int = 0
    # The Alexa reminders this skill set for the person (their alert tokens).
    reminder_ids: list[str] = field(default_factory=list)
    # Offered a reminder once, after their first completed hold; never again.
    reminder_offered: bool = False
    speech_rate: str = "normal"
    # Pain ratings are kept (on holds, for progress) only after the person said yes.
    keep_ratings: bool = False
    # Asked once whether to keep them: not asked again, whatever the answer.
    ratings_asked: bool = False
    # Bumped by every save; a save names the version it read (optimistic locking).
    version: int = 0
    extras: dict[str, str] = field(default_factory=dict)

    @property
    def is_new(self) -> bool:
        return self.version == 0

    @classmethod
    def from_dict(cls, data: object) -> Profile | None:
        """A profile from plain data (as kept in a session), or None if any field is off."""
        if not isinstance(data, dict) or set(data) - _PROFILE_FIELD_TYPES.keys():
            return None
        for name, value in data.items():
            allowed = _PROFILE_FIELD_TYPES[name]
            if isinstance(value, bool) and bool not in allowed:
                return None
            if not isinstance(value, allowed):
                return None
        if not all(isinstance(item, str) for item in data.get("reminder_ids", [])):
            return None
        if "person" not in data:
            return None
        return cls(**data)


_PROFILE_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "person": (str,),
    "heard_safety": (bool,),
    "holder": (str, type(None)),
    "usual_minutes": (int, type(None)),
    "cadence": (str,),
    "holds_started": (int,),
    "holds_completed": (int,),
    "seconds_held": (int,),
    "reminder_ids": (list,),
    "reminder_offered": (bool,),
    "speech_rate": (str,),
    "keep_ratings": (bool,),
    "ratings_asked": (bool,),
    "version": (int,),
    "extras": (dict,),
}


@dataclass(frozen=True)
class HoldSession:
    """One hold of the point, from start to its end (or while it lasts)."""

    person: str
    hold_id: str
    started_at: datetime
    planned_seconds: int
    held_seconds: int = 0
    status: HoldStatus = HoldStatus.IN_PROGRESS
    # How the pain felt, 0 to 10, if the person said so before and after the hold.
    pain_before: int | None = None
    pain_after: int | None = None


class SessionStore(ABC):
    """Profiles and hold sessions of the people who use the skill."""

    @abstractmethod
    def load_profile(self, person: str) -> Profile:
        """The person's profile; a fresh one (version 0) when they are new. One read."""

    @abstractmethod
    def save_profile(self, profile: Profile) -> Profile:
        """Save if nobody saved since `profile.version` was read; else ConflictError.

        Returns the profile as stored (its version bumped). One write.
        """

    @abstractmethod
    def begin_hold(self, profile: Profile, hold: HoldSession) -> Profile:
        """Save the profile (version-checked) and record a new in-progress hold, atomically.

        Counts the hold in `holds_started`. Returns the profile as stored. One write.
        """

    @abstractmethod
    def end_hold(self, person: str, hold_id: str, status: HoldStatus, held_seconds: int) -> bool:
        """Close an in-progress hold and add it to the profile's counters, atomically.

        The profile's version is bumped too, so a save based on an older read fails
        rather than losing these counts.

        Returns False (and changes nothing) when the hold is unknown or already closed,
        so that a repeated device event never counts a hold twice. One write.
        """

    @abstractmethod
    def restart_hold(
        self, person: str, interrupted: str, held_seconds: int, hold: HoldSession
    ) -> bool:
        """Start `hold` afresh in place of the `interrupted` one, atomically.

        The interrupted hold is closed as stopped with `held_seconds` (if it is still in
        progress and was planned at least that long), both counted in the profile, and
        the new hold recorded in progress and counted in `holds_started`. Needs no read
        of the profile. True if the interrupted hold was closed by this. One write (a
        second only when the interrupted hold had been closed meanwhile).
        """

    @abstractmethod
    def record_held(self, person: str, hold_id: str, held_seconds: int) -> bool:
        """Note the time held so far on an in-progress hold (paused, or interrupted).

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
