"""The one front door: reads a request envelope and checks it is a request for this skill.

Lambda's handler and the web service both come in through here, so a bad envelope is
refused for the same reason whichever way it arrived. What each then answers is its own:
the web service answers HTTP 400; Lambda, which has no status to give, answers a short
apology (an unreadable request) or nothing at all (a request for another skill).
"""

from __future__ import annotations

import json
from typing import Any, Final

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

NOT_A_REQUEST: Final = "the body is not an Alexa request"
NO_SYSTEM: Final = "the request has no context.System"
ANOTHER_SKILL: Final = "the request is for another skill"

_serializer = DefaultSerializer()


class RefusedError(Exception):
    """The envelope is turned away; `reason` is short, safe to log and to send back."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    @property
    def for_another_skill(self) -> bool:
        return self.reason == ANOTHER_SKILL


def read_envelope(body: bytes | str) -> RequestEnvelope:
    """The envelope in `body`, or `RefusedError` when it is not one Alexa could have sent."""
    try:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        readable = isinstance(json.loads(text), dict)
        envelope = _serializer.deserialize(text, RequestEnvelope) if readable else None
    # ValueError: not UTF-8, or not JSON. RecursionError: JSON nested beyond reason.
    except (ValueError, RecursionError, SerializationException):
        envelope = None
    if not isinstance(envelope, RequestEnvelope) or envelope.request is None:
        raise RefusedError(NOT_A_REQUEST)
    # Alexa always sends context.System; the SDK reads the API endpoint from it first.
    if getattr(envelope.context, "system", None) is None:
        raise RefusedError(NO_SYSTEM)
    return envelope


def application_ids(envelope: RequestEnvelope) -> list[str | None]:
    """Every skill id the request carries: context.System's, and the session's if any.

    Request and Response JSON Reference: the System object's "application" holds the
    "applicationId", and so does the session's "application"; Handle Requests Sent by
    Alexa: "every request sent by Alexa includes a unique skill ID. You can check the
    skill ID in the request against your actual skill ID". Requests outside a session
    (AudioPlayer, PlaybackController) have no session, so context.System's id is the one
    every request has.
    """
    system = getattr(envelope.context, "system", None)
    ids = [getattr(getattr(system, "application", None), "application_id", None)]
    if envelope.session is not None:
        ids.append(getattr(envelope.session.application, "application_id", None))
    return ids


def check_skill(envelope: RequestEnvelope, skill_id: str | None) -> None:
    """`RefusedError` unless every id the request carries is `skill_id` (no id set: any skill)."""
    if skill_id and any(found != skill_id for found in application_ids(envelope)):
        raise RefusedError(ANOTHER_SKILL)


def admit(body: bytes | str, skill_id: str | None) -> RequestEnvelope:
    """The envelope, read and checked; `RefusedError` with the reason otherwise."""
    envelope = read_envelope(body)
    check_skill(envelope, skill_id)
    return envelope


def admit_event(event: Any, skill_id: str | None) -> RequestEnvelope:
    """The same, for an event Lambda has already parsed from JSON."""
    try:
        text = json.dumps(event)
    except (TypeError, ValueError, RecursionError) as error:
        raise RefusedError(NOT_A_REQUEST) from error
    return admit(text, skill_id)
