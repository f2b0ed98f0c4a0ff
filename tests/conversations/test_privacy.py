"""Deleting a person's data when they ask or disable the skill, and never keeping who they are.

Runs on both stores; what is kept is read straight from the SQLite file or the table.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from skill.speech import privacy_words
from skill.store import SessionStore, person_key
from skill.store.dynamodb_client import make_client
from tests.support.conversation import Conversation, Reply, fixture
from tests.support.skill_dynamodb import drop_table

OTHER = "amzn1.ask.account.SOMEONE-ELSE"


pytestmark = pytest.mark.usefixtures("audio_base")


@pytest.fixture(autouse=True)
def drop_the_table(store: SessionStore) -> Iterator[None]:
    yield
    table = os.environ.get("SESSIONS_TABLE")
    if table:
        drop_table(os.environ["AWS_ENDPOINT_URL_DYNAMODB"], table)


def kept_records() -> list[str]:
    """Everything the configured store keeps, one record a line, read past the store."""
    table = os.environ.get("SESSIONS_TABLE")
    if table:
        pages = make_client().get_paginator("scan").paginate(TableName=table)
        return [json.dumps(item, sort_keys=True) for page in pages for item in page["Items"]]
    with sqlite3.connect(os.environ["ACUPRESSURE_DB"]) as db:
        return [line for line in db.iterdump() if line.startswith("INSERT")]


def kept_bytes() -> bytes:
    """The raw bytes the store keeps: the SQLite files, or every item of the table."""
    if os.environ.get("SESSIONS_TABLE"):
        return "\n".join(kept_records()).encode()
    db = Path(os.environ["ACUPRESSURE_DB"])
    return b"".join(path.read_bytes() for path in db.parent.glob(f"{db.name}*"))


def records_of(user_id: str) -> list[str]:
    return [record for record in kept_records() if person_key(user_id) in record]


def _token(reply: Reply) -> str:
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


def a_whole_hold(person: Conversation) -> None:
    """The way to the point, then a 40-minute hold (two segments) played to its end."""
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    first = _token(person.say("HoldLengthIntent", minutes="40"))
    person.event("PlaybackStarted", first)
    last = _token(person.event("PlaybackNearlyFinished", first))
    person.event("PlaybackFinished", first, activity="PLAYING")
    person.event("PlaybackStarted", last)
    person.event("PlaybackNearlyFinished", last)
    person.event("PlaybackFinished", last, activity="FINISHED")


def skill_disabled(person: Conversation) -> Reply:
    """The event Alexa sends when the person disables the skill: no session, a body."""
    system = copy.deepcopy(fixture("intent_request.json")["context"]["System"])
    system["user"]["userId"] = person.user_id
    del system["device"]
    return person.send(
        {
            "version": "1.0",
            "context": {"System": system},
            "request": {
                "type": "AlexaSkillEvent.SkillDisabled",
                "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
                "timestamp": "2026-11-23T18:00:05Z",
                "eventCreationTime": "2026-11-23T18:00:00Z",
                "eventPublishingTime": "2026-11-23T18:00:01Z",
                "body": {"userInformationPersistenceStatus": "NOT_PERSISTED"},
            },
        }
    )


def test_yes_deletes_everything_of_that_person_and_nothing_of_anyone_else(
    person: Conversation, store: SessionStore
) -> None:
    a_whole_hold(person)
    someone_else = Conversation(user_id=OTHER)
    a_whole_hold(someone_else)
    theirs = records_of(OTHER)
    assert len(records_of(person.user_id)) == 2  # the profile and the hold

    person.launch()
    asked = person.say("DeleteDataIntent")
    deleted = person.say("AMAZON.YesIntent")

    assert asked.speech == privacy_words.DELETE_QUESTION
    assert not asked.ended
    assert deleted.speech == privacy_words.DELETED
    assert deleted.ended
    assert deleted.session_attributes == {}
    assert records_of(person.user_id) == []
    assert records_of(OTHER) == theirs
    assert store.load_profile(person_key(person.user_id)).is_new
    assert store.recent_holds(person_key(person.user_id)) == []
    # Next time, they are welcomed as someone new.
    person.clears_safety_check = False
    assert "safety check" in person.ask("BackPainIntent").speech


def test_no_keeps_everything_and_goes_back_to_the_step(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    step = person.say("AMAZON.NextIntent")
    before = kept_records()
    assert records_of(person.user_id) == before != []

    person.say("DeleteDataIntent")
    kept = person.say("AMAZON.NoIntent")

    assert kept.speech.startswith(privacy_words.KEPT)
    assert "find the crease" in step.speech
    assert "find the crease" in kept.speech
    assert not kept.ended
    # A later yes means what it means at that step; it deletes nothing.
    assert "two firm cords" in person.say("AMAZON.YesIntent").speech
    assert kept_records() == before


def test_anything_but_yes_keeps_everything(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    before = kept_records()
    assert records_of(person.user_id) == before != []

    person.say("DeleteDataIntent")
    again = person.say("AMAZON.HelpIntent")
    moved_on = person.say("AMAZON.NextIntent")
    later = person.say("AMAZON.YesIntent")

    assert again.speech == privacy_words.DELETE_QUESTION
    assert moved_on.speech.startswith(privacy_words.KEPT)
    assert "get comfortable" in moved_on.speech
    assert "find the crease" in later.speech
    assert kept_records() == before


def test_asked_in_one_go_and_declined(person: Conversation) -> None:
    a_whole_hold(person)
    before = kept_records()

    asked = person.ask("DeleteDataIntent")
    declined = person.say("AMAZON.NoIntent")

    assert asked.speech == privacy_words.DELETE_QUESTION
    assert declined.speech == privacy_words.KEPT_GOODBYE
    assert declined.ended
    assert kept_records() == before


def test_disabling_the_skill_deletes_everything_of_that_person(person: Conversation) -> None:
    a_whole_hold(person)
    someone_else = Conversation(user_id=OTHER)
    a_whole_hold(someone_else)
    theirs = records_of(OTHER)

    reply = skill_disabled(person)

    assert reply.raw["version"] == "1.0"
    assert reply.response == {}
    assert records_of(person.user_id) == []
    assert records_of(OTHER) == theirs


@pytest.mark.usefixtures("in_lambda")
def test_who_the_person_is_is_never_kept_nor_logged(
    person: Conversation,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    access_token = fixture("intent_request.json")["context"]["System"]["apiAccessToken"]

    person.launch()
    person.say("AMAZON.YesIntent")
    person.say("SelfHoldIntent")
    person.say("AMAZON.NextIntent")
    person.say("FoundItIntent")
    first = _token(person.say("HoldLengthIntent", minutes="40"))
    person.event("PlaybackStarted", first)
    person.during_hold("TimeLeftIntent", first, 60_000)
    person.during_hold("AMAZON.PauseIntent", first, 90_000)
    person.during_hold("AMAZON.ResumeIntent", first, 90_000, activity="STOPPED")
    last = _token(person.event("PlaybackNearlyFinished", first))
    person.during_hold("AMAZON.StopIntent", last, 60_000)
    person.ask("DeleteDataIntent")
    person.say("AMAZON.NoIntent")

    kept = kept_bytes()
    printed = capsys.readouterr()
    assert person_key(person.user_id).encode() in kept
    assert caplog.records  # the requests were logged, and botocore's too on DynamoDB
    for secret in (person.user_id, access_token):
        assert secret.encode() not in kept
        assert secret not in caplog.text
        assert all(secret not in str(record.args) for record in caplog.records)
        assert secret not in printed.out + printed.err
