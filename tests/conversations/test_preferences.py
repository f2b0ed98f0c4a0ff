"""Preferences by voice: the usual length, how often a hold is counted, and speech rate."""

from __future__ import annotations

import pytest

from skill.routine.hold_token import HoldToken
from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation


def _ssml(reply_raw: dict[str, object]) -> str:
    response = reply_raw["response"]
    assert isinstance(response, dict)
    return str(response["outputSpeech"]["ssml"])


def test_make_my_usual_ten_minutes(person: Conversation, store: SessionStore) -> None:
    said = person.ask("UsualLengthIntent", minutes="10")
    welcome = person.launch()

    assert said.speech == "Done. Your usual hold is now 10 minutes."
    assert said.ended
    assert store.load_profile(person_key(person.user_id)).usual_minutes == 10
    assert welcome.speech.endswith("Shall we do your usual 10 minutes?")


def test_a_usual_length_out_of_range_is_refused(person: Conversation, store: SessionStore) -> None:
    said = person.ask("UsualLengthIntent", length="PT3H")

    assert said.speech == "That's longer than I can time. Choose anything from 1 to 60 minutes."
    assert store.load_profile(person_key(person.user_id)).usual_minutes is None


@pytest.mark.usefixtures("audio_base")
@pytest.mark.parametrize(
    ("intent", "cadence", "said"),
    [
        ("CountEveryFiveMinutesIntent", "five", "I'll tell you the time every five minutes."),
        ("QuietCountIntent", "quiet", "I'll just ring a soft chime every five minutes."),
        ("CountEveryMinuteIntent", "minute", "I'll count every minute."),
    ],
)
def test_the_chosen_cadence_counts_the_next_hold(
    person: Conversation, store: SessionStore, intent: str, cadence: str, said: str
) -> None:
    person.ask("QuietCountIntent" if cadence == "minute" else "CountEveryMinuteIntent")

    chosen = person.ask(intent)
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    hold = person.say("HoldLengthIntent", minutes="10")

    assert chosen.speech == f"Okay. In your holds, {said}"
    assert store.load_profile(person_key(person.user_id)).cadence == cadence
    token = HoldToken.parse(hold.play_directive()["audioItem"]["stream"]["token"])
    assert token is not None
    assert str(token.cadence) == cadence


def test_speak_slower_slows_every_reply_after_it(person: Conversation, store: SessionStore) -> None:
    person.launch()

    slower = person.say("SpeakSlowerIntent")
    next_step = person.say("AMAZON.YesIntent")

    assert slower.speech.startswith("Okay, I'll speak more slowly. Shall we start?")
    assert _ssml(slower.raw).startswith('<speak><prosody rate="85%">Okay')
    assert _ssml(next_step.raw).startswith('<speak><prosody rate="85%">')
    assert store.load_profile(person_key(person.user_id)).speech_rate == "slow"
    later = person.launch()
    assert _ssml(later.raw).startswith('<speak><prosody rate="85%">')


@pytest.mark.parametrize("intent", ["KeepRatingsIntent", "StopKeepingRatingsIntent"])
def test_a_one_shot_that_only_records_a_change_is_spoken_at_the_chosen_rate(
    person: Conversation, intent: str
) -> None:
    """Such a request reads the profile only to save it, after its answer is built."""
    person.ask("SpeakSlowerIntent")

    answer = person.ask(intent)

    assert _ssml(answer.raw).startswith('<speak><prosody rate="85%">Okay')


def test_slower_twice_says_it_is_already_as_slow_as_it_goes(person: Conversation) -> None:
    person.ask("SpeakSlowerIntent")

    again = person.ask("SpeakSlowerIntent")

    assert again.speech == "This is as slowly as I speak."


def test_faster_then_normal_speed(person: Conversation, store: SessionStore) -> None:
    faster = person.ask("SpeakFasterIntent")
    normal = person.ask("NormalSpeedIntent")

    assert faster.speech == "Okay, I'll speak a little faster."
    assert _ssml(faster.raw) == (
        '<speak><prosody rate="115%">Okay, I\'ll speak a little faster.</prosody></speak>'
    )
    assert normal.speech == "Okay, back to my usual speed."
    assert "prosody" not in _ssml(normal.raw)
    assert store.load_profile(person_key(person.user_id)).speech_rate == "normal"
