"""Hold ids that begin with the hold's start time, so sorting ids sorts holds by start.

A hold id looks like `20261123T221805Z-250000-1a2b3c4d`: the UTC start to the second,
its microseconds, then eight random hex digits. Holds started within one second still
sort as they began (the store's latest hold is the one started last: a hold played
through at once on a simulated device can be followed by the next in the same second),
and two started in the same microsecond stay apart. Ids made before the microseconds
were added (`20261123T221805Z-1a2b3c4d`) read the same.
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime

_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_SUFFIX = re.compile(r"(-\d{6})?-[0-9a-f]{8}")


def _start_stamp(started_at: datetime) -> str:
    if started_at.tzinfo is None:
        raise ValueError("a hold's start time must carry its time zone")
    return started_at.astimezone(UTC).strftime(_STAMP_FORMAT)


def new_hold_id(started_at: datetime) -> str:
    """A fresh id for a hold that started at `started_at` (time-zone aware)."""
    return f"{_start_stamp(started_at)}-{started_at.microsecond:06d}-{secrets.token_hex(4)}"


def check_hold_id(hold_id: str, started_at: datetime) -> None:
    """Raise ValueError unless `hold_id` is one `new_hold_id(started_at)` could return."""
    stamp = _start_stamp(started_at)
    if not (hold_id.startswith(stamp) and _SUFFIX.fullmatch(hold_id[len(stamp) :])):
        raise ValueError(f"hold id {hold_id!r} does not begin with its start time {stamp}")
