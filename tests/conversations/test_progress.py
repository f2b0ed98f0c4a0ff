"""How am I doing, and when did I last do it: from the holds the store kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from skill.routine.model import HoldSession, HoldStatus
from skill.store import SessionStore, person_key
from skill.store.hold_ids import new_hold_id
from tests.support.alexa_apis import DeviceWithApis
from tests.support.skill_clock import use_clock
from toolkit.simulator.alexa_apis import AlexaApis

# Monday 23 November 2026, 6 pm in London (UTC+0).
NOW = datetime(2026, 11, 23, 18, 0, 5, tzinfo=UTC)


@pytest.fixture
def person(
    store: SessionStore, alexa_apis: AlexaApis, monkeypatch: pytest.MonkeyPatch
) -> DeviceWithApis:
    use_clock(monkeypatch, store, NOW)
    return DeviceWithApis(apis=alexa_apis)


def held(
    store: SessionStore,
    person: DeviceWithApis,
    started: datetime,
    minutes: int,
    pain: tuple[int, int] | None = None,
) -> None:
    """A hold the person did at `started`, completed, as the skill would have stored it."""
    who = person_key(person.user_id)
    hold = HoldSession(
        who,
        new_hold_id(started),
        started,
        minutes * 60,
        pain_before=pain[0] if pain else None,
    )
    store.begin_hold(store.load_profile(who), hold)
    store.end_hold(who, hold.hold_id, HoldStatus.COMPLETED, minutes * 60)
    if pain:
        store.record_pain_after(who, hold.hold_id, pain[1])


def test_after_a_five_minute_hold_how_am_i_doing_mentions_the_five_minutes(
    person: DeviceWithApis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    play = person.say("HoldLengthIntent", minutes="5").play_directive()
    token = play["audioItem"]["stream"]["token"]
    while True:
        enqueued = person.event("PlaybackNearlyFinished", token)
        person.event("PlaybackFinished", token, activity="FINISHED")
        if not enqueued.directives:
            break
        token = enqueued.play_directive()["audioItem"]["stream"]["token"]

    said = person.ask("ProgressIntent")

    assert said.speech.startswith("In the last 7 days you've done 1 hold, 5 minutes in all.")
    assert "Your last hold was today, for 5 minutes." in said.speech
    assert said.ended


def test_with_no_holds_it_says_how_to_start(person: DeviceWithApis) -> None:
    said = person.ask("ProgressIntent")

    assert said.speech == (
        "You haven't done a hold with me yet. When you're ready, "
        "just ask Acupressure Helper for back pain."
    )


def test_days_in_a_row_are_praised(person: DeviceWithApis, store: SessionStore) -> None:
    for days_ago in (0, 1, 2):
        held(store, person, NOW - timedelta(days=days_ago, hours=1), 10)

    said = person.ask("ProgressIntent")

    assert said.speech.startswith(
        "In the last 7 days you've done 3 holds, 30 minutes in all. "
        "That's 3 days in a row. Well done."
    )


def test_a_break_is_met_kindly(person: DeviceWithApis, store: SessionStore) -> None:
    held(store, person, NOW - timedelta(days=10), 30)

    said = person.ask("ProgressIntent")

    assert said.speech == (
        "You haven't done a hold in the last 7 days, and that's okay. "
        "I'm here whenever you need me. Your last hold was on 13 November, for 30 minutes."
    )


def test_the_average_change_in_pain_comes_once_three_holds_are_rated(
    person: DeviceWithApis, store: SessionStore
) -> None:
    held(store, person, NOW - timedelta(days=3), 10, pain=(7, 5))
    held(store, person, NOW - timedelta(days=2), 10, pain=(6, 4))
    two_rated = person.ask("ProgressIntent")
    held(store, person, NOW - timedelta(days=1), 10, pain=(8, 5))

    three_rated = person.ask("ProgressIntent")

    assert "pain" not in two_rated.speech
    assert three_rated.speech.endswith(
        "On average, your pain eases by about 2 points after a hold."
    )


def test_when_did_i_last_do_it(person: DeviceWithApis, store: SessionStore) -> None:
    held(store, person, NOW - timedelta(days=1, hours=2), 12)

    said = person.ask("LastHoldIntent")

    assert said.speech == "Your last hold was yesterday, for 12 minutes."


def test_days_follow_the_device_s_time_zone(
    person: DeviceWithApis, store: SessionStore, alexa_apis: AlexaApis
) -> None:
    # 2 am in London on the 23rd is 9 pm on the 22nd in New York.
    held(store, person, datetime(2026, 11, 23, 2, 0, tzinfo=UTC), 5)
    alexa_apis.time_zone = "America/New_York"

    said = person.ask("LastHoldIntent")

    assert said.speech == "Your last hold was yesterday, for 5 minutes."


def test_asked_on_the_way_to_the_point_it_carries_on(
    person: DeviceWithApis, store: SessionStore
) -> None:
    held(store, person, NOW - timedelta(hours=3), 5)
    person.launch()

    said = person.say("LastHoldIntent")

    assert said.speech == "Your last hold was today, for 5 minutes. Shall we start?"
    assert not said.ended
