"""Reminders: set by voice with the person's permission, said back, listed and cancelled.

The skill's own SDK clients talk HTTPS to the simulator's fake Alexa APIs; the tests read
back the exact reminder each call sent, and what the store kept.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from skill.alexa.api_client import AlexaApiClient
from skill.handlers.reminders import cancel as reminder_cancel
from skill.store import SessionStore, person_key
from tests.support.alexa_apis import DeviceWithApis
from tests.support.skill_clock import use_clock
from toolkit.simulator.alexa_apis import REMINDERS, AlexaApis

# Monday 23 November 2026, 6 pm in London (UTC+0), 1 pm in New York.
NOW = datetime(2026, 11, 23, 18, 0, 5, tzinfo=UTC)
SPOKEN = "Time for your acupressure. Say: Alexa, ask Acupressure Helper for back pain."
PERMISSION_REQUEST = {
    "type": "Connections.SendRequest",
    "name": "AskFor",
    "payload": {
        "@type": "AskForPermissionsConsentRequest",
        "@version": "2",
        "permissionScopes": [
            {
                "permissionScope": "alexa::alerts:reminders:skill:readwrite",
                "consentLevel": "ACCOUNT",
            }
        ],
    },
    "token": "reminder",
}


@pytest.fixture
def person(
    store: SessionStore, alexa_apis: AlexaApis, monkeypatch: pytest.MonkeyPatch
) -> DeviceWithApis:
    use_clock(monkeypatch, store, NOW)
    return DeviceWithApis(apis=alexa_apis)


def created(apis: AlexaApis) -> list[dict[str, Any]]:
    """The body of every reminder the skill asked the API to create."""
    return [call.body for call in apis.calls if call.method == "POST" and call.path == REMINDERS]


def kept_ids(store: SessionStore, person: DeviceWithApis) -> list[str]:
    return store.load_profile(person_key(person.user_id)).reminder_ids


def test_every_day_at_7_pm_asks_for_permission_sets_it_and_says_it_back(
    person: DeviceWithApis, alexa_apis: AlexaApis, store: SessionStore
) -> None:
    asked = person.ask("RemindDailyIntent", time="19:00")

    assert asked.speech == "To set a reminder, I need your permission first."
    assert asked.directives == [PERMISSION_REQUEST]
    assert "shouldEndSession" not in asked.response
    assert created(alexa_apis) == []

    done = person.permission_answer("ACCEPTED")

    assert done.speech == "Done. I'll remind you every day at 7 pm."
    assert done.ended
    assert created(alexa_apis) == [
        {
            "requestTime": "2026-11-23T18:00:05",
            "trigger": {
                "type": "SCHEDULED_ABSOLUTE",
                "timeZoneId": "Europe/London",
                "recurrence": {
                    "startDateTime": "2026-11-23T19:00:00",
                    "recurrenceRules": ["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1"],
                },
            },
            "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": SPOKEN}]}},
            "pushNotification": {"status": "ENABLED"},
        }
    ]
    assert kept_ids(store, person) == [reminder.alert_token for reminder in alexa_apis.active()]
    assert all(call.authorization == "Bearer TEST.API.ACCESS.TOKEN" for call in alexa_apis.calls)


def test_the_time_is_the_person_s_own_from_their_device_s_time_zone(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    alexa_apis.time_zone = "America/New_York"
    alexa_apis.permission_granted = True

    said = person.ask("RemindDailyIntent", time="15:00")

    # 3 pm is still to come in New York (1 pm there), though it has passed in London.
    assert said.speech == "Done. I'll remind you every day at 3 pm."
    [reminder] = created(alexa_apis)
    assert reminder["trigger"]["timeZoneId"] == "America/New_York"
    assert reminder["trigger"]["recurrence"]["startDateTime"] == "2026-11-23T15:00:00"
    assert reminder["requestTime"] == "2026-11-23T13:00:05"


@pytest.mark.parametrize("locale", ["en-GB", "en-IN"])
def test_tomorrow_at_7_pm_is_a_single_reminder_spoken_in_the_person_s_locale(
    person: DeviceWithApis, alexa_apis: AlexaApis, locale: str
) -> None:
    person.locale = locale
    alexa_apis.permission_granted = True

    said = person.ask("RemindMeIntent", day="2026-11-24", time="19:00")

    assert said.speech == "Done. I'll remind you tomorrow at 7 pm."
    [reminder] = created(alexa_apis)
    assert reminder["trigger"] == {
        "type": "SCHEDULED_ABSOLUTE",
        "scheduledTime": "2026-11-24T19:00:00",
        "timeZoneId": "Europe/London",
    }
    assert reminder["alertInfo"]["spokenInfo"]["content"] == [{"locale": locale, "text": SPOKEN}]


def test_in_a_day_and_a_half_is_set_for_the_time_it_rings_and_said_as_set(
    person: DeviceWithApis,
    alexa_apis: AlexaApis,
    store: SessionStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Monday at 8 am: a day and a half on is Tuesday evening, in the day.
    use_clock(monkeypatch, store, NOW.replace(hour=8))
    alexa_apis.permission_granted = True

    said = person.ask("RemindAtPeakIntent")

    assert said.speech == (
        "Done. I'll remind you tomorrow at 8 pm. "
        "Around then the effect is often at its strongest: I'll ask how you feel."
    )
    [reminder] = created(alexa_apis)
    # 36 hours from 8:00:05 am on Monday, to the nearest five minutes, on the person's clock.
    assert reminder["trigger"] == {
        "type": "SCHEDULED_ABSOLUTE",
        "scheduledTime": "2026-11-24T20:00:00",
        "timeZoneId": "Europe/London",
    }
    listed = person.ask("ListRemindersIntent")
    assert "tomorrow at 8 pm" in listed.speech
    assert "about" not in listed.speech


def test_a_reminder_without_a_time_asks_when_and_keeps_the_day(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    alexa_apis.permission_granted = True

    asked = person.ask("RemindMeIntent", day="2026-11-25")
    done = person.say("RemindMeIntent", time="08:30")

    assert asked.speech == "What time on Wednesday? You could say: at 7 pm."
    assert not asked.ended
    assert done.speech == "Done. I'll remind you on Wednesday at 8:30 am."
    assert created(alexa_apis)[0]["trigger"]["scheduledTime"] == "2026-11-25T08:30:00"


def test_every_day_without_a_time_asks_what_time_each_day(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    alexa_apis.permission_granted = True

    asked = person.ask("RemindDailyIntent")
    done = person.say("RemindMeIntent", time="08:00")

    assert asked.speech == "What time each day? You could say: every day at 7 pm."
    assert done.speech == "Done. I'll remind you every day at 8 am."
    assert "recurrence" in created(alexa_apis)[0]["trigger"]


def test_a_time_that_has_passed_is_not_set(person: DeviceWithApis, alexa_apis: AlexaApis) -> None:
    alexa_apis.permission_granted = True

    said = person.ask("RemindMeIntent", day="2026-11-23", time="07:00")

    assert said.speech.startswith("That time has already passed.")
    assert not said.ended
    assert created(alexa_apis) == []


def test_no_to_the_permission_prompt_is_respected_for_the_whole_session(
    person: DeviceWithApis, alexa_apis: AlexaApis, store: SessionStore
) -> None:
    person.launch()
    person.say("RemindDailyIntent", time="19:00")

    declined = person.permission_answer("DENIED")
    again = person.say("RemindDailyIntent", time="08:00")

    assert declined.speech.startswith("Okay, no reminder.")
    assert "Alexa app" in declined.speech
    assert not declined.ended  # the person was in a conversation: it carries on
    assert again.speech.startswith("I can't set reminders without your permission.")
    assert again.directives == []
    assert created(alexa_apis) == []
    assert kept_ids(store, person) == []


def test_no_answer_to_the_prompt_sets_nothing(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    person.ask("RemindAtPeakIntent")

    said = person.permission_answer("NOT_ANSWERED")

    assert said.speech == "Okay, I won't set a reminder for now."
    assert said.ended
    assert created(alexa_apis) == []


@pytest.mark.parametrize("status", [401, 403])
def test_a_permission_taken_back_in_the_app_is_asked_for_again_by_voice(
    person: DeviceWithApis, alexa_apis: AlexaApis, status: int
) -> None:
    alexa_apis.permission_granted = True
    alexa_apis.fail_next(status)

    asked = person.ask("RemindDailyIntent", time="19:00")
    done = person.permission_answer("ACCEPTED")

    assert asked.directives == [PERMISSION_REQUEST]
    assert done.speech == "Done. I'll remind you every day at 7 pm."
    assert len(alexa_apis.active()) == 1


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (
            429,
            "Reminders are busy just now, so I couldn't do that. Please ask me again in a minute.",
        ),
        (500, "I couldn't reach your reminders just now. Please ask me again in a little while."),
        (503, "I couldn't reach your reminders just now. Please ask me again in a little while."),
    ],
)
def test_api_faults_get_a_kind_answer_and_lose_nothing(
    person: DeviceWithApis, alexa_apis: AlexaApis, store: SessionStore, status: int, said: str
) -> None:
    alexa_apis.permission_granted = True
    person.ask("RemindDailyIntent", time="08:00")
    alexa_apis.fail_next(status)

    failed = person.ask("RemindDailyIntent", time="19:00")

    assert failed.speech == said
    assert failed.ended
    assert [r.spoken_text for r in alexa_apis.active()] == [SPOKEN]
    assert kept_ids(store, person) == [r.alert_token for r in alexa_apis.active()]


@pytest.mark.parametrize("status", [401, 500])
def test_a_time_zone_that_cannot_be_had_sets_no_reminder_at_a_guessed_time(
    person: DeviceWithApis, alexa_apis: AlexaApis, status: int
) -> None:
    alexa_apis.permission_granted = True
    alexa_apis.fail_next(status, path_prefix="/v2/devices/")

    said = person.ask("RemindDailyIntent", time="19:00")

    assert said.speech.startswith("I couldn't reach your reminders just now.")
    assert said.directives == []
    assert created(alexa_apis) == []


def test_an_api_that_does_not_answer_in_time_is_a_fault_not_a_hang(
    store: SessionStore, alexa_apis: AlexaApis, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_clock(monkeypatch, store, NOW, AlexaApiClient(connect_timeout=0.5, read_timeout=0.2))
    person = DeviceWithApis(apis=alexa_apis)
    alexa_apis.permission_granted = True
    alexa_apis.stall(0.6)

    said = person.ask("RemindDailyIntent", time="19:00")

    assert said.speech.startswith("I couldn't reach your reminders just now.")


def test_listing_says_every_reminder_and_cancelling_removes_them_all(
    person: DeviceWithApis, alexa_apis: AlexaApis, store: SessionStore
) -> None:
    alexa_apis.permission_granted = True
    person.ask("RemindDailyIntent", time="19:00")
    person.ask("RemindMeIntent", day="2026-11-24", time="08:00")

    listed = person.ask("ListRemindersIntent")
    cancelled = person.ask("CancelRemindersIntent")
    after = person.ask("ListRemindersIntent")

    assert listed.speech == (
        "You have 2 reminders from me: every day at 7 pm, and tomorrow at 8 am. "
        "To stop one, say its time, like: cancel my 7 pm reminder. "
        "Or say: cancel all my reminders."
    )
    assert cancelled.speech == "Done. I've cancelled your 2 reminders."
    assert after.speech == "You don't have any reminders from me."
    assert alexa_apis.reminders == {}
    assert kept_ids(store, person) == []


def test_a_cancel_cut_short_keeps_the_reminders_still_there(
    person: DeviceWithApis, alexa_apis: AlexaApis, store: SessionStore
) -> None:
    alexa_apis.permission_granted = True
    person.ask("RemindDailyIntent", time="19:00")
    person.ask("RemindDailyIntent", time="08:00")
    # The list succeeds, the first delete succeeds, the second fails.
    alexa_apis.calls.clear()

    def fail_second_delete() -> None:
        deletes = [call for call in alexa_apis.calls if call.method == "DELETE"]
        if len(deletes) == 1:
            alexa_apis.fail_next(500)

    alexa_apis.on_change = lambda kind, reminder: fail_second_delete()
    said = person.ask("CancelRemindersIntent")

    assert said.speech == (
        "I cancelled 1 of your 2 reminders, but couldn't reach the rest. "
        "Please ask me again in a little while."
    )
    [left] = alexa_apis.active()
    assert kept_ids(store, person) == [left.alert_token]


def test_cancelling_when_the_list_cannot_be_read_uses_the_ids_kept(
    person: DeviceWithApis, alexa_apis: AlexaApis, store: SessionStore
) -> None:
    alexa_apis.permission_granted = True
    person.ask("RemindDailyIntent", time="19:00")
    alexa_apis.fail_next(500)  # the list

    said = person.ask("CancelRemindersIntent")

    assert said.speech == "Done. I've cancelled your reminder."
    assert alexa_apis.active() == []
    assert kept_ids(store, person) == []


def test_without_permission_there_are_no_reminders_to_list(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    said = person.ask("ListRemindersIntent")

    assert said.speech == "You haven't allowed me to set reminders, so there aren't any from me."
    assert said.directives == []


def test_a_reminder_asked_for_on_the_way_to_the_point_carries_on_from_there(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    alexa_apis.permission_granted = True
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")

    said = person.say("RemindDailyIntent", time="19:00")

    assert said.speech.startswith("Done. I'll remind you every day at 7 pm. Let's find the point.")
    assert not said.ended


def test_the_offer_comes_once_after_the_first_completed_hold(
    person: DeviceWithApis, alexa_apis: AlexaApis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")
    before_any_hold = person.launch()
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    token = person.say("HoldLengthIntent", minutes="5").play_directive()["audioItem"]["stream"][
        "token"
    ]
    person.event("PlaybackFinished", token, activity="FINISHED")

    offered = person.launch()
    next_time = person.launch()

    assert "remind me every day" not in before_any_hold.speech
    assert offered.speech.startswith(
        "Welcome back, and well done on finishing your first hold. If a reminder would help"
    )
    assert offered.speech.endswith("Shall we do your usual 5 minutes?")
    assert "remind" not in next_time.speech


def test_a_half_said_daily_reminder_is_forgotten_once_the_person_moves_on(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    alexa_apis.permission_granted = True

    person.ask("RemindDailyIntent")
    person.say("WhereIsItIntent")
    done = person.say("RemindMeIntent", time="20:00")

    assert "every day" not in done.speech
    assert "recurrence" not in created(alexa_apis)[0]["trigger"]


def test_a_long_cancel_answers_in_time_with_what_is_done(
    person: DeviceWithApis,
    alexa_apis: AlexaApis,
    store: SessionStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alexa_apis.permission_granted = True
    person.ask("RemindDailyIntent", time="19:00")
    person.ask("RemindDailyIntent", time="08:00")
    monkeypatch.setattr(reminder_cancel, "CANCEL_SECONDS", -1.0)

    said = person.ask("CancelRemindersIntent")

    assert said.speech == (
        "I've cancelled 1 of your 2 reminders. Say cancel my reminders again for the rest."
    )
    assert len(alexa_apis.reminders) == 1
    assert len(kept_ids(store, person)) == 1
    assert person.ask("CancelRemindersIntent").speech == "Done. I've cancelled your reminder."


def test_in_a_week_is_set_a_week_from_now(person: DeviceWithApis, alexa_apis: AlexaApis) -> None:
    alexa_apis.permission_granted = True

    # "Remind me in a week": AMAZON.DURATION sends a week as "P1W".
    said = person.ask("RemindMeIntent", delay="P1W")

    assert "I'll remind you" in said.speech
    assert "didn't catch" not in said.speech
    [reminder] = created(alexa_apis)
    assert reminder["trigger"]["scheduledTime"] == "2026-11-30T18:00:00"
