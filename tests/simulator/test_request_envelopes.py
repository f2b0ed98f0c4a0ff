from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import IntentRequest, LaunchRequest, RequestEnvelope, SessionEndedRequest
from ask_sdk_model.canfulfill import CanFulfillIntentRequest

from toolkit.simulator.envelopes import DEFAULT_SKILL_ID, Envelopes, ends_session
from toolkit.simulator.slots import ER_SUCCESS_MATCH, ER_SUCCESS_NO_MATCH, Resolution, SlotValue

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def _as_sdk_sees_it(envelope: dict[str, Any]) -> RequestEnvelope:
    parsed: RequestEnvelope = DefaultSerializer().deserialize(json.dumps(envelope), RequestEnvelope)
    return parsed


def _answer(*, end: bool | None, attributes: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"outputSpeech": {"type": "PlainText", "text": "Hi."}}
    if end is not None:
        body["shouldEndSession"] = end
    return {"version": "1.0", "sessionAttributes": attributes or {}, "response": body}


def test_a_launch_carries_everything_alexa_sends() -> None:
    clock = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)
    envelopes = Envelopes(user_id="ana", locale="en-GB", clock=lambda: clock)

    envelope = envelopes.launch()

    assert envelope["version"] == "1.0"
    session, system = envelope["session"], envelope["context"]["System"]
    assert session["new"] is True
    assert re.fullmatch(rf"amzn1\.echo-api\.session\.{UUID}", session["sessionId"])
    assert session["application"] == {"applicationId": DEFAULT_SKILL_ID}
    assert session["user"] == {"userId": "amzn1.ask.account.ana"}
    assert session["attributes"] == {}
    assert system["application"] == session["application"]
    assert system["user"] == session["user"]
    assert system["device"]["supportedInterfaces"] == {"AudioPlayer": {}}
    assert system["device"]["deviceId"]
    assert system["apiEndpoint"] == "https://api.amazonalexa.com"
    assert system["apiAccessToken"]
    assert envelope["context"]["AudioPlayer"] == {"playerActivity": "IDLE"}
    request = envelope["request"]
    assert request["type"] == "LaunchRequest"
    assert re.fullmatch(rf"amzn1\.echo-api\.request\.{UUID}", request["requestId"])
    assert request["timestamp"] == "2025-03-04T05:06:07Z"
    assert request["locale"] == "en-GB"
    assert isinstance(_as_sdk_sees_it(envelope).request, LaunchRequest)


def test_slots_look_as_alexa_fills_them() -> None:
    envelopes = Envelopes(skill_id="amzn1.ask.skill.test")
    cadence = SlotValue("each minute", Resolution("CadenceType", ER_SUCCESS_MATCH, "minute", "M1"))
    unknown = SlotValue("sometimes", Resolution("CadenceType", ER_SUCCESS_NO_MATCH))

    envelope = envelopes.intent(
        "HoldLengthIntent",
        {"minutes": "12", "length": None, "cadence": cadence, "other": unknown},
    )

    intent = envelope["request"]["intent"]
    assert intent["name"] == "HoldLengthIntent"
    assert intent["confirmationStatus"] == "NONE"
    slots = intent["slots"]
    assert slots["minutes"] == {"name": "minutes", "value": "12", "confirmationStatus": "NONE"}
    assert slots["length"] == {"name": "length", "confirmationStatus": "NONE"}
    authority = "amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.CadenceType"
    assert slots["cadence"]["resolutions"] == {
        "resolutionsPerAuthority": [
            {
                "authority": authority,
                "status": {"code": "ER_SUCCESS_MATCH"},
                "values": [{"value": {"name": "minute", "id": "M1"}}],
            }
        ]
    }
    assert slots["other"]["resolutions"] == {
        "resolutionsPerAuthority": [
            {"authority": authority, "status": {"code": "ER_SUCCESS_NO_MATCH"}}
        ]
    }
    request = _as_sdk_sees_it(envelope).request
    assert isinstance(request, IntentRequest)
    assert request.intent is not None
    assert request.intent.slots is not None
    assert request.intent.slots["minutes"].value == "12"
    assert request.intent.slots["length"].value is None


