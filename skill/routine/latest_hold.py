"""The person's latest hold, as the profile keeps its id.

Every write that records a new hold (`begin_hold`, `restart_hold`, `recover_hold`) writes
the profile in the same transaction, so the profile keeps the id of the person's latest
hold (`Profile.latest_hold`). A request about a reported hold then reads the profile and
the token's hold together, in one request, and knows from the ids alone whether that
hold was replaced by a newer one: hold ids begin with their UTC start, so the later id
is the later hold.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldSession, HoldStatus, Profile

_STAMP = "%Y%m%dT%H%M%SZ"


def began(hold_id: str) -> datetime | None:
    """When a hold began, read from its id, to the microsecond where the id carries it."""
    try:
        start = datetime.strptime(hold_id[:16], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    micros = hold_id[17:23]  # ids since microseconds were added carry them here
    if micros.isdigit() and hold_id[23:24] == "-":
        start = start.replace(microsecond=int(micros))
    return start


def later(kept: str | None, new: str) -> str:
    """The id of whichever hold began later: `kept` (the profile's latest) or `new`."""
    if kept is None:
        return new
    kept_began, new_began = began(kept), began(new)
    if kept_began is None or new_began is None:
        return new
    return kept if kept_began > new_began else new


def latest_known(
    profile: Profile, token: HoldToken, found: Mapping[str, HoldSession]
) -> tuple[bool, HoldSession | None]:
    """The person's latest hold as far as the profile and the holds read with it tell.

    `found`: the token's hold (and the one it started over, if the token names one), as
    stored, read with the profile. Returns whether that settles it and, if so, the
    latest hold (None: they have none). A profile kept before it named its latest hold,
    with holds begun, does not settle it.

    A latest hold other than those read is known by its id alone: what the routine needs
    of it is that it is not the token's hold and when it began. It stands as closed, so
    that nothing is closed on its account.
    """
    latest_id = profile.latest_hold
    if latest_id is None:
        return profile.holds_started == 0, None
    if latest_id in found:
        return True, found[latest_id]
    start = began(latest_id)
    if start is None:
        return False, None
    if latest_id == token.hold_id:
        return True, None  # named, yet no longer kept (its time to be kept has passed)
    return True, HoldSession(profile.person, latest_id, start, 0, 0, HoldStatus.STOPPED)
