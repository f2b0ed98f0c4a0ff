"""The hold belongs to the hold: whoever speaks over it acts on it, for whom it was.

Two people share one account and one Echo. A recognised voice's request carries
`context.System.person` (the current speaker); the device's report carries the hold's
token, which names the voice the hold was for. Pause, resume, stop and "how long is left"
act on the hold the device plays or last played, by a helper's voice or by an
unrecognised one, and its minutes go to whom the hold was for. Where the hold stands,
read from the store, decides what is put off: an ended hold puts off nothing. Runs on
both stores.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from skill.routine.hold_plan import position_at
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldStatus
from skill.store import SessionStore, person_key
from tests.support.conversation import CLEAR_ALL, Conversation, Reply
from tests.support.skill_dynamodb import drop_table

ACCOUNT = "amzn1.ask.account.HOUSEHOLD"
ANN = "amzn1.ask.person.ANN"
BEN = "amzn1.ask.person.BEN"
MINUTE = 60_000
PUT_OFF = "once the hold is done"
CARRY_ON = "Carry on, or start again?"


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


def _start(person: Conversation, minutes: int = 10, *, helping: bool = False) -> str:
    person.ask("BackPainIntent")
    if helping:  # "I'm doing it for my wife": the hold is the account's, not the helper's
        person.say("HelperHoldIntent", helped="wife")
        person.say("AMAZON.NoIntent")  # their own safety check, in two parts: all clear
        person.say("AMAZON.NoIntent")
    else:
        person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    reply = person.say("HoldLengthIntent", minutes=str(minutes))
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


def _at(token: str, held_ms: int) -> tuple[str, int]:
    parsed = HoldToken.parse(token)
    assert parsed is not None
    segment, offset = position_at(parsed.plan, held_ms)
    return parsed.at_segment(segment).encode(), offset


def _played_from(reply: Reply) -> tuple[str, int]:
    stream = reply.play_directive()["audioItem"]["stream"]
    return stream["token"], stream["offsetInMilliseconds"]


def _held(store: SessionStore, person_id: str | None) -> tuple[HoldStatus, int]:
    [hold] = store.recent_holds(person_key(ACCOUNT, person_id))
    return hold.status, hold.held_seconds


# Someone other than Ann: Ben's recognised voice, or a voice Alexa does not recognise
# (Ben's, or Ann's own this time).
OTHERS = [pytest.param(BEN, id="a helper's voice"), pytest.param(None, id="an unrecognised voice")]


@pytest.mark.parametrize("other", OTHERS)
def test_another_voice_pauses_asks_and_resumes_ann_s_hold(
    store: SessionStore, other: str | None
) -> None:
    ann, someone = voice(ANN), voice(other)
    place = _at(_start(ann), 3 * MINUTE)

    paused = someone.during_hold("AMAZON.PauseIntent", *place, activity="PLAYING")
    assert paused.speech == "Paused at 3 of 10 minutes. Say Alexa, resume, when you're ready."
    assert CLEAR_ALL in paused.directives
    assert _held(store, ANN) == (HoldStatus.IN_PROGRESS, 180)

    left = someone.during_hold("TimeLeftIntent", *place, activity="STOPPED")
    assert left.speech == "About 7 minutes left. Say Alexa, resume, to carry on."
    assert left.directives == []

    resumed = someone.during_hold("AMAZON.ResumeIntent", *place, activity="STOPPED")
    assert resumed.speech == "Carrying on: 7 minutes to go."
    assert _played_from(resumed) == place
    # Nothing was written under the speaker: the hold is Ann's alone.
    assert store.recent_holds(person_key(ACCOUNT, other)) == []


@pytest.mark.parametrize("other", OTHERS)
def test_another_voice_stopping_ann_s_hold_credits_ann(
    store: SessionStore, other: str | None
) -> None:
    ann = voice(ANN)
    place = _at(_start(ann), 4 * MINUTE)

    stopped = voice(other).during_hold("AMAZON.StopIntent", *place, activity="PLAYING")

    assert "4 minutes" in stopped.speech
    assert _held(store, ANN) == (HoldStatus.STOPPED, 240)
    assert store.load_profile(person_key(ACCOUNT, ANN)).seconds_held == 240


def test_a_hold_done_by_a_helper_stays_the_account_s_whoever_pauses_it(
    store: SessionStore,
) -> None:
    ben = voice(BEN)
    token = _start(ben, helping=True)
    parsed = HoldToken.parse(token)
    assert parsed is not None
    assert parsed.voice is None
    place = _at(token, 2 * MINUTE)

    paused = ben.during_hold("AMAZON.PauseIntent", *place, activity="PLAYING")
    left = voice(ANN).during_hold("TimeLeftIntent", *place, activity="STOPPED")

    assert paused.speech.startswith("Paused at 2 of 10 minutes.")
    assert left.speech.startswith("About 8 minutes left.")
    assert _held(store, None) == (HoldStatus.IN_PROGRESS, 120)
    assert store.recent_holds(person_key(ACCOUNT, BEN)) == []


def test_another_voice_s_own_progress_is_theirs_and_the_hold_plays_on(
    store: SessionStore,
) -> None:
    place = _at(_start(voice(ANN)), 3 * MINUTE)
    ben = voice(BEN)

    reply = ben.during_hold("ProgressIntent", *place, activity="PLAYING")

    assert reply.speech.startswith("You haven't done a hold with me yet.")
    if ben.log[-1]["context"]["AudioPlayer"]["playerActivity"] == "PLAYING":
        assert _played_from(reply) == place
    else:  # a device that reports STOPPED (toolkit.simulator.variants): as below
        assert reply.speech.endswith("Say Alexa, resume, to carry on.")
        assert reply.directives == []
    assert _held(store, ANN) == (HoldStatus.IN_PROGRESS, 0)


def test_another_voice_s_own_progress_over_a_stopped_hold_leaves_it_to_resume(
    store: SessionStore,
) -> None:
    """Their read is their own holds: the device's STOPPED cannot say whether Ann's hold
    played until Ben spoke or was paused, so it is neither played on nor forgotten."""
    place = _at(_start(voice(ANN)), 3 * MINUTE)

    reply = voice(BEN).during_hold("ProgressIntent", *place, activity="STOPPED")
    resumed = voice(ANN).during_hold("AMAZON.ResumeIntent", *place, activity="STOPPED")

    assert reply.speech.startswith("You haven't done a hold with me yet.")
    assert reply.speech.endswith("Say Alexa, resume, to carry on.")
    assert reply.directives == []
    assert resumed.speech == "Carrying on: 7 minutes to go."
    assert _played_from(resumed) == place
    assert store.recent_holds(person_key(ACCOUNT, BEN)) == []


@pytest.mark.parametrize(
    "ending",
    ["AMAZON.CancelIntent", "AMAZON.StopIntent"],
    ids=["Alexa, cancel", "ask acupressure helper to stop"],
)
def test_an_ended_hold_puts_off_nothing_and_is_not_offered(
    store: SessionStore, ending: str
) -> None:
    ann = voice(ANN)
    place = _at(_start(ann), 4 * MINUTE)
    ann.during_hold(ending, *place, activity="PLAYING")
    assert _held(store, ANN) == (HoldStatus.STOPPED, 240)

    usual = ann.during_hold("UsualLengthIntent", *place, activity="STOPPED", minutes="10")
    assert PUT_OFF not in usual.speech
    assert store.load_profile(person_key(ACCOUNT, ANN)).usual_minutes == 10

    opened = ann.launch_during_hold(*place)
    assert CARRY_ON not in opened.speech
    asked = ann.during_hold("BackPainIntent", *place, activity="STOPPED")
    assert CARRY_ON not in asked.speech
    assert _held(store, ANN) == (HoldStatus.STOPPED, 240)


def test_a_paused_hold_lets_other_requests_through(store: SessionStore) -> None:
    ann = voice(ANN)
    place = _at(_start(ann), 4 * MINUTE)
    ann.during_hold("AMAZON.PauseIntent", *place, activity="PLAYING")

    usual = ann.during_hold("UsualLengthIntent", *place, activity="STOPPED", minutes="10")
    left = ann.during_hold("TimeLeftIntent", *place, activity="STOPPED")
    opened = ann.launch_during_hold(*place)

    assert PUT_OFF not in usual.speech
    assert store.load_profile(person_key(ACCOUNT, ANN)).usual_minutes == 10
    assert left.speech == "About 6 minutes left. Say Alexa, resume, to carry on."
    assert opened.speech == "You were 4 of 10 minutes into the hold. " + CARRY_ON
    assert _held(store, ANN) == (HoldStatus.IN_PROGRESS, 240)


def test_a_playing_hold_still_puts_off_what_has_its_own_time(store: SessionStore) -> None:
    ann = voice(ANN)
    place = _at(_start(ann), 4 * MINUTE)

    usual = ann.during_hold("UsualLengthIntent", *place, activity="PLAYING", minutes="10")

    assert PUT_OFF in usual.speech
    assert _played_from(usual) == place
