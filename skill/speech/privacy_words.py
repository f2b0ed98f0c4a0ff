"""What the skill says about what it keeps, and when a person asks it to delete that."""

from __future__ import annotations

# What infra/legal/privacy-policy.html lists, in a breath: holds, settings, the ids of the
# reminders set, and pain ratings only with consent.
WHAT_I_KEEP = (
    "I keep your holds, when and how long, your settings, which reminders I set, "
    "and pain ratings only if you asked. Say delete my data to remove it all."
)
DELETE_QUESTION = (
    "Shall I delete everything I've kept about you, your holds, settings and any pain "
    "ratings, and cancel your reminders from me? Say yes to delete it, or no to keep it."
)
DELETE_REPROMPT = "Say yes to delete everything I've kept about you, or no to keep it."
DELETED = "Done. Everything I'd kept about you is deleted. Take care."
NOT_DELETED = "I couldn't delete it just now. Please try again a little later."
KEPT = "Okay, I've kept everything."
KEPT_GOODBYE = "Okay, I've kept everything. Take care."


def deleted_with(reminders: str | None) -> str:
    """The answer once the data is deleted, with what became of the person's reminders."""
    if reminders is None:
        return DELETED
    return f"Done. Everything I'd kept about you is deleted. {reminders} Take care."
