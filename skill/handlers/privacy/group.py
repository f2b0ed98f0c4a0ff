"""Deleting what is kept about the person: when they ask, or disable the skill."""

from __future__ import annotations

from skill.handlers.plumbing.named import EVERY, Named
from skill.handlers.plumbing.order import Before, Group

_HERE = "skill.handlers.privacy"

PRIVACY = Group(
    "privacy",
    (
        Named(
            f"{_HERE}.privacy.SkillDisabledHandler",
            requests=("AlexaSkillEvent.SkillDisabled",),
        ),
        Named(f"{_HERE}.privacy.DeleteDataHandler", intents=("DeleteDataIntent",)),
        # Whatever is said to "shall I delete it?" answers it.
        Named(
            f"{_HERE}.privacy.ConfirmDeleteHandler",
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
