"""Requests Alexa offers the skill before the person has named it."""

from __future__ import annotations

from skill.handlers.name_free.can_fulfill import CanFulfillHandler
from skill.handlers.plumbing.order import Group

NAME_FREE = Group("asked before the skill is named", (CanFulfillHandler(),))
