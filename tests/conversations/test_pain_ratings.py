"""Pain ratings the person gives before and after a hold, stored with that hold."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation
from tests.support.skill_clock import use_clock

NOW = datetime(2026, 11, 23, 18, 0, 5, tzinfo=UTC)


@pytest.fixture
def person(store: SessionStore, monkeypatch: pytest.MonkeyPatch) -> Conversation:
    use_clock(monkeypatch, store, NOW)
    monkeypatch.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")
    return Conversation()


def _to_the_point(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")


def _hold_to_the_end(person: Conversation, minutes: int) -> None:
    play = person.say("HoldLengthIntent", minutes=str(minutes)).play_directive()
    token = play["audioItem"]["stream"]["token"]
    while True:
        enqueued = person.event("PlaybackNearlyFinished", token)
        person.event("PlaybackFinished", token, activity="FINISHED")
        if not enqueued.directives:
            return
        token = enqueued.play_directive()["audioItem"]["stream"]["token"]


def test_a_rating_before_and_after_is_stored_with_the_hold(
    person: Conversation, store: SessionStore
) -> None:
    _to_the_point(person)
    before = person.say("PainRatingIntent", rating="7")
    _hold_to_the_end(person, 5)

    after = person.ask("PainRatingIntent", rating="4")

    assert before.speech.startswith("Thanks. I've noted your pain as 7 out of 10. How long")
    assert not before.ended
    assert after.speech == (
        "Thanks. Your pain was 7 before that hold, and it's 4 now. That's 3 points easier."
    )
    assert after.ended
    [hold] = store.recent_holds(person_key(person.user_id))
    assert (hold.pain_before, hold.pain_after) == (7, 4)


def test_a_rating_after_a_hold_without_one_before(
    person: Conversation, store: SessionStore
) -> None:
    _to_the_point(person)
    _hold_to_the_end(person, 5)

    said = person.ask("PainRatingIntent", rating="3")

    assert said.speech == "Thanks. I've noted your pain as 3 out of 10 after that hold."
    [hold] = store.recent_holds(person_key(person.user_id))
    assert (hold.pain_before, hold.pain_after) == (None, 3)


def test_worse_after_a_hold_is_met_with_care(person: Conversation) -> None:
    _to_the_point(person)
    person.say("PainRatingIntent", rating="4")
    _hold_to_the_end(person, 5)

    said = person.ask("PainRatingIntent", rating="6")

    assert said.speech.endswith("If the pain is getting worse, please check with a doctor.")


def test_a_rating_with_no_hold_near_waits_for_the_next_one(
    person: Conversation, store: SessionStore
) -> None:
    said = person.ask("PainRatingIntent", rating="8")
    person.say("AMAZON.YesIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    person.say("HoldLengthIntent", minutes="5")

    assert said.speech == "Thanks. I've noted your pain as 8 out of 10. Shall we start?"
    assert not said.ended
    [hold] = store.recent_holds(person_key(person.user_id))
    assert hold.pain_before == 8


@pytest.mark.parametrize("rating", ["11", "6.5", None])
def test_a_number_that_is_not_a_rating_is_asked_again(
    person: Conversation, store: SessionStore, rating: str | None
) -> None:
    said = person.ask("PainRatingIntent", rating=rating)

    assert said.speech == (
        "Sorry, I didn't catch that. Say a number from 0 to 10, like: my pain is a 6."
    )
    assert not said.ended
    assert store.recent_holds(person_key(person.user_id)) == []
