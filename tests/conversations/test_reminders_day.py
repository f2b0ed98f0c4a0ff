"""Reminders that fit a day: none at night unless asked for, the one at the peak of the
effect saying what it is, and "every evening", "every morning", "weekdays at 8".

The skill's SDK clients talk HTTPS to the simulator's Reminders stand-in; the tests read
back what the person heard and the reminder the stand-in holds: when, how often, and
what it says.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from skill.store import SessionStore
from tests.support.alexa_apis import DeviceWithApis
from tests.support.conversation import Reply
from tests.support.skill_clock import use_clock
from toolkit.simulator.alexa_apis import AlexaApis
from toolkit.simulator.reminders import describe

# Monday 23 November 2026, 2:30 pm in London (UTC+0): 36 hours on is 2:30 am on Wednesday.
NOW = datetime(2026, 11, 23, 14, 30, 5, tzinfo=UTC)
PRESS = "Time for your acupressure. Say: Alexa, ask Acupressure Helper for back pain."
AT_PEAK = (
    "It's about a day and a half since your acupressure, when the effect is often at its "
    "strongest. How does your back feel now?"
)
PEAK_SAID = "Around then the effect is often at its strongest: I'll ask how you feel."
WEEKDAYS_AT_8 = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1"


@pytest.fixture
def person(
    store: SessionStore, alexa_apis: AlexaApis, monkeypatch: pytest.MonkeyPatch
) -> DeviceWithApis:
    use_clock(monkeypatch, store, NOW)
    alexa_apis.permission_granted = True
    return DeviceWithApis(apis=alexa_apis)


def held(apis: AlexaApis) -> list[tuple[str, str]]:
    """Each reminder the stand-in holds: when it rings, as it shows it, and what it says."""
    return [(describe(r.request), r.spoken_text) for r in apis.active()]


def trigger(apis: AlexaApis) -> dict[str, Any]:
    [reminder] = apis.active()
    found: dict[str, Any] = reminder.request["trigger"]
    return found


def say_resolved(person: DeviceWithApis, intent: str, **slots: tuple[str, str]) -> Reply:
    """An intent whose custom slots Alexa resolved: each slot is (what was said, value id)."""
    envelope = person._intent_envelope(intent, {name: said for name, (said, _) in slots.items()})
    for name, (said, value_id) in slots.items():
        envelope["request"]["intent"]["slots"][name]["resolutions"] = {
            "resolutionsPerAuthority": [
                {
                    "authority": f"amzn1.er-authority.echo-sdk.skill.{name.upper()}",
                    "status": {"code": "ER_SUCCESS_MATCH"},
                    "values": [{"value": {"name": said, "id": value_id}}],
                }
            ]
        }
    return person.send(envelope)


# A reminder that would ring at night


def test_in_36_hours_asked_in_the_afternoon_is_offered_in_the_morning_instead(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    offered = person.ask("RemindMeIntent", delay="PT36H")

    assert offered.speech == (
        "That would be 2:30 at night. Shall I remind you on Wednesday at 9 in the morning instead?"
    )
    assert not offered.ended
    assert alexa_apis.active() == []

    done = person.say("AMAZON.YesIntent")

    assert done.speech == f"Done. I'll remind you on Wednesday at 9 am. {PEAK_SAID}"
    assert held(alexa_apis) == [("once at 2026-11-25 09:00 Europe/London", AT_PEAK)]


def test_no_to_the_daytime_hour_asks_what_time_would_suit_and_keeps_what_it_is_for(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    person.ask("RemindAtPeakIntent")

    asked = person.say("AMAZON.NoIntent")
    done = person.say("RemindMeIntent", time="10:30")

    assert asked.speech == (
        "All right. What time on Wednesday would suit you? You could say: at 10 am."
    )
    assert not asked.ended
    assert done.speech == f"Done. I'll remind you on Wednesday at 10:30 am. {PEAK_SAID}"
    assert held(alexa_apis) == [("once at 2026-11-25 10:30 Europe/London", AT_PEAK)]


def test_a_night_time_named_after_no_is_the_person_s_own_and_set_as_asked(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    person.ask("RemindAtPeakIntent")
    person.say("AMAZON.NoIntent")

    done = person.say("RemindMeIntent", time="06:00")

    assert done.speech == f"Done. I'll remind you on Wednesday at 6 am. {PEAK_SAID}"
    assert trigger(alexa_apis)["scheduledTime"] == "2026-11-25T06:00:00"


def test_a_night_time_the_person_names_is_set_as_asked(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    said = person.ask("RemindMeIntent", time="23:00")

    assert said.speech == "Done. I'll remind you today at 11 pm."
    assert held(alexa_apis) == [("once at 2026-11-23 23:00 Europe/London", PRESS)]


def test_a_wait_ending_late_in_the_evening_is_offered_earlier_that_evening(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    offered = person.ask("RemindMeIntent", delay="PT8H")
    done = person.say("AMAZON.YesIntent")

    assert offered.speech == (
        "That would be 10:30 at night. Shall I remind you today at 9 in the evening instead?"
    )
    assert done.speech == "Done. I'll remind you today at 9 pm."
    assert held(alexa_apis) == [("once at 2026-11-23 21:00 Europe/London", PRESS)]


def test_the_night_is_the_device_s_own_time_zone(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    # 9:30 am in New York: a day and a half on is 9:30 pm there on Tuesday, not yet night.
    alexa_apis.time_zone = "America/New_York"

    said = person.ask("RemindAtPeakIntent")

    assert said.speech == f"Done. I'll remind you tomorrow at 9:30 pm. {PEAK_SAID}"
    assert held(alexa_apis) == [("once at 2026-11-24 21:30 America/New_York", AT_PEAK)]


def test_the_daytime_offer_lasts_one_answer(person: DeviceWithApis, alexa_apis: AlexaApis) -> None:
    person.ask("RemindAtPeakIntent")
    person.say("WhereIsItIntent")

    later = person.say("AMAZON.YesIntent")

    assert "remind you" not in later.speech
    assert alexa_apis.active() == []


def test_yes_to_the_daytime_hour_without_permission_asks_for_it_then_sets_it(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    alexa_apis.permission_granted = False
    person.ask("RemindAtPeakIntent")

    asked = person.say("AMAZON.YesIntent")
    done = person.permission_answer("ACCEPTED")

    assert asked.speech == "To set a reminder, I need your permission first."
    assert done.speech == f"Done. I'll remind you on Wednesday at 9 am. {PEAK_SAID}"
    assert held(alexa_apis) == [("once at 2026-11-25 09:00 Europe/London", AT_PEAK)]


# Every evening, every morning, weekdays and weekends


def test_every_evening_is_7_pm_every_day(person: DeviceWithApis, alexa_apis: AlexaApis) -> None:
    said = say_resolved(person, "RemindDailyIntent", part=("evening", "EVENING"))

    assert said.speech == "Done. I'll remind you every day at 7 pm."
    assert held(alexa_apis) == [("daily at 19:00 Europe/London", PRESS)]
    assert trigger(alexa_apis)["recurrence"] == {
        "startDateTime": "2026-11-23T19:00:00",
        "recurrenceRules": ["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1"],
    }


def test_every_evening_at_a_time_they_say_is_that_time_after_noon(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    said = person.ask("RemindDailyIntent", part="evening", hour="8")

    assert said.speech == "Done. I'll remind you every day at 8 pm."
    assert held(alexa_apis) == [("daily at 20:00 Europe/London", PRESS)]


def test_every_morning_is_8_am_and_says_so(person: DeviceWithApis, alexa_apis: AlexaApis) -> None:
    said = say_resolved(person, "RemindDailyIntent", part=("mornings", "MORNING"))

    assert said.speech == "Done. I'll remind you every day at 8 am."
    assert held(alexa_apis) == [("daily at 08:00 Europe/London", PRESS)]


def test_weekdays_at_8_asks_morning_or_evening_then_sets_a_weekly_rule(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    asked = person.ask("RemindDailyIntent", days="weekdays", hour="8")
    done = person.say("PartOfDayIntent", part="morning")

    assert asked.speech == "8 in the morning, or in the evening?"
    assert done.speech == "Done. I'll remind you every weekday at 8 am."
    assert held(alexa_apis) == [("weekly on MO,TU,WE,TH,FR at 08:00 Europe/London", PRESS)]
    # Monday's 8 am has passed: the first is Tuesday's.
    assert trigger(alexa_apis)["recurrence"] == {
        "startDateTime": "2026-11-24T08:00:00",
        "recurrenceRules": [WEEKDAYS_AT_8],
    }


def test_every_weekday_morning(person: DeviceWithApis, alexa_apis: AlexaApis) -> None:
    said = say_resolved(
        person, "RemindDailyIntent", days=("weekday", "WEEKDAYS"), part=("morning", "MORNING")
    )

    assert said.speech == "Done. I'll remind you every weekday at 8 am."
    assert trigger(alexa_apis)["recurrence"]["recurrenceRules"] == [WEEKDAYS_AT_8]


def test_weekends_at_10_rings_on_saturday_and_sunday(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    said = say_resolved(
        person, "RemindDailyIntent", days=("the weekend", "WEEKENDS"), time=("10:00", "")
    )

    assert said.speech == "Done. I'll remind you every Saturday and Sunday at 10 am."
    assert held(alexa_apis) == [("weekly on SA,SU at 10:00 Europe/London", PRESS)]
    assert trigger(alexa_apis)["recurrence"]["startDateTime"] == "2026-11-28T10:00:00"


def test_weekdays_without_a_time_asks_what_time_and_keeps_the_days(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    asked = person.ask("RemindDailyIntent", days="weekdays")
    done = person.say("RemindMeIntent", time="08:00")

    assert asked.speech == "What time every weekday? You could say: at 8 am."
    assert done.speech == "Done. I'll remind you every weekday at 8 am."
    assert trigger(alexa_apis)["recurrence"]["recurrenceRules"] == [WEEKDAYS_AT_8]


def test_days_that_are_not_weekdays_or_weekends_are_not_guessed(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    said = person.ask("RemindDailyIntent", days="fortnightly", time="08:00")

    assert said.speech.startswith("Sorry, I didn't catch when.")
    assert alexa_apis.active() == []


def test_weekday_and_weekend_reminders_are_listed_cancelled_and_not_doubled(
    person: DeviceWithApis, alexa_apis: AlexaApis
) -> None:
    person.ask("RemindDailyIntent", days="weekdays", time="08:00")
    person.ask("RemindDailyIntent", days="weekends", time="10:00")
    again = person.ask("RemindDailyIntent", days="weekdays", time="08:00")
    wider = person.ask("RemindDailyIntent", time="08:00")

    listed = person.ask("ListRemindersIntent")
    cancelled = person.ask("CancelOneReminderIntent", time="10:00")

    assert again.speech == (
        "You already have a reminder from me every weekday at 8 am, so I haven't added another."
    )
    # Every day at 8 is more than weekdays at 8: it is set.
    assert wider.speech == "Done. I'll remind you every day at 8 am."
    assert listed.speech.startswith(
        "You have 3 reminders from me: every weekday at 8 am, "
        "every Saturday and Sunday at 10 am, and every day at 8 am."
    )
    assert cancelled.speech == (
        "Done. I've cancelled your reminder every Saturday and Sunday at 10 am."
    )
    assert sorted(when for when, _ in held(alexa_apis)) == [
        "daily at 08:00 Europe/London",
        "weekly on MO,TU,WE,TH,FR at 08:00 Europe/London",
    ]
