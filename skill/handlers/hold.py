"""The hand-off from finding the point to the hold itself."""

from __future__ import annotations

import uuid

from ask_sdk_model import Response

from skill.handlers.turn import Turn
from skill.store import HoldSession


def start_hold(turn: Turn, minutes: int, *lead: str) -> Response:
    """Record the hold, remember its length as the person's usual, and begin it."""
    remembered = turn.profile.usual_minutes != minutes
    started_at = turn.now()
    hold = HoldSession(
        person=turn.person,
        hold_id=f"{started_at:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}",
        started_at=started_at,
        planned_seconds=minutes * 60,
    )
    turn.remember(usual_minutes=minutes)
    turn.begin_hold(hold)
    return turn.tell(*lead, turn.phrases.length_chosen(minutes, remembered))
