"""Faults that fuzzing and the hardening runs found in the skill, each in its smallest form.

Every test states what should happen and is marked as a strict expected failure until the
skill is fixed: a fix makes it pass, strict xfail turns that into a failure, and the marker
(with the matching carve-out in tests/fuzz/known_faults.py) comes off.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from bench.envelopes import template
from skill.lambda_function import lambda_handler
from skill.speech import english
from skill.store import HoldStatus, open_store, person_key
from skill.web import create_app
from tests.fuzz.answers import check_answer
from tests.fuzz.offline import OfflineConversation

PERSON = "amzn1.ask.account.FOUND-FAULTS"


@pytest.fixture(autouse=True)
def store(embedded: Path) -> Path:
    return embedded


def _hold_token(person: OfflineConversation, minutes: int) -> str:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    reply = person.say("HoldLengthIntent", minutes=str(minutes))
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


@pytest.mark.xfail(
    strict=True,
    reason="lambda_function.lambda_handler answers an envelope it cannot read with _apology(), "
    "which speaks, whatever the request: an AudioPlayer event must get no speech",
)
@pytest.mark.parametrize(
    "damage",
    ["a player activity newer than the SDK knows", "no context.System"],
)
def test_a_device_event_the_skill_cannot_read_gets_no_speech(damage: str) -> None:
    event = template("audio_player_event.json")
    if damage == "no context.System":
        del event["context"]["System"]
    else:
        event["context"]["AudioPlayer"]["playerActivity"] = "PLAYING_ADVERT"
    answer = lambda_handler(event, None)
    check_answer(answer, event)


@pytest.mark.xfail(
    strict=True,
    reason="lambda_function.lambda_handler calls _skill.invoke unguarded; the SDK's "
    "deserialiser sets any unknown key as an attribute, so a '__dict__' key wipes "
    "context.System and invoke raises AttributeError out of the Lambda",
)
def test_an_envelope_whose_system_the_sdk_wiped_still_gets_an_answer() -> None:
    launch = template("launch_request.json")
    launch["context"]["System"]["__dict__"] = {}
    check_answer(lambda_handler(launch, None), launch)


@pytest.mark.xfail(
    strict=True,
    reason="web.AlexaEndpoint.answer apologises aloud (HTTP 200 with speech) when invoke "
    "fails, even to an AudioPlayer event; an envelope without context.System should be "
    "turned away (400) like any other unreadable one",
)
def test_the_web_service_does_not_speak_to_a_device_event_without_context() -> None:
    client: FlaskClient = create_app(verify=False).test_client()
    event = template("audio_player_event.json")
    del event["context"]
    reply = client.post("/", json=event)
    answer = reply.get_json()
    assert reply.status_code == 400 or "outputSpeech" not in answer["response"]


@pytest.mark.xfail(
    strict=True,
    reason="hold_controls.StopHoldHandler takes hold_plan.elapsed_ms of the device's offset, "
    "which past the hold's end (during the closing words) exceeds the plan: the hold is "
    "stored as stopped with more seconds than planned, and never counted as completed",
)
def test_stopping_during_the_closing_words_keeps_the_hold_within_its_plan() -> None:
    person = OfflineConversation(user_id=PERSON)
    first = _hold_token(person, 12)
    final = person.event("PlaybackNearlyFinished", first).play_directive()["audioItem"]["stream"]
    # Ten seconds into the closing words: the twelve minutes are all held.
    into_final_ms = 12 * 60_000 - 308_000  # the opening segment counts the first 5:08
    person.during_hold(
        "AMAZON.StopIntent", final["token"], final["offsetInMilliseconds"] + into_final_ms + 10_000
    )
    [hold] = open_store().recent_holds(person_key(PERSON))
    assert hold.held_seconds <= hold.planned_seconds


@pytest.mark.xfail(
    strict=True,
    reason="turn.Turn.begin_hold has no conflict recovery (unlike _save_changes): a hold "
    "started in a session whose cached profile another device changed since is not "
    "recorded, and the person is told it could not be saved",
)
def test_a_hold_started_while_another_device_ends_one_is_recorded() -> None:
    phone = OfflineConversation(user_id=PERSON)
    kitchen = OfflineConversation(user_id=PERSON)
    token = _hold_token(phone, 12)
    kitchen.launch()
    kitchen.say("AMAZON.YesIntent")  # their usual twelve minutes
    phone.during_hold("AMAZON.StopIntent", token, 120_000)
    started = kitchen.say("FoundItIntent")
    assert started.play_directive()
    assert "couldn't save" not in started.speech
    holds = open_store().recent_holds(person_key(PERSON))
    assert sorted(hold.status for hold in holds) == [HoldStatus.IN_PROGRESS, HoldStatus.STOPPED]


@pytest.mark.xfail(
    strict=True,
    reason="turn.Turn._cached_profile builds Profile(**cached) without checking field "
    "types, so a profile kept in the session by another version of the skill (a count "
    "as text) makes the turn fail with TypeError",
)
def test_a_profile_kept_by_another_version_does_not_fail_the_turn(
    caplog: pytest.LogCaptureFixture,
) -> None:
    person = OfflineConversation(user_id=PERSON)
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    kept: dict[str, Any] = copy.deepcopy(person.attributes or {})
    kept["profile"]["holds_started"] = str(kept["profile"]["holds_started"])
    person.attributes = kept
    with caplog.at_level(logging.ERROR, logger="skill"):
        reply = person.say("HoldLengthIntent", minutes="12")
    assert english.SORRY not in reply.speech
    assert [record for record in caplog.records if record.levelno >= logging.ERROR] == []