def test_intents_without_slots_send_none() -> None:
    intent = Envelopes().intent("AMAZON.YesIntent")["request"]["intent"]
    assert intent == {"name": "AMAZON.YesIntent", "confirmationStatus": "NONE"}


def test_a_session_is_new_only_on_its_first_request_and_carries_the_skills_attributes() -> None:
    envelopes = Envelopes()
    first = envelopes.launch()
    assert envelopes.update(_answer(end=False, attributes={"step": "crease"}))
    second = envelopes.intent("FoundItIntent")
    assert envelopes.update(_answer(end=False, attributes={"step": "press"}))
    third = envelopes.intent("AMAZON.YesIntent")

    assert [envelope["session"]["new"] for envelope in (first, second, third)] == [
        True,
        False,
        False,
    ]
    assert len({envelope["session"]["sessionId"] for envelope in (first, second, third)}) == 1
    assert second["session"]["attributes"] == {"step": "crease"}
    assert third["session"]["attributes"] == {"step": "press"}


def test_an_ended_session_is_followed_by_a_new_one() -> None:
    envelopes = Envelopes()
    first = envelopes.launch()
    assert not envelopes.update(_answer(end=True, attributes={"step": "crease"}))
    assert not envelopes.session_open

    after = envelopes.intent("BackPainIntent")

    assert after["session"]["new"] is True
    assert after["session"]["attributes"] == {}
    assert after["session"]["sessionId"] != first["session"]["sessionId"]


def test_session_ended_names_the_reason_and_closes_the_session() -> None:
    envelopes = Envelopes()
    opened = envelopes.launch()

    ended = envelopes.session_ended("ERROR", {"type": "INVALID_RESPONSE", "message": "bad"})

    assert ended["session"]["sessionId"] == opened["session"]["sessionId"]
    assert ended["request"]["reason"] == "ERROR"
    assert ended["request"]["error"] == {"type": "INVALID_RESPONSE", "message": "bad"}
    assert not envelopes.session_open
    request = _as_sdk_sees_it(ended).request
    assert isinstance(request, SessionEndedRequest)
    assert request.reason is not None
    assert request.reason.value == "ERROR"


def test_a_device_without_audio_player_does_not_claim_it() -> None:
    envelope = Envelopes(supports_audio_player=False).launch()
    assert envelope["context"]["System"]["device"]["supportedInterfaces"] == {}
    assert "AudioPlayer" not in envelope["context"]


def test_the_skill_id_comes_from_the_environment_when_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKILL_ID", "amzn1.ask.skill.from-env")
    envelope = Envelopes().launch()
    assert envelope["session"]["application"]["applicationId"] == "amzn1.ask.skill.from-env"
    assert envelope["context"]["System"]["application"]["applicationId"] == (
        "amzn1.ask.skill.from-env"
    )


def test_events_outside_a_session_have_no_session() -> None:
    envelope = Envelopes().event("AudioPlayer.PlaybackStarted", token="t1", offsetInMilliseconds=0)
    assert "session" not in envelope
    assert envelope["request"]["type"] == "AudioPlayer.PlaybackStarted"
    assert envelope["request"]["token"] == "t1"


@pytest.mark.parametrize(
    ("body", "ends"),
    [
        ({"shouldEndSession": True}, True),
        ({"shouldEndSession": False}, False),
        ({}, True),
        ({"reprompt": {"outputSpeech": {"type": "PlainText", "text": "Well?"}}}, False),
    ],
)
def test_whether_an_answer_ends_the_session(body: dict[str, Any], ends: bool) -> None:
    assert ends_session({"version": "1.0", "response": body}) is ends


def test_alexa_asks_whether_the_skill_can_take_an_intent_outside_the_devices_session() -> None:
    envelopes = Envelopes(user_id="ana")
    envelopes.launch()
    own_session = envelopes.session_id

    envelope = envelopes.can_fulfill_intent("BackPainIntent", {"minutes": "10"})

    request = _as_sdk_sees_it(envelope).request
    assert isinstance(request, CanFulfillIntentRequest)
    assert request.intent is not None
    assert request.intent.name == "BackPainIntent"
    assert (request.intent.slots or {})["minutes"].value == "10"
    assert envelope["session"]["new"] is True
    assert envelope["session"]["sessionId"] != own_session
    # The person's own session carries on as it was.
    assert envelopes.session_id == own_session
