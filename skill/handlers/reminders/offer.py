"""The one-time offer of a reminder, said as a returning person opens the skill.

Apart from setting.py, so that opening the skill does not load what setting a reminder
needs (Alexa's reminders API, the time worked out from what was said).
"""

from __future__ import annotations

from skill.handlers.plumbing.turn import Turn
from skill.routine.reminder_offer import offer_due, worth_offering


def reminder_offer(turn: Turn) -> str | None:
    """The one-time offer of a reminder, when due (see routine.reminder_offer)."""
    profile = turn.work.profile()
    if not offer_due(profile):
        return None
    turn.work.remember(reminder_offered=True)
    return turn.words.reminders.OFFER if worth_offering(profile) else None
