"""What the handlers ask of Alexa's APIs, in a turn's terms.

The adapters in `skill.alexa` take the SDK's service client factory and plain values;
this module hands them what the turn's request carries and keeps the device's time zone
in the session, so it is asked for once.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from ask_sdk_model.services.reminder_management import Reminder

from skill.alexa import device_settings, reminders
from skill.alexa.device_settings import zone
from skill.alexa.errors import ReminderError, ReminderFault
from skill.alexa.reminders import REMINDERS_SCOPE, plan_of
from skill.handlers.plumbing.turn import Turn
from skill.routine.reminder_plan import ReminderPlan
from skill.speech.locales import published

__all__ = [
    "REMINDERS_SCOPE",
    "active_reminders",
    "create",
    "delete",
    "has_consent",
    "local_now",
    "plan_of",
    "time_zone_name",
    "zone",
    "zone_or_utc",
]

TIME_ZONE = "time_zone"


def _access(turn: Turn, fault: ReminderFault) -> None:
    """`ReminderError(fault)` when the request carries no `apiAccessToken`.

    "apiAccessToken ... A string containing a token that can be used to access Alexa-
    specific APIs" (Request and Response JSON Reference, System object): without one
    every call would fail inside the SDK, so it is not made. For reminders, a missing
    token is a missing permission (the person is asked for it); for the time zone,
    which needs no permission, it is a call that could not be made.
    """
    if not getattr(turn.request.system, "api_access_token", None):
        raise ReminderError(fault)


def has_consent(turn: Turn) -> bool | None:
    """Whether the person let the skill set reminders: True, False, or None if unsure."""
    return reminders.has_consent(turn.request.system)


def time_zone_name(turn: Turn) -> str:
    """The device's time zone ("Europe/London"), asked once a session."""
    kept = turn.session.get(TIME_ZONE)
    if isinstance(kept, str):
        return kept
    _access(turn, ReminderFault.UNREACHABLE)
    name = device_settings.time_zone_name(turn.request.service_clients, turn.request.device_id)
    turn.session.put(TIME_ZONE, name)
    return name


def zone_or_utc(turn: Turn) -> tzinfo:
    """The person's time zone, or UTC when it cannot be had (good enough to count days)."""
    try:
        return zone(time_zone_name(turn))
    except ReminderError:
        return UTC


def local_now(turn: Turn, name: str) -> datetime:
    return turn.now().astimezone(zone(name))


def create(turn: Turn, plan: ReminderPlan, zone: str) -> str:
    """Set the reminder, in the person's words; its alert token."""
    words = turn.words.reminders
    text = words.PEAK_REMINDER_TEXT if plan.at_peak else words.REMINDER_TEXT
    request = reminders.reminder_request(
        plan, local_now(turn, zone), zone, (published(turn.request.locale), text)
    )
    _access(turn, ReminderFault.NO_PERMISSION)
    return reminders.create(turn.request.service_clients, request)


def active_reminders(turn: Turn) -> list[Reminder]:
    _access(turn, ReminderFault.NO_PERMISSION)
    return reminders.active_reminders(turn.request.service_clients)


def delete(turn: Turn, alert_token: str) -> None:
    _access(turn, ReminderFault.NO_PERMISSION)
    reminders.delete(turn.request.service_clients, alert_token)
