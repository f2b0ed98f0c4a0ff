"""How a call to Alexa's APIs failed, in terms a person can be told about."""

from __future__ import annotations

import logging
from enum import StrEnum

log = logging.getLogger(__name__)

_REFUSED = (401, 403)  # HTTP's "unauthorized" and "forbidden"
_TOO_MANY_REQUESTS = 429


class ReminderFault(StrEnum):
    NO_PERMISSION = "no_permission"
    BUSY = "busy"
    UNREACHABLE = "unreachable"


class ReminderError(Exception):
    """A call failed: no permission (401 or 403), busy (429), or out of reach (anything else)."""

    def __init__(self, fault: ReminderFault) -> None:
        super().__init__(str(fault))
        self.fault = fault


def fault_of(error: Exception) -> ReminderFault:
    status = getattr(error, "status_code", None)
    if status in _REFUSED:
        return ReminderFault.NO_PERMISSION
    if status == _TOO_MANY_REQUESTS:
        return ReminderFault.BUSY
    return ReminderFault.UNREACHABLE


def failed(action: str, error: Exception) -> ReminderError:
    """The error to raise for `error`, logged by status and kind only."""
    # The status and kind of failure only: never a token or what the person said.
    log.warning("%s failed: %s %s", action, getattr(error, "status_code", ""), type(error).__name__)
    return ReminderError(fault_of(error))
