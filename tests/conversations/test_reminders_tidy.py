"""Reminders that stay tidy: no duplicates, one cancelled by its time, am or pm asked,
said back as set, and cancelled with the person's data.

The skill's SDK clients talk HTTPS to the simulator's Reminders stand-in; the tests read
back the exact calls it answered.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from skill.store import SessionStore, person_key
from tests.support.alexa_apis import DeviceWithApis
from tests.support.skill_clock import use_clock
from toolkit.simulator.alexa_apis import REMINDERS, AlexaApis

# Monday 23 November 2026, 6 pm in London.
NOW = datetime(2026, 11, 23, 18, 0, 5, tzinfo=UTC)
BEARER = "Bearer TEST.API.ACCESS.TOKEN"  # the fixtures' context.System.apiAccessToken


@pytest.fixture
def person(
    store: SessionStore, alexa_apis: AlexaApis, monkeypatch: pytest.MonkeyPatch
) -> DeviceWithApis:
    use_clock(monkeypatch, store, NOW)
    alexa_apis.permission_granted = True
    return DeviceWithApis(apis=alexa_apis)


def calls(apis: AlexaApis) -> list[tuple[str, str]]:
    """The Reminders API calls the skill made, method and path."""
    return [(c.method, c.path) for c in apis.calls if c.path.startswith(REMINDERS)]


def rings(apis: AlexaApis) -> list[str]:
    found = []
    for reminder in apis.active():
        trigger = reminder.request["trigger"]
        rules = (trigger.get("recurrence") or {}).get("recurrenceRules") or []
        found.append(rules[0] if rules else trigger["scheduledTime"])
    return sorted(found)


def test_the_same_reminder_asked_for_again_is_not_added(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    first = person.ask("RemindDailyIntent", time="19:00")
    second = person.ask("RemindDailyIntent", time="19:00")
    third = person.ask("RemindMeIntent", day="2026-11-24", time="19:00")

    assert first.speech == "Done. I'll remind you every day at 7 pm."
    assert second.speech == (
        "You already have a reminder from me every day at 7 pm, so I haven't added another."
    )
    assert third.speech == second.speech
    assert [method for method, _ in calls(alexa_apis)].count("POST") == 1
    assert len(alexa_apis.active()) == 1


def test_cancel_my_7_pm_reminder_cancels_that_one(
    person: DeviceWithApis, alexa_apis: AlexaApis, store: SessionStore
) -> None:
    person.ask("RemindDailyIntent", time="19:00")
    person.ask("RemindDailyIntent", time="08:00")
    [evening] = [t for t, r in alexa_apis.reminders.items() if "BYHOUR=19" in str(r.request)]
    alexa_apis.calls.clear()

    said = person.ask("CancelOneReminderIntent", time="19:00")

    assert said.speech == "Done. I've cancelled your reminder every day at 7 pm."
    assert calls(alexa_apis) == [("GET", REMINDERS), ("DELETE", f"{REMINDERS}/{evening}")]
    assert rings(alexa_apis) == ["FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1"]
    assert evening not in store.load_profile(person_key(person.user_id)).reminder_ids


def test_cancel_my_morning_reminder(person: DeviceWithApis, alexa_apis: AlexaApis) -> None:
    person.ask("RemindDailyIntent", time="19:00")
    person.ask("RemindDailyIntent", time="08:00")

    said = person.ask("CancelOneReminderIntent", time="MO")
    none_left = person.ask("CancelOneReminderIntent", time="MO")

    assert said.speech == "Done. I've cancelled your reminder every day at 8 am."
    assert rings(alexa_apis) == ["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1"]
    assert none_left.speech == (
        "You don't have a reminder from me in the morning. You have: every day at 7 pm."
    )


def test_cancel_all_my_reminders_still_cancels_them_all(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    person.ask("RemindDailyIntent", time="19:00")
    person.ask("RemindDailyIntent", time="08:00")

    said = person.ask("CancelRemindersIntent")

    assert said.speech == "Done. I've cancelled your 2 reminders."
    assert alexa_apis.active() == []


def test_an_hour_without_am_or_pm_is_asked_about(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    asked = person.ask("RemindDailyIntent", hour="7")
    answered = person.say("PartOfDayIntent", part="evening")

    assert asked.speech == "7 in the morning, or in the evening?"
    assert not asked.ended
    assert answered.speech == "Done. I'll remind you every day at 7 pm."
    assert rings(alexa_apis) == ["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1"]


def test_yes_or_a_miss_to_morning_or_evening_asks_again_and_keeps_the_reminder(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    person.ask("RemindDailyIntent", hour="7")

    yes = person.say("AMAZON.YesIntent")
    assert yes.speech == "7 in the morning, or in the evening?"
    missed = person.say("AMAZON.FallbackIntent")
    assert missed.speech == "Say morning or evening."
    still = person.say("AMAZON.FallbackIntent")
    assert still.speech not in (yes.speech, missed.speech)
    assert "safety" not in yes.speech + missed.speech
    assert alexa_apis.active() == []

    answered = person.say("PartOfDayIntent", part="evening")
    assert answered.speech == "Done. I'll remind you every day at 7 pm."
    assert rings(alexa_apis) == ["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1"]


def test_an_hour_that_can_only_be_one_time_is_not_asked_about(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    said = person.ask("RemindMeIntent", day="2026-11-24", hour="19")

    assert said.speech == "Done. I'll remind you tomorrow at 7 pm."
    assert rings(alexa_apis) == ["2026-11-24T19:00:00"]


def test_a_once_reminder_at_an_unclear_hour_keeps_its_day(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    person.ask("RemindMeIntent", day="2026-11-24", hour="8")
    said = person.say("PartOfDayIntent", part="morning")

    assert said.speech == "Done. I'll remind you tomorrow at 8 am."
    assert rings(alexa_apis) == ["2026-11-24T08:00:00"]


def test_delete_my_data_cancels_the_reminders_with_that_request_s_token(
    person: DeviceWithApis, alexa_apis: AlexaApis, store: SessionStore
) -> None:
    person.ask("RemindDailyIntent", time="19:00")
    [token] = alexa_apis.reminders
    alexa_apis.calls.clear()

    person.ask("DeleteDataIntent")
    deleted = person.say("AMAZON.YesIntent")

    assert deleted.speech == (
        "Done. Everything I'd kept about you is deleted. "
        "I've cancelled your reminder from me too. Take care."
    )
    assert [(c.method, c.path, c.authorization) for c in alexa_apis.calls] == [
        ("GET", REMINDERS, BEARER),
        ("DELETE", f"{REMINDERS}/{token}", BEARER),
    ]
    assert alexa_apis.reminders == {}
    assert store.load_profile(person_key(person.user_id)).is_new


def test_delete_my_data_says_so_when_the_reminders_cannot_be_reached(
    person: DeviceWithApis, alexa_apis: AlexaApis, store: SessionStore
) -> None:
    person.ask("RemindDailyIntent", time="19:00")
    person.ask("DeleteDataIntent")
    alexa_apis.fail_next(503, times=3)

    deleted = person.say("AMAZON.YesIntent")

    assert "couldn't reach your reminders" in deleted.speech
    assert "turn them off in the Alexa app" in deleted.speech
    assert store.load_profile(person_key(person.user_id)).is_new


def test_one_voice_s_reminders_are_its_own(store: SessionStore, alexa_apis: AlexaApis) -> None:
    alexa_apis.permission_granted = True
    ann = DeviceWithApis(person_id="amzn1.ask.person.ANN", apis=alexa_apis)
    ben = DeviceWithApis(person_id="amzn1.ask.person.BEN", apis=alexa_apis)
    ann.ask("RemindDailyIntent", time="19:00")
    ben.ask("RemindDailyIntent", time="08:00")

    bens_list = ben.ask("ListRemindersIntent")
    ben.ask("CancelRemindersIntent")
    ben.ask("DeleteDataIntent")
    ben.say("AMAZON.YesIntent")

    assert "7 pm" not in bens_list.speech
    assert rings(alexa_apis) == ["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1"]


def test_no_reminder_is_offered_to_someone_who_has_one(
    person: DeviceWithApis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")
    person.ask("RemindDailyIntent", time="19:00")
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    play = person.say("HoldLengthIntent", minutes="1").play_directive()
    person.event("PlaybackFinished", play["audioItem"]["stream"]["token"], activity="FINISHED")

    back = person.launch()

    assert "remind" not in back.speech.lower()


def test_at_night_answers_the_am_or_pm_question(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    person.ask("RemindDailyIntent", hour="9")
    # "At night" matches "at {time}": AMAZON.TIME sends the part of the day.
    said = person.say("RemindMeIntent", time="NI")

    assert said.speech == "Done. I'll remind you every day at 9 pm."
