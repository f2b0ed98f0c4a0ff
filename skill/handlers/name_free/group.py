"""Requests Alexa offers the skill before the person has named it."""

from __future__ import annotations

from skill.handlers.plumbing.named import Named
from skill.handlers.plumbing.order import Group

_HERE = "skill.handlers.name_free"

NAME_FREE = Group(
    "asked before the skill is named",
    (
        Named(
            f"{_HERE}.can_fulfill.CanFulfillHandler",
            requests=("CanFulfillIntentRequest",),
        ),
    ),
)
