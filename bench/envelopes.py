"""Request envelopes shaped like Alexa's, built from the test suite's fixtures."""

from __future__ import annotations

import copy
import json
import uuid
from functools import cache
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
# Where the skill would call Alexa's own APIs (reminders, time zone): a loopback port
# nothing listens on, so no request of the bench ever leaves this machine.
OFFLINE_API = "https://127.0.0.1:9"

Envelope = dict[str, Any]


@cache
def _template(name: str) -> Envelope:
    loaded: Envelope = json.loads((FIXTURES / name).read_text())
    return loaded


def template(name: str) -> Envelope:
    """A fresh copy of the fixture `name` (e.g. "launch_request.json"), its APIs offline."""
    envelope = copy.deepcopy(_template(name))
    envelope["context"]["System"]["apiEndpoint"] = OFFLINE_API
    return envelope


def request_id() -> str:
    return f"amzn1.echo-api.request.{uuid.uuid4()}"


def session_id() -> str:
    return f"amzn1.echo-api.session.{uuid.uuid4()}"


def user_ids(envelope: Envelope) -> list[dict[str, Any]]:
    """The places in an envelope that name the person."""
    holders = [envelope.get("context", {}).get("System", {}).get("user")]
    if isinstance(envelope.get("session"), dict):
        holders.append(envelope["session"].get("user"))
    return [holder for holder in holders if isinstance(holder, dict)]


def as_person(envelope: Envelope, user_id: str) -> Envelope:
    """A copy of `envelope` from another person, with a fresh request id."""
    changed = copy.deepcopy(envelope)
    for holder in user_ids(changed):
        holder["userId"] = user_id
    changed["request"]["requestId"] = request_id()
    return changed


def request_name(envelope: Envelope) -> str:
    """ "IntentRequest AMAZON.YesIntent", "AudioPlayer.PlaybackStarted", ..."""
    request = envelope.get("request", {})
    intent = (request.get("intent") or {}).get("name")
    return f"{request.get('type')} {intent}" if intent else str(request.get("type"))
