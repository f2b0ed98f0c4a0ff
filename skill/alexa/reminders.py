"""The Alexa Reminders API, through the SDK's reminder management client.

Every failure becomes a `ReminderError` naming what the person can be told: no
permission (401 or 403), busy (429), or out of reach (5xx, timeouts, anything else).
The words a reminder speaks are the caller's: this module knows no language.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Any, Final

from ask_sdk_core.exceptions import AskSdkException
from ask_sdk_model.services import ServiceClientFactory, ServiceException
from ask_sdk_model.services.reminder_management import (
    AlertInfo,
    PushNotification,
    PushNotificationStatus,
    Recurrence,
    Reminder,
    ReminderRequest,
    SpokenInfo,
    SpokenText,
    Status,
    Trigger,
    TriggerType,
)

from skill.alexa.errors import ReminderError, ReminderFault, failed
from skill.alexa.recurrence import days_and_time, rule_for
from skill.routine.reminder_plan import ReminderPlan, Repeat

__all__ = [
    "REMINDERS_SCOPE",
    "ReminderError",
    "ReminderFault",
    "active_reminders",
    "create",
    "delete",
    "has_consent",
    "plan_of",
    "reminder_request",
]

log = logging.getLogger(__name__)

REMINDERS_SCOPE: Final = "alexa::alerts:reminders:skill:readwrite"
_NOT_FOUND: Final = 404


def has_consent(system: Any) -> bool | None:
    """Whether the person let the skill set reminders (from the request's context.System):
    True, False, or None if unsure."""
    permissions = getattr(getattr(system, "user", None), "permissions", None)
    scope = (getattr(permissions, "scopes", None) or {}).get(REMINDERS_SCOPE)
    status = getattr(getattr(scope, "status", None), "value", None)
    if status is not None:
        return bool(status == "GRANTED")
    # Alexa may send only a consent token; the API will say if it does not cover reminders.
    return None if getattr(permissions, "consent_token", None) else False


# The Reminders API's rules this module follows (Alexa Reminders API Reference, Overview and
# Guidelines for Usage):
# - time zone: a SCHEDULED_ABSOLUTE trigger names the device's zone, "Set the timezoneId
#   field to the current value ... otherwise the reminder may ring at the wrong time";
#   scheduledTime is the person's wall-clock time, with no offset or "Z";
# - recurrence: "trigger.recurrence.byDay and trigger.recurrence.freq are deprecated" in
#   favour of "startDateTime, endDateTime, recurrenceRules[]", so a repeating reminder is an
#   RRULE ("FREQ=DAILY;BYHOUR=..", or WEEKLY with BYDAY; skill.alexa.recurrence) with a start;
# - a skill "can only modify, edit, and delete reminders that the skill itself has created
#   for that customer", and GET and DELETE work with the in-session apiAccessToken;
# - "The skill response must clarify to the customer about the reminder time, and include
#   the reminder recurrence, if defined": every reminder is said back as set.
# The docs found give no number of reminders a skill may keep per customer; asking for one
# already set adds none, so a person's reminders stay few.
def _trigger(plan: ReminderPlan, now: datetime, zone: str) -> Trigger:
    if plan.repeat == Repeat.AFTER:
        return Trigger(
            object_type=TriggerType.SCHEDULED_RELATIVE, offset_in_seconds=plan.after_seconds
        )
    first = plan.first_time(now)
    if plan.repeat == Repeat.ONCE:
        return Trigger(
            object_type=TriggerType.SCHEDULED_ABSOLUTE, scheduled_time=first, time_zone_id=zone
        )
    rule = rule_for(plan.days, plan.at or time())
    return Trigger(
        object_type=TriggerType.SCHEDULED_ABSOLUTE,
        time_zone_id=zone,
        recurrence=Recurrence(start_date_time=first, recurrence_rules=[rule]),
    )


def reminder_request(plan: ReminderPlan, now: datetime, zone: str, spoken: tuple[str, str]) -> Any:
    """The request that sets `plan`; `now` is the person's local time, `zone` its name,
    `spoken` the locale and the words the reminder says."""
    spoken_locale, text = spoken
    return ReminderRequest(
        request_time=now.replace(tzinfo=None, microsecond=0),
        trigger=_trigger(plan, now, zone),
        alert_info=AlertInfo(
            spoken_info=SpokenInfo(content=[SpokenText(locale=spoken_locale, text=text)])
        ),
        push_notification=PushNotification(status=PushNotificationStatus.ENABLED),
    )


def create(factory: ServiceClientFactory, request: Any) -> str:
    """Set the reminder `reminder_request` made; its alert token."""
    try:
        service = factory.get_reminder_management_service()
        created = service.create_reminder(request)
    except (ServiceException, AskSdkException, ValueError) as error:
        raise failed("create reminder", error) from error
    alert_token = getattr(created, "alert_token", None)
    if not alert_token:
        log.warning("create reminder answered without an alert token")
        raise ReminderError(ReminderFault.UNREACHABLE)
    return str(alert_token)


def active_reminders(factory: ServiceClientFactory) -> list[Reminder]:
    """The skill's reminders for the person that have yet to ring."""
    try:
        service = factory.get_reminder_management_service()
        found = service.get_reminders()
    except (ServiceException, AskSdkException, ValueError) as error:
        raise failed("list reminders", error) from error
    alerts: list[Reminder] = getattr(found, "alerts", None) or []
    return [alert for alert in alerts if alert.status == Status.ON]


def delete(factory: ServiceClientFactory, alert_token: str) -> None:
    """Delete one reminder; one that is already gone counts as deleted."""
    try:
        service = factory.get_reminder_management_service()
        service.delete_reminder(alert_token)
    except ServiceException as error:
        if error.status_code == _NOT_FOUND:
            return
        raise failed("delete reminder", error) from error
    except (AskSdkException, ValueError) as error:
        raise failed("delete reminder", error) from error


def plan_of(reminder: Reminder, zone: tzinfo) -> ReminderPlan | None:
    """What a reminder read back from the API means, as a plan to say aloud."""
    trigger = reminder.trigger
    if trigger is None:
        return None
    rules = getattr(trigger.recurrence, "recurrence_rules", None) or []
    for rule in rules:
        found = days_and_time(rule)
        if found:
            return ReminderPlan(Repeat.DAILY, at=found[1], days=found[0])
    rings: datetime | None = None
    if trigger.object_type == TriggerType.SCHEDULED_RELATIVE and reminder.created_time:
        created = reminder.created_time
        created = created if created.tzinfo else created.replace(tzinfo=UTC)
        rings = (created + timedelta(seconds=trigger.offset_in_seconds or 0)).astimezone(zone)
    elif trigger.scheduled_time is not None:
        scheduled = trigger.scheduled_time
        rings = scheduled.astimezone(zone) if scheduled.tzinfo else scheduled
    if rings is None:
        return None
    return ReminderPlan(Repeat.ONCE, at=time(rings.hour, rings.minute), day=rings.date())
