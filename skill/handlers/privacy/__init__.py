"""Deleting what is kept about the person: when they ask, or disable the skill."""

from __future__ import annotations

from skill.handlers.plumbing.named import EVERY, Named
from skill.handlers.plumbing.order import Before, Group

PRIVACY = Group(
    "privacy",
    (
        Named(
            "skill.handlers.privacy.privacy.SkillDisabledHandler",
            requests=("AlexaSkillEvent.SkillDisabled",),
        ),
        Named("skill.handlers.privacy.privacy.DeleteDataHandler", intents=("DeleteDataIntent",)),
        # Whatever is said to "shall I delete it?" answers it.
        Named(
            "skill.handlers.privacy.privacy.ConfirmDeleteHandler",
            intents=EVERY,
            kept="confirm_delete",
        ),
    ),
    rules=(
        Before(
            "DeleteDataHandler",
            ("ConfirmDeleteHandler",),
            "'delete my data', said again while asked, asks again",
        ),
    ),
)
