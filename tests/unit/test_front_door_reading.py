"""The front door by example: which ids a request carries, and each refusal with its reason."""

from __future__ import annotations

import json
from typing import Any

import pytest

from skill import front_door
from skill.front_door import ANOTHER_SKILL, NO_SYSTEM, NOT_A_REQUEST, RefusedError
from tests.support.conversation import fixture

OURS = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
OTHER = "amzn1.ask.skill.11111111-1111-1111-1111-111111111111"


def _launch(**changes: Any) -> dict[str, Any]:
    envelope = fixture("launch_request.json")
    envelope.update(changes)
    return envelope


def _refusal(body: bytes | str, skill_id: str | None = OURS) -> str:
    with pytest.raises(RefusedError) as refused:
        front_door.admit(body, skill_id)
    assert str(refused.value) == refused.value.reason
    return refused.value.reason


def test_the_ids_of_the_context_and_the_session_in_that_order() -> None:
    envelope = _launch()
    envelope["session"]["application"]["applicationId"] = OTHER

    read = front_door.read_envelope(json.dumps(envelope))

    assert front_door.application_ids(read) == [OURS, OTHER]
    assert _refusal(json.dumps(envelope)) == ANOTHER_SKILL


def test_a_session_without_an_application_carries_no_id() -> None:
    envelope = _launch()
    del envelope["session"]["application"]

    read = front_door.read_envelope(json.dumps(envelope))

    assert front_door.application_ids(read) == [OURS, None]
    assert _refusal(json.dumps(envelope)) == ANOTHER_SKILL
    assert front_door.admit(json.dumps(envelope), None) is not None


def test_a_request_as_utf8_bytes_is_read() -> None:
    body = json.dumps(_launch()).encode("utf-8")

    request = front_door.admit(body, OURS).request
    assert request is not None
    assert request.object_type == "LaunchRequest"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (json.dumps(_launch()).encode("utf-16"), NOT_A_REQUEST),
        (b"\xff\xfe not utf-8", NOT_A_REQUEST),
        ("[]", NOT_A_REQUEST),
        ('"a string"', NOT_A_REQUEST),
        (json.dumps(_launch(context=None)), NO_SYSTEM),
        (json.dumps({k: v for k, v in _launch().items() if k != "context"}), NO_SYSTEM),
    ],
)
def test_each_refusal_gives_its_reason(body: bytes | str, reason: str) -> None:
    assert _refusal(body) == reason


def test_an_event_that_is_not_json_is_not_a_request() -> None:
    with pytest.raises(RefusedError) as refused:
        front_door.admit_event({"request": {1, 2}}, OURS)

    assert refused.value.reason == NOT_A_REQUEST
    assert not refused.value.for_another_skill
