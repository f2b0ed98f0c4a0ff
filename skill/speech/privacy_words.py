"""What the skill says when a person asks it to delete what it keeps about them."""

from __future__ import annotations

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
