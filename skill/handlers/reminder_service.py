"""The Alexa Reminders API and the device's time zone, through the SDK's service clients.

Every failure becomes a `ReminderError` naming what the person can be told: no
permission (401 or 403), busy (429), or out of reach (5xx, timeouts, anything else).
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ask_sdk_core.exceptions import AskSdkException
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.services import ServiceException
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

from skill.handlers.turn import Turn
from skill.routine.reminder_plan import ReminderPlan, Repeat
from skill.speech.reminder_words import reminder_text

log = logging.getLogger(__name__)

REMINDERS_SCOPE: Final = "alexa::alerts:reminders:skill:readwrite"
TIME_ZONE = "time_zone"
_DAILY_RULE = re.compile(r"FREQ=DAILY;BYHOUR=(\d{1,2});BYMINUTE=(\d{1,2})")


class ReminderFault(StrEnum):
    NO_PERMISSION = "no_permission"
    BUSY = "busy"
    UNREACHABLE = "unreachable"


class ReminderError(Exception):
    def __init__(self, fault: ReminderFault) -> None:
        super().__init__(str(fault))
        self.fault = fault


def _fault(error: Exception) -> ReminderFault:
    status = getattr(error, "status_code", None)
    if status in (401, 403):
        return ReminderFault.NO_PERMISSION
    if status == 429:
        return ReminderFault.BUSY
    return ReminderFault.UNREACHABLE


def _failed(action: str, error: Exception) -> ReminderError:
    fault = _fault(error)
    # The status and kind of failure only: never a token or what the person said.
    log.warning("%s failed: %s %s", action, getattr(error, "status_code", ""), type(error).__name__)
    return ReminderError(fault)


def _system(handler_input: HandlerInput) -> Any:
    return getattr(handler_input.request_envelope.context, "system", None)


def has_consent(handler_input: HandlerInput) -> bool | None:
    """Whether the person let the skill set reminders: True, False, or None if unsure."""
    user = getattr(_system(handler_input), "user", None)
    permissions = getattr(user, "permissions", None)
    scope = (getattr(permissions, "scopes", None) or {}).get(REMINDERS_SCOPE)
    status = getattr(getattr(scope, "status", None), "value", None)
    if status is not None:
        return bool(status == "GRANTED")
    # Alexa may send only a consent token; the API will say if it does not cover reminders.
    return None if getattr(permissions, "consent_token", None) else False


def _device_id(handler_input: HandlerInput) -> str:
    device = getattr(_system(handler_input), "device", None)
    return str(getattr(device, "device_id", "") or "")


def time_zone_name(turn: Turn) -> str:
    """The device's time zone ("Europe/London"), asked once a session."""
    kept = turn.kept_in_session(TIME_ZONE)
    if isinstance(kept, str):
        return kept
    try:
        ups = turn.handler_input.service_client_factory.get_ups_service()
        name = ups.get_system_time_zone(_device_id(turn.handler_input))
        ZoneInfo(str(name))
    except (ServiceException, AskSdkException, ValueError, ZoneInfoNotFoundError) as error:
        failed = _failed("time zone", error)
        # The time zone needs no permission: a refusal there is a fault, not a "no".
        if failed.fault == ReminderFault.NO_PERMISSION:
            raise ReminderError(ReminderFault.UNREACHABLE) from error
        raise failed from error
    turn.keep_in_session(TIME_ZONE, str(name))
    return str(name)


def zone_or_utc(turn: Turn) -> tzinfo:
    """The person's time zone, or UTC when it cannot be had (good enough to count days)."""
    try:
        return ZoneInfo(time_zone_name(turn))
    except ReminderError:
        return UTC


def local_now(turn: Turn, zone: str) -> datetime:
    return turn.now().astimezone(ZoneInfo(zone))


# The Reminders API's rules this module follows (Alexa Reminders API Reference, Overview and
# Guidelines for Usage):
# - time zone: a SCHEDULED_ABSOLUTE trigger names the device's zone, "Set the timezoneId
#   field to the current value ... otherwise the reminder may ring at the wrong time";
#   scheduledTime is the person's wall-clock time, with no offset or "Z";
# - recurrence: "trigger.recurrence.byDay and trigger.recurrence.freq are deprecated" in
#   favour of "startDateTime, endDateTime, recurrenceRules[]", so a daily reminder is an
#   RRULE ("FREQ=DAILY;BYHOUR=..") with a start;
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
    at = plan.at or time()
    rule = f"FREQ=DAILY;BYHOUR={at.hour};BYMINUTE={at.minute};BYSECOND=0;INTERVAL=1"
    return Trigger(
        object_type=TriggerType.SCHEDULED_ABSOLUTE,
        time_zone_id=zone,
        recurrence=Recurrence(start_date_time=first, recurrence_rules=[rule]),
    )


def reminder_request(plan: ReminderPlan, now: datetime, zone: str, locale: str | None) -> Any:
    """The request that sets `plan`; `now` is the person's local time, `zone` its name."""
    spoken_locale, text = reminder_text(locale)
    return ReminderRequest(
        request_time=now.replace(tzinfo=None, microsecond=0),
        trigger=_trigger(plan, now, zone),
        alert_info=AlertInfo(
            spoken_info=SpokenInfo(content=[SpokenText(locale=spoken_locale, text=text)])
        ),
        push_notification=PushNotification(status=PushNotificationStatus.ENABLED),
    )


def create(turn: Turn, plan: ReminderPlan, zone: str) -> str:
    """Set the reminder; its alert token."""
    request = reminder_request(plan, local_now(turn, zone), zone, turn.locale)
    try:
        service = turn.handler_input.service_client_factory.get_reminder_management_service()
        created = service.create_reminder(request)
    except (ServiceException, AskSdkException, ValueError) as error:
        raise _failed("create reminder", error) from error
    alert_token = getattr(created, "alert_token", None)
    if not alert_token:
        log.warning("create reminder answered without an alert token")
        raise ReminderError(ReminderFault.UNREACHABLE)
    return str(alert_token)


def active_reminders(turn: Turn) -> list[Reminder]:
    """The skill's reminders for the person that have yet to ring."""
    try:
        service = turn.handler_input.service_client_factory.get_reminder_management_service()
        found = service.get_reminders()
    except (ServiceException, AskSdkException, ValueError) as error:
        raise _failed("list reminders", error) from error
    alerts: list[Reminder] = getattr(found, "alerts", None) or []
    return [alert for alert in alerts if alert.status == Status.ON]


def delete(turn: Turn, alert_token: str) -> None:
    """Delete one reminder; one that is already gone counts as deleted."""
    try:
        service = turn.handler_input.service_client_factory.get_reminder_management_service()
        service.delete_reminder(alert_token)
    except ServiceException as error:
        if error.status_code == 404:
            return
        raise _failed("delete reminder", error) from error
    except (AskSdkException, ValueError) as error:
        raise _failed("delete reminder", error) from error


def plan_of(reminder: Reminder, zone: tzinfo) -> ReminderPlan | None:
    """What a reminder read back from the API means, as a plan to say aloud."""
    trigger = reminder.trigger
    if trigger is None:
        return None
    rules = getattr(trigger.recurrence, "recurrence_rules", None) or []
    for rule in rules:
        found = _DAILY_RULE.search(rule)
        if found:
            return ReminderPlan(Repeat.DAILY, at=time(int(found.group(1)), int(found.group(2))))
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
