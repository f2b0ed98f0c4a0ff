"""Reminders: setting one (with the permission it needs), listing and cancelling them."""

from __future__ import annotations

from skill.handlers.plumbing.api_deadline import EndApiDeadline, StartApiDeadline
from skill.handlers.plumbing.named import Named, NamedInterceptor
from skill.handlers.plumbing.order import Group

REMINDERS = Group(
    "reminders",
    (
        Named(
            "skill.handlers.reminders.setting.PermissionAnswerHandler",
            requests=("Connections.Response",),
        ),
        Named(
            "skill.handlers.reminders.permissions.PermissionEventHandler",
            requests=(
                "AlexaSkillEvent.SkillPermissionAccepted",
                "AlexaSkillEvent.SkillPermissionChanged",
            ),
        ),
        Named(
            "skill.handlers.reminders.daytime.DaytimeAnswerHandler",
            intents=("AMAZON.YesIntent", "AMAZON.NoIntent", "OkayIntent"),
            kept="reminder_draft",
        ),
        Named(
            "skill.handlers.reminders.daytime.AmOrPmUnclearHandler",
            intents=("AMAZON.YesIntent", "AMAZON.NoIntent", "OkayIntent", "AMAZON.FallbackIntent"),
            kept="reminder_draft",
        ),
        Named(
            "skill.handlers.reminders.setting.SetReminderHandler",
            intents=(
                "RemindMeIntent",
                "RemindDailyIntent",
                "RemindAtPeakIntent",
                "PartOfDayIntent",
            ),
        ),
        Named(
            "skill.handlers.reminders.listing.ListRemindersHandler",
            intents=("ListRemindersIntent",),
        ),
        Named(
            "skill.handlers.reminders.cancel.CancelRemindersHandler",
            intents=("CancelRemindersIntent",),
        ),
        Named(
            "skill.handlers.reminders.cancel.CancelOneReminderHandler",
            intents=("CancelOneReminderIntent",),
        ),
    ),
    interceptors=(
        StartApiDeadline(),
        NamedInterceptor(
            "skill.handlers.reminders.when.ForgetUnfinishedReminder", kept="reminder_draft"
        ),
    ),
    response_interceptors=(EndApiDeadline(),),
)
