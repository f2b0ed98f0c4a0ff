"""One front door: Lambda and the web service turn away the same envelopes for the same reason."""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable
from typing import Any

import pytest

from skill import front_door, lambda_function
from skill.store import SessionStore
from tests.support.conversation import fixture
from tests.support.web_client import SKILL_ID, Service, envelope

OTHER_SKILL = "amzn1.ask.skill.11111111-1111-1111-1111-111111111111"


def no_request(built: dict[str, Any]) -> Any:
    del built["request"]
    return built


def no_system(built: dict[str, Any]) -> Any:
    del built["context"]["System"]
    return built


def other_skill_in_context(built: dict[str, Any]) -> Any:
    built["context"]["System"]["application"]["applicationId"] = OTHER_SKILL
    return built


def other_skill_in_session(built: dict[str, Any]) -> Any:
    built["session"]["application"]["applicationId"] = OTHER_SKILL
    return built


def no_id_in_context(built: dict[str, Any]) -> Any:
    del built["context"]["System"]["application"]
    return built


def not_an_object(built: dict[str, Any]) -> Any:
    return [built]


BAD: list[tuple[Callable[[dict[str, Any]], Any], str]] = [
    (no_request, front_door.NOT_A_REQUEST),
    (not_an_object, front_door.NOT_A_REQUEST),
    (no_system, front_door.NO_SYSTEM),
    (other_skill_in_context, front_door.ANOTHER_SKILL),
    (other_skill_in_session, front_door.ANOTHER_SKILL),
    (no_id_in_context, front_door.ANOTHER_SKILL),
]


@pytest.mark.parametrize(("damage", "reason"), BAD, ids=[damage.__name__ for damage, _ in BAD])
def test_the_same_bad_envelope_gets_the_same_refusal_both_ways(
    damage: Callable[[dict[str, Any]], Any],
    reason: str,
    start_service: Any,
    store: SessionStore,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bad = damage(envelope("intent_request.json"))
    service: Service = start_service(verify=False)
    reply = service.post(json.dumps(bad).encode("utf-8"))
    assert reply.status == 400
    assert reply.json() == {"error": "bad request", "reason": reason}

    monkeypatch.setenv("SKILL_ID", SKILL_ID)
    lambda_function.reset()
    with caplog.at_level(logging.WARNING, logger="skill.lambda_function"):
        answer = lambda_function.lambda_handler(bad, None)
    assert f"request turned away: {reason}" in caplog.text
    if reason == front_door.ANOTHER_SKILL:
        assert answer == {"version": "1.0", "response": {"shouldEndSession": True}}
    else:
        assert "sorry" in json.dumps(answer).lower()


def test_a_device_event_outside_a_session_is_admitted_on_context_alone() -> None:
    event = copy.deepcopy(fixture("audio_player_event.json"))
    assert "session" not in event
    event["context"]["System"]["application"]["applicationId"] = SKILL_ID
    assert front_door.admit_event(event, SKILL_ID).request is not None


def test_no_skill_id_set_admits_any_skill() -> None:
    assert front_door.admit_event(other_skill_in_context(envelope()), None).request is not None
