"""Help, stop, cancel, fallback, go home, session end, and faults, at every stage."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from skill import lambda_function
from skill.handlers.way.locating import NextHandler
from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation, Reply


def _offer(person: Conversation) -> Reply:
    return person.launch()


def _holder(person: Conversation) -> Reply:
    return person.ask("BackPainIntent")


def _locate(person: Conversation) -> Reply:
    person.ask("BackPainIntent")
    return person.say("SelfHoldIntent")


def _length(person: Conversation) -> Reply:
    _locate(person)
    return person.say("FoundItIntent")


STAGES: dict[str, tuple[Callable[[Conversation], Reply], str]] = {
    "offer": (_offer, "Say yes to start"),
    "holder": (_holder, "Say myself"),
    "locate": (_locate, "say next, go back, repeat, or where is it"),
    "length": (_length, "how many minutes"),
}


@pytest.mark.parametrize("stage", STAGES)
def test_help_says_what_can_be_said_here(person: Conversation, stage: str) -> None:
    reach, expected = STAGES[stage]
    reach(person)
    reply = person.say("AMAZON.HelpIntent")
    assert expected.lower() in reply.speech.lower()
    assert not reply.ended


@pytest.mark.parametrize("stage", STAGES)
def test_fallback_reasks_what_is_expected_here(person: Conversation, stage: str) -> None:
    reach, _ = STAGES[stage]
    before = reach(person)
    reply = person.say("AMAZON.FallbackIntent")
    assert reply.speech.startswith("Sorry, I didn't get that.")
    assert reply.reprompt == before.reprompt
    assert not reply.ended


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize(
    "intent", ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"]
)
def test_stop_and_cancel_end_politely_anywhere(
    person: Conversation, stage: str, intent: str
) -> None:
    reach, _ = STAGES[stage]
    reach(person)
    reply = person.say(intent)
    assert reply.ended
    assert "Take care" in reply.speech


def test_an_intent_the_skill_does_not_know_gets_a_reprompt(person: Conversation) -> None:
    _locate(person)
    reply = person.say("SomethingNobodyDefined", thing="x")
    assert reply.speech.startswith("Sorry, I didn't get that.")
    assert not reply.ended


def test_session_ended_gets_an_empty_valid_answer(person: Conversation) -> None:
    _locate(person)
    reply = person.end_session("EXCEEDED_MAX_REPROMPTS")
    assert reply.raw["version"] == "1.0"
    assert "outputSpeech" not in reply.response


def test_a_fault_is_a_short_apology_and_a_way_forward(
    person: Conversation, monkeypatch: pytest.MonkeyPatch
) -> None:
    _locate(person)

    def broken(self: NextHandler, handler_input: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(NextHandler, "handle", broken)
    reply = person.say("AMAZON.NextIntent")
    assert reply.speech.startswith("Sorry, something went wrong on my side.")
    assert "Say next when you're ready" in reply.speech
    assert not reply.ended
    assert "Traceback" not in reply.speech and "a bug" not in reply.speech


def test_a_store_that_cannot_be_opened_still_guides_the_person(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    monkeypatch.setenv("ACUPRESSURE_DB", str(blocker / "sessions.sqlite3"))
    lambda_function.reset()
    person = Conversation()
    reply = person.ask("BackPainIntent")
    assert "yourself, or is someone helping" in reply.speech
    assert "couldn't save that just now" in reply.speech
    reply = person.say("SelfHoldIntent")
    assert "get comfortable" in reply.speech
    lambda_function.reset()


def test_an_unreadable_envelope_gets_a_valid_apology(store: SessionStore) -> None:
    for event in ({}, {"version": "1.0"}, {"request": "nonsense"}, {"request": {"type": 7}}):
        answer = lambda_function.lambda_handler(event, None)
        assert answer["version"] == "1.0"
        assert "Sorry" in answer["response"]["outputSpeech"]["ssml"]


def test_logs_never_carry_the_person_or_their_tokens(
    person: Conversation, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _length(person)
    person.say("HoldLengthIntent", minutes="12")
    logged = caplog.text
    assert logged
    assert person.user_id not in logged
    assert "TEST.API.ACCESS.TOKEN" not in logged


def test_a_request_for_another_skill_is_refused(
    person: Conversation, store: SessionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SKILL_ID", "amzn1.ask.skill.this-one")
    reply = person.ask("BackPainIntent")
    assert reply.response == {"shouldEndSession": True}
    assert store.load_profile(person_key(person.user_id)).is_new


def test_a_request_for_this_skill_is_answered_when_its_id_is_set(
    person: Conversation, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SKILL_ID", "amzn1.ask.skill.00000000-0000-0000-0000-000000000000")
    assert "yourself, or is someone helping" in person.ask("BackPainIntent").speech
