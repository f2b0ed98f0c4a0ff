"""Each voice its own person: two people on one Amazon account, told apart by Alexa.

With skill personalization, a recognised speaker's requests carry
`context.System.person.personId`; the hold's own device events carry none, so the hold's
token says whose it is. Runs on both stores.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

import pytest

from skill.routine.usual_length import usual_length
from skill.store import SessionStore, person_key, voice_key, voice_person
from tests.conversations.test_privacy import (
    a_whole_hold,
    kept_bytes,
    kept_records,
    skill_disabled,
)
from tests.support.conversation import Conversation
from tests.support.skill_dynamodb import drop_table

ACCOUNT = "amzn1.ask.account.HOUSEHOLD"
ANN = "amzn1.ask.person.ANN"
BEN = "amzn1.ask.person.BEN"


@pytest.fixture(autouse=True)
def audio_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")


@pytest.fixture(autouse=True)
def drop_the_table(store: SessionStore) -> Iterator[None]:
    yield
    table = os.environ.get("SESSIONS_TABLE")
    if table:
        drop_table(os.environ["AWS_ENDPOINT_URL_DYNAMODB"], table)


def voice(person_id: str | None) -> Conversation:
    return Conversation(user_id=ACCOUNT, person_id=person_id)


def key(person_id: str | None) -> str:
    return person_key(ACCOUNT, person_id)


def test_two_voices_on_one_account_keep_separate_progress(store: SessionStore) -> None:
    ann, ben = voice(ANN), voice(BEN)
    a_whole_hold(ann)
    ben.ask("UsualLengthIntent", minutes="20")

    ann_progress = ann.ask("ProgressIntent")
    ben_progress = ben.ask("ProgressIntent")

    assert "1 hold, 40 minutes in all" in ann_progress.speech
    assert ben_progress.speech.startswith("You haven't done a hold with me yet.")
    anns = store.load_profile(key(ANN))
    assert usual_length(anns.usual_minutes, anns.extras, anns.holds_completed) == 40
    assert store.load_profile(key(ANN)).holds_completed == 1  # recorded by the device's events
    assert store.load_profile(key(BEN)).usual_minutes == 20
    assert store.load_profile(key(BEN)).holds_started == 0
    # Someone Alexa does not recognise is the account, as before voices were told apart.
    assert store.load_profile(key(None)).is_new
    assert voice(None).ask("ProgressIntent").speech.startswith("You haven't done a hold")


def test_a_voice_is_kept_only_as_a_hash(store: SessionStore) -> None:
    a_whole_hold(voice(ANN))

    kept = kept_bytes()

    assert voice_person(person_key(ACCOUNT), voice_key(ANN)) == key(ANN)
    assert voice_key(ANN).encode() in kept
    for raw in (ANN, ACCOUNT):
        assert raw.encode() not in kept


def test_delete_my_data_deletes_only_the_speaker_s(store: SessionStore) -> None:
    ann, ben, anyone = voice(ANN), voice(BEN), voice(None)
    for person in (ann, ben, anyone):
        a_whole_hold(person)
    before = kept_records()
    anns = [record for record in before if voice_key(ANN) in record]
    assert len(anns) == 2  # her profile and her hold

    ann.ask("DeleteDataIntent")
    ann.say("AMAZON.YesIntent")

    assert sorted(kept_records()) == sorted(set(before) - set(anns))
    assert store.load_profile(key(ANN)).is_new
    assert store.load_profile(key(BEN)).holds_completed == 1
    assert store.load_profile(key(None)).holds_completed == 1


def test_the_account_s_delete_my_data_leaves_the_voices_theirs(store: SessionStore) -> None:
    ann, anyone = voice(ANN), voice(None)
    a_whole_hold(ann)
    a_whole_hold(anyone)

    anyone.ask("DeleteDataIntent")
    anyone.say("AMAZON.YesIntent")

    assert store.load_profile(key(None)).is_new
    assert store.recent_holds(key(None)) == []
    assert store.load_profile(key(ANN)).holds_completed == 1


def test_disabling_the_skill_deletes_every_voice_on_the_account(store: SessionStore) -> None:
    for person in (voice(ANN), voice(BEN), voice(None)):
        a_whole_hold(person)
    neighbour = Conversation(user_id="amzn1.ask.account.NEXT-DOOR", person_id=ANN)
    a_whole_hold(neighbour)
    theirs = sorted(kept_records())
    assert len(theirs) == 8

    skill_disabled(voice(None))

    assert len(kept_records()) == 2
    assert all(person_key(neighbour.user_id) in record for record in kept_records())


def test_a_voice_s_hold_events_are_never_logged_with_its_id(
    store: SessionStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    a_whole_hold(voice(ANN))

    assert ANN not in caplog.text
