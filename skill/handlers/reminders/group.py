"""Reminders: setting one (with the permission it needs), listing and cancelling them."""

from __future__ import annotations

from skill.handlers.plumbing.alexa_calls import StartApiDeadline
from skill.handlers.plumbing.order import Group
from skill.handlers.reminders.cancel import CancelOneReminderHandler, CancelRemindersHandler
from skill.handlers.reminders.daytime import DaytimeAnswerHandler
from skill.handlers.reminders.listing import ListRemindersHandler
from skill.handlers.reminders.permissions import PermissionEventHandler
from skill.handlers.reminders.setting import PermissionAnswerHandler, SetReminderHandler
from skill.handlers.reminders.when import ForgetUnfinishedReminder

REMINDERS = Group(
    "reminders",
    (
        PermissionAnswerHandler(),
        PermissionEventHandler(),
        DaytimeAnswerHandler(),
        SetReminderHandler(),
        ListRemindersHandler(),
        CancelRemindersHandler(),
        CancelOneReminderHandler(),
    ),
    interceptors=(StartApiDeadline(), ForgetUnfinishedReminder()),
)
