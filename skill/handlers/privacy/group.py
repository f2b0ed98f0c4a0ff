"""Deleting what is kept about the person: when they ask, or disable the skill."""

from __future__ import annotations

from skill.handlers.plumbing.order import Before, Group
from skill.handlers.privacy.privacy import (
    ConfirmDeleteHandler,
    DeleteDataHandler,
    SkillDisabledHandler,
)

PRIVACY = Group(
    "privacy",
    (SkillDisabledHandler(), DeleteDataHandler(), ConfirmDeleteHandler()),
    rules=(
        Before(
            DeleteDataHandler,
            (ConfirmDeleteHandler,),
            "'delete my data', said again while asked, asks again",
        ),
    ),
)
