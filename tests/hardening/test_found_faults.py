"""Faults that fuzzing and the hardening runs found in the skill, each in its smallest form.

Each was fixed; these tests keep them fixed.
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
from skill.routine.model import HoldStatus
from skill.speech import english
from skill.store import open_store, person_key
from tests.fuzz.answers import check_answer
from tests.fuzz.offline import OfflineConversation
from toolkit.web.app import create_app

PERSON = "amzn1.ask.account.FOUND-FAULTS"


@pytest.fixture(autouse=True)
def store(embedded: Path) -> Path:
    return embedded


def _hold_token(person: OfflineConversation, minutes: int) -> str:
    reply = person.start_hold(minutes)
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


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


def test_an_envelope_whose_system_the_sdk_wiped_still_gets_an_answer() -> None:
    launch = template("launch_request.json")
    launch["context"]["System"]["__dict__"] = {}
    check_answer(lambda_handler(launch, None), launch)


def test_the_web_service_turns_away_a_device_event_without_context() -> None:
    client: FlaskClient = create_app(verify=False).test_client()
    event = template("audio_player_event.json")
    del event["context"]
    reply = client.post("/", json=event)
    # Turned away like any envelope the skill cannot read, before the skill runs.
    assert reply.status_code == 400
    assert reply.get_json() == {
        "error": "bad request",
        "reason": "the request has no context.System",
    }


def test_stopping_during_the_closing_words_counts_the_whole_hold_completed() -> None:
    person = OfflineConversation(user_id=PERSON)
    first = _hold_token(person, 40)
    final = person.event("PlaybackNearlyFinished", first).play_directive()["audioItem"]["stream"]
    # Ten seconds into the closing words: the forty minutes are all held.
    into_final_ms = 40 * 60_000 - 10 * 60_000  # the early segment counts the first ten
    person.during_hold(
        "AMAZON.StopIntent", final["token"], final["offsetInMilliseconds"] + into_final_ms + 10_000
    )
    store = open_store()
    [hold] = store.recent_holds(person_key(PERSON))
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 40 * 60)
    profile = store.load_profile(person_key(PERSON))
    assert (profile.holds_completed, profile.seconds_held) == (1, 40 * 60)


def test_a_hold_started_while_another_device_ends_one_is_recorded() -> None:
    phone = OfflineConversation(user_id=PERSON)
    kitchen = OfflineConversation(user_id=PERSON)
    phone.ask("UsualLengthIntent", minutes="12")
    token = _hold_token(phone, 12)
    kitchen.launch()
    kitchen.say("AMAZON.YesIntent")  # their usual twelve minutes
    phone.during_hold("AMAZON.StopIntent", token, 120_000)
    started = kitchen.say("FoundItIntent")
    assert started.play_directive()
    assert "couldn't save" not in started.speech
    holds = open_store().recent_holds(person_key(PERSON))
    assert sorted(hold.status for hold in holds) == [HoldStatus.IN_PROGRESS, HoldStatus.STOPPED]


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
