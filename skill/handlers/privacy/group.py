"""Deleting what is kept about the person: when they ask, or disable the skill."""

from __future__ import annotations

from skill.handlers.plumbing.order import Group
from skill.handlers.privacy.privacy import (
    ConfirmDeleteHandler,
    DeleteDataHandler,
    SkillDisabledHandler,
)

PRIVACY = Group(
    "privacy",
    (SkillDisabledHandler(), DeleteDataHandler(), ConfirmDeleteHandler()),
)
