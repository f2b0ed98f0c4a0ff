"""The people who use the skill and their holds, as the routine knows them.

What a store keeps is this model; the stores depend on it, never the reverse.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from skill.routine.usual_length import usual_length


class HoldStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STOPPED = "stopped"


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
    # The id of the person's latest hold, kept by each write that records a new hold
    # (None: no hold yet, or none recorded since profiles kept it).
    latest_hold: str | None = None
    # A repair the store owes a hold, noted by a request whose one write went to something
    # else, for the next request that reads the profile, from any device, to make
    # (skill/routine/hold_repair.py `noted`).
    hold_owed: str | None = None

    @property
    def is_new(self) -> bool:
        return self.version == 0

    @property
    def practised(self) -> bool:
        """Has held the point before: a one-line reminder of where it is will do."""
        return self.holds_started > 0

    @property
    def usual(self) -> int | None:
        """The usual hold length, counting the last hold if the person finished it."""
        return usual_length(self.usual_minutes, self.extras, self.holds_completed)

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
    "latest_hold": (str, type(None)),
    "hold_owed": (str, type(None)),
}


class HoldSession(NamedTuple):
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


class EndedCounts(NamedTuple):
    """What a hold's end adds to its person's counters."""

    holds_completed: int
    seconds_held: int


def ended_counts(status: HoldStatus, held_seconds: int) -> EndedCounts:
    """A completed hold counts as one more completed; every ended hold adds the time held."""
    return EndedCounts(1 if status == HoldStatus.COMPLETED else 0, held_seconds)


def with_hold_ended(profile: Profile, status: HoldStatus, held_seconds: int) -> Profile:
    """The profile with a hold that ended (`status`, `held_seconds`) added to its counters."""
    counts = ended_counts(status, held_seconds)
    return replace(
        profile,
        holds_completed=profile.holds_completed + counts.holds_completed,
        seconds_held=profile.seconds_held + counts.seconds_held,
    )
