"""Faults the fuzzing found and the skill still has, each pinned by a strict xfail test in
tests/hardening/test_found_faults.py. The fuzz tests check everything else about such
cases; once a fault is fixed its xfail test fails, and its carve-out here should go.
"""

from __future__ import annotations

import json
from typing import Any

from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from tests.fuzz.answers import is_device_event

_serializer = DefaultSerializer()


def _read(envelope: Any) -> RequestEnvelope | None:
    try:
        parsed = _serializer.deserialize(json.dumps(envelope), RequestEnvelope)
    except Exception:  # whatever the SDK raises on a wreck: it could not read it
        return None
    ok = isinstance(parsed, RequestEnvelope) and getattr(parsed, "request", None) is not None
    return parsed if ok else None


def invoke_cannot_start(envelope: Any) -> bool:
    """The SDK reads the envelope, but its `CustomSkill.invoke` fails before any handler.

    That happens without `context.System`, or when a key such as "__dict__" wiped an
    object the SDK built (its deserialiser sets every unknown key as an attribute).
    lambda_handler lets the error out; the web service apologises aloud, even to a device
    event.
    """
    parsed = _read(envelope)
    if parsed is None:
        return False
    try:
        system = parsed.context.system if parsed.context is not None else None
        if system is None:
            return True
        _ = (system.api_access_token, system.api_endpoint, parsed.session)
        AttributesManager(request_envelope=parsed)
    except Exception:  # what `invoke` would raise, before any exception handler
        return True
    return False


def spoken_to_device_event(envelope: Any) -> bool:
    """A device event the skill cannot read, or use: answered with a spoken apology.

    lambda_handler's apology for an unreadable envelope speaks whatever the request,
    and so does the web service's for an envelope `invoke` cannot start on.
    """
    if not is_device_event(envelope):
        return False
    parsed = _read(envelope)
    return (
        parsed is None
        or getattr(parsed.context, "system", None) is None
        or (invoke_cannot_start(envelope))
    )
