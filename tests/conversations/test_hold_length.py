"""Choosing the hold's length: confirmed, remembered, and re-asked when it can't be used."""

from __future__ import annotations

import pytest

from skill.routine.model import HoldStatus
from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation, Reply


def _at_length_question(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")


def _finish(person: Conversation, started: Reply) -> None:
    """Play the hold that `started` began through to its end, as the device reports it."""
    token = started.play_directive()["audioItem"]["stream"]["token"]
    while directives := person.event("PlaybackNearlyFinished", token).directives:
        token = directives[0]["audioItem"]["stream"]["token"]
    person.event("PlaybackFinished", token, activity="FINISHED")


def _held_to_the_end(person: Conversation, minutes: str) -> None:
    _at_length_question(person)
    _finish(person, person.say("HoldLengthIntent", minutes=minutes))


@pytest.mark.parametrize(
    ("slots", "minutes"),
    [
        ({"minutes": "5"}, 5),
        ({"minutes": "30"}, 30),
        ({"minutes": "12"}, 12),
        ({"length": "PT12M"}, 12),
        ({"length": "PT30M"}, 30),
        ({"length": "PT1H"}, 60),
    ],
)
def test_a_length_is_confirmed_and_starts_the_hold(
    person: Conversation, store: SessionStore, slots: dict[str, str], minutes: int
) -> None:
    _at_length_question(person)
    reply = person.say("HoldLengthIntent", **slots)
    spoken = "1 minute" if minutes == 1 else f"{minutes} minutes"
    assert reply.speech.startswith(f"{spoken} it is.")
    assert "remember" not in reply.speech
    key = person_key(person.user_id)
    [hold] = store.recent_holds(key)
    assert hold.planned_seconds == minutes * 60
    assert hold.status == HoldStatus.IN_PROGRESS


def test_as_long_as_it_takes_is_a_suggestion_that_starts_only_after_a_yes(
    person: Conversation, store: SessionStore
) -> None:
    _at_length_question(person)
    reply = person.say("RecommendedLengthIntent")
    assert reply.speech == "I'd suggest 30 minutes, for the full effect. Shall we do 30?"
    assert not reply.ended
    assert store.recent_holds(person_key(person.user_id)) == []
    reply = person.say("AMAZON.YesIntent")
    assert reply.speech.startswith("30 minutes it is.")
    [hold] = store.recent_holds(person_key(person.user_id))
    assert hold.planned_seconds == 30 * 60


def test_no_to_a_suggested_length_asks_for_another(
    person: Conversation, store: SessionStore
) -> None:
    _at_length_question(person)
    person.say("RecommendedLengthIntent")
    reply = person.say("AMAZON.NoIntent")
    assert reply.speech.startswith("Alright. How long would you like instead?")
    assert store.recent_holds(person_key(person.user_id)) == []
    assert "10 minutes it is" in person.say("HoldLengthIntent", minutes="10").speech


@pytest.mark.parametrize(
    ("intent", "minutes"), [("FullLengthIntent", 30), ("QuickLengthIntent", 5)]
)
def test_the_full_thirty_and_a_quick_one_are_lengths(
    person: Conversation, store: SessionStore, intent: str, minutes: int
) -> None:
    _at_length_question(person)
    reply = person.say(intent)
    assert reply.speech.startswith(f"{minutes} minutes it is.")
    [hold] = store.recent_holds(person_key(person.user_id))
    assert hold.planned_seconds == minutes * 60


def test_the_usual_length_changes_only_for_a_finished_hold(
    person: Conversation, store: SessionStore
) -> None:
    _held_to_the_end(person, "12")
    assert "usual 12 minutes" in person.launch().speech
    person.say("AMAZON.YesIntent")
    person.say("FoundItIntent")
    person.say("AMAZON.StopIntent")
    # A 20-minute hold, stopped part-way: the usual stays 12.
    person.ask("BackPainIntent")
    person.say("FoundItIntent")
    token = person.say("HoldLengthIntent", minutes="20").play_directive()["audioItem"]["stream"]
    person.during_hold("AMAZON.PauseIntent", token["token"], 60_000)
    assert "usual 12 minutes" in person.launch().speech


def test_a_finished_trial_minute_does_not_become_the_usual(person: Conversation) -> None:
    _held_to_the_end(person, "12")
    person.launch()
    person.say("AMAZON.YesIntent")
    _finish(person, person.say("FoundItIntent"))
    _at_length_question(person)
    _finish(person, person.say("HoldLengthIntent", minutes="1"))
    assert "usual 12 minutes" in person.launch().speech


def test_the_usual_asks_for_the_usual_length(person: Conversation, store: SessionStore) -> None:
    _held_to_the_end(person, "8")
    person.launch()
    person.say("AMAZON.NoIntent")
    reply = person.say("SameAsUsualIntent")
    assert reply.speech.startswith("8 minutes, noted. Find the point")
    assert person.say("FoundItIntent").speech.startswith("Well done. 8 minutes it is.")


@pytest.mark.parametrize(
    ("slots", "why"),
    [
        ({"minutes": "0"}, "too short"),
        ({"minutes": "61"}, "longer than I can time"),
        ({"length": "PT2H"}, "longer than I can time"),
        ({"length": "PT20S"}, "too short"),
        ({"minutes": "?"}, "didn't catch"),
        ({"minutes": None, "length": None}, "didn't catch"),
        ({"minutes": "-5"}, "too short"),
    ],
)
def test_a_length_that_cannot_be_used_is_asked_again(
    person: Conversation, store: SessionStore, slots: dict[str, str | None], why: str
) -> None:
    _at_length_question(person)
    reply = person.say("HoldLengthIntent", **slots)
    assert why in reply.speech
    assert "1 to 60 minutes" in reply.speech
    assert not reply.ended
    assert store.recent_holds(person_key(person.user_id)) == []
    assert "12 minutes it is" in person.say("HoldLengthIntent", minutes="12").speech


def test_a_length_said_early_is_kept_until_the_point_is_found(
    person: Conversation, store: SessionStore
) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    reply = person.say("HoldLengthIntent", minutes="10")
    assert "10 minutes, noted" in reply.speech
    assert not reply.ended
    reply = person.say("FoundItIntent")
    assert "10 minutes it is" in reply.speech
    [hold] = store.recent_holds(person_key(person.user_id))
    assert hold.planned_seconds == 600


def test_found_before_the_step_on_pressing_with_a_length_chosen_the_tip_is_short(
    person: Conversation,
) -> None:
    """The tip on pressing, the length and the hold's start are one turn: a breath long,
    with how the person chose to be counted, and the warning against sharp pain kept."""
    person.ask("CountEveryFiveMinutesIntent")
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("HoldLengthIntent", minutes="25")

    reply = person.say("FoundItIntent")

    assert reply.speech.startswith("Well done. Press firmly, never sharply. 25 minutes it is.")
    assert "every five" in reply.speech
    assert len(reply.speech.split()) <= 40
    assert reply.play_directive()


def test_found_before_the_step_on_pressing_the_whole_tip_leads_to_the_length(
    person: Conversation,
) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")

    reply = person.say("FoundItIntent")

    assert reply.speech.startswith(
        "Well done. Press firmly but comfortably, never sharply; one knee or both."
    )
    assert "How long" in reply.speech


def test_a_returning_person_is_offered_their_usual(
    person: Conversation, store: SessionStore
) -> None:
    _held_to_the_end(person, "12")
    reply = person.launch()
    assert "usual 12 minutes" in reply.speech
    assert "safety" not in reply.speech
    reply = person.say("AMAZON.YesIntent")
    assert "middle of the crease behind the knee" in reply.speech
    reply = person.say("FoundItIntent")
    assert "12 minutes it is" in reply.speech
    assert "remember" not in reply.speech
    assert len(store.recent_holds(person_key(person.user_id))) == 2


def test_a_returning_person_can_choose_another_length(person: Conversation) -> None:
    _held_to_the_end(person, "12")
    person.launch()
    reply = person.say("HoldLengthIntent", minutes="20")
    assert "20 minutes, noted" in reply.speech
    assert "20 minutes it is" in person.say("FoundItIntent").speech


def test_a_returning_person_can_ask_for_the_steps_again(person: Conversation) -> None:
    _held_to_the_end(person, "12")
    person.launch()
    person.say("AMAZON.YesIntent")
    reply = person.say("BackPainIntent")
    assert "get comfortable" in reply.speech


def test_no_to_the_usual_asks_what_instead_and_never_carries_on_as_if_yes(
    person: Conversation, store: SessionStore
) -> None:
    _held_to_the_end(person, "12")
    person.launch()
    reply = person.say("AMAZON.NoIntent")
    assert reply.speech == (
        "Alright. What would you like instead: another length, like 10 minutes, or not today?"
    )
    assert "Find the point" not in reply.speech
    reply = person.say("HoldLengthIntent", minutes="20")
    assert reply.speech.startswith("20 minutes, noted.")
    assert "20 minutes it is" in person.say("FoundItIntent").speech


@pytest.mark.parametrize("answer", ["NotTodayIntent", "AMAZON.NoIntent"])
def test_not_today_ends_kindly(person: Conversation, answer: str) -> None:
    _held_to_the_end(person, "12")
    person.launch()
    if answer == "AMAZON.NoIntent":
        person.say("AMAZON.NoIntent")
    reply = person.say(answer)
    assert reply.ended
    assert "Whenever you need me" in reply.speech
