"""Requests Alexa offers the skill before the person has named it."""

from __future__ import annotations

from skill.handlers.plumbing.named import Named
from skill.handlers.plumbing.order import Group

NAME_FREE = Group(
    "asked before the skill is named",
    (
        Named(
            "skill.handlers.name_free.can_fulfill.CanFulfillHandler",
            requests=("CanFulfillIntentRequest",),
        ),
    ),
)
