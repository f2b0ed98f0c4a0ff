"""Reminders: setting one (with the permission it needs), listing and cancelling them."""

from __future__ import annotations

from skill.handlers.plumbing.api_deadline import EndApiDeadline, StartApiDeadline
from skill.handlers.plumbing.named import Named, NamedInterceptor
from skill.handlers.plumbing.order import Group

_HERE = "skill.handlers.reminders"

REMINDERS = Group(
    "reminders",
    (
        Named(f"{_HERE}.setting.PermissionAnswerHandler", requests=("Connections.Response",)),
        Named(
            f"{_HERE}.permissions.PermissionEventHandler",
            requests=(
                "AlexaSkillEvent.SkillPermissionAccepted",
                "AlexaSkillEvent.SkillPermissionChanged",
            ),
        ),
        Named(
            f"{_HERE}.daytime.DaytimeAnswerHandler",
            intents=("AMAZON.YesIntent", "AMAZON.NoIntent", "OkayIntent"),
            kept="reminder_draft",
        ),
        Named(
            f"{_HERE}.setting.SetReminderHandler",
            intents=(
                "RemindMeIntent",
                "RemindDailyIntent",
                "RemindAtPeakIntent",
                "PartOfDayIntent",
            ),
        ),
        Named(f"{_HERE}.listing.ListRemindersHandler", intents=("ListRemindersIntent",)),
        Named(f"{_HERE}.cancel.CancelRemindersHandler", intents=("CancelRemindersIntent",)),
        Named(f"{_HERE}.cancel.CancelOneReminderHandler", intents=("CancelOneReminderIntent",)),
    ),
    interceptors=(
        StartApiDeadline(),
        NamedInterceptor(f"{_HERE}.when.ForgetUnfinishedReminder", kept="reminder_draft"),
    ),
    response_interceptors=(EndApiDeadline(),),
)
