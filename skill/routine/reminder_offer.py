"""When to offer a reminder: once, after the person's first completed hold."""

from __future__ import annotations

from skill.routine.model import Profile


def offer_due(profile: Profile) -> bool:
    """The one-time offer is due: a hold was completed and it was never made."""
    return not profile.reminder_offered and profile.holds_completed >= 1


def worth_offering(profile: Profile) -> bool:
    """Due, and the person has no reminder from the skill yet.

    One set on another device, or by voice before the first hold, counts: the profile
    names every reminder the skill set.
    """
    return offer_due(profile) and not profile.reminder_ids
