"""The device's settings through Alexa's Settings API: its time zone."""

from __future__ import annotations

from datetime import tzinfo

from ask_sdk_core.exceptions import AskSdkException
from ask_sdk_model.services import ServiceClientFactory, ServiceException

from skill.alexa.errors import ReminderError, ReminderFault, failed


def zone(name: str) -> tzinfo:
    """The time zone called `name`; `ValueError` when there is none.

    zoneinfo loads on first use: only reminders and counting days need a time zone.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError as error:  # a KeyError: kept apart from the API's own faults
        raise ValueError(f"no time zone called {name!r}") from error


def time_zone_name(factory: ServiceClientFactory, device_id: str) -> str:
    """The device's time zone ("Europe/London"); `ReminderError` when it cannot be had."""
    try:
        name = str(factory.get_ups_service().get_system_time_zone(device_id))
        zone(name)
    except (ServiceException, AskSdkException, ValueError) as error:
        error_raised = failed("time zone", error)
        # The time zone needs no permission: a refusal there is a fault, not a "no".
        if error_raised.fault == ReminderFault.NO_PERMISSION:
            raise ReminderError(ReminderFault.UNREACHABLE) from error
        raise error_raised from error
    return name
