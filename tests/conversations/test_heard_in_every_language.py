"""What a person says is understood in their own language, when Alexa sends it unresolved.

Alexa fills a slot loosely at times ("Schmerzen im Rücken" as another pain's place) and
sends words that are none of a slot type's values without an id; a client may send words
alone. The back, a part of the day and a reminder's days are then heard from the words,
through the locale's own pack (skill/speech/<language>/heard_words.py). First with the
slots as a client sends them, then (marked slow: a locale's matcher is built) as the local
device hears whole sentences through each locale's model.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime

import pytest

from skill.routine.journey import Journey, Pending
from skill.speech.languages import words_for
from skill.store import SessionStore
from tests.support.alexa_apis import DeviceWithApis
from tests.support.conversation import Conversation, Reply
from tests.support.skill_clock import use_clock
from toolkit.simulator.alexa_apis import AlexaApis
from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import load_model

# The words heard are the same on either store: these are played on the embedded one.
pytestmark = pytest.mark.parametrize("store", ["sqlite"], indirect=True)

# Monday 23 November 2026, 6 pm in London.
NOW = datetime(2026, 11, 23, 18, 0, 5, tzinfo=UTC)
DAILY_AT_7_PM = "FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1"
DAILY_AT_7_AM = "FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1"
WEEKDAYS_AT_7_PM = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1"


def _safety_check(locale: str) -> str:
    """The first part of the safety check, as the locale's pack asks it."""
    return words_for(locale).phrases.prompt(Journey(pending=Pending.SAFETY_FIRST), None)


def _rings(apis: AlexaApis) -> list[str]:
    found = []
    for reminder in apis.active():
        trigger = reminder.request["trigger"]
        rules = (trigger.get("recurrence") or {}).get("recurrenceRules") or []
        found.append(rules[0] if rules else trigger["scheduledTime"])
    return sorted(found)


@pytest.fixture
def reminded(
    store: SessionStore, alexa_apis: AlexaApis, monkeypatch: pytest.MonkeyPatch
) -> AlexaApis:
    use_clock(monkeypatch, store, NOW)
    alexa_apis.permission_granted = True
    return alexa_apis


@pytest.mark.parametrize(
    ("locale", "place", "opening"),
    [
        ("en-US", "back pain please", "First, a safety check."),
        ("de-DE", "meinen Rücken", "Zuerst ein kurzer Sicherheitscheck."),
        ("de-DE", "Kreuz", "Zuerst ein kurzer Sicherheitscheck."),
        ("es-ES", "la espalda", "Primero, unas preguntas de seguridad."),
        ("es-MX", "las lumbares", "Primero, unas preguntas de seguridad."),
        ("fr-FR", "au dos", "D'abord, la sécurité."),
        ("fr-CA", "mon dos", "D'abord, la sécurité."),
    ],
)
def test_the_back_said_as_another_pain_goes_on_with_the_routine(
    person: Conversation, locale: str, place: str, opening: str
) -> None:
    person.locale, person.clears_safety_check = locale, False
    reply = person.ask("OtherPainIntent", place=place)

    assert reply.speech.startswith(opening)
    assert reply.speech.endswith(_safety_check(locale))


@pytest.mark.parametrize(
    ("locale", "place", "kind_word"),
    [
        ("en-GB", "neck", "I'm sorry your neck hurts."),
        ("de-DE", "Nacken", "Das tut mir leid"),
        ("es-ES", "cuello", "Siento que le duela"),
        ("fr-FR", "cou", "Je suis désolée que votre cou vous fasse mal."),
    ],
)
def test_another_pain_still_gets_a_kind_word_and_a_choice(
    person: Conversation, locale: str, place: str, kind_word: str
) -> None:
    person.locale = locale
    reply = person.ask("OtherPainIntent", place=place)

    go_on_or_stop = words_for(locale).phrases.prompt(Journey(pending=Pending.OTHER_PAIN), None)
    assert reply.speech.startswith(kind_word)
    assert reply.speech.endswith(go_on_or_stop)
    assert not reply.ended


@pytest.mark.parametrize(
    ("locale", "evening", "done"),
    [
        ("en-US", "evenings", "every day at 7 pm"),
        ("de-DE", "am Abend", "jeden Tag um 19 Uhr"),
        ("es-ES", "por la tarde", "todos los días a las 19:00"),
        ("es-MX", "en la noche", "todos los días a las 7 de la tarde"),
        ("fr-FR", "le soir", "tous les jours à 19 h"),
        ("fr-CA", "du soir", "tous les jours à 19 h"),
    ],
)
def test_an_hour_asked_about_is_set_after_noon_when_said_so(
    reminded: AlexaApis, locale: str, evening: str, done: str
) -> None:
    person = DeviceWithApis(apis=reminded, locale=locale)
    asked = person.ask("RemindDailyIntent", hour="7")
    answered = person.say("PartOfDayIntent", part=evening)

    assert asked.speech == words_for(locale).reminders.ask_am_or_pm(7)
    assert done in answered.speech
    assert _rings(reminded) == [DAILY_AT_7_PM]


@pytest.mark.parametrize(
    ("locale", "morning"),
    [("de-DE", "morgens"), ("es-ES", "por la mañana"), ("fr-FR", "le matin")],
)
def test_an_hour_asked_about_is_set_in_the_morning_when_said_so(
    reminded: AlexaApis, locale: str, morning: str
) -> None:
    person = DeviceWithApis(apis=reminded, locale=locale)
    person.ask("RemindDailyIntent", hour="7")
    person.say("PartOfDayIntent", part=morning)

    assert _rings(reminded) == [DAILY_AT_7_AM]


@pytest.mark.parametrize(
    ("locale", "days", "part"),
    [
        ("en-US", "weekdays", "evening"),
        ("de-DE", "werktags", "abends"),
        ("es-ES", "entre semana", "al anochecer"),
        ("fr-CA", "en semaine", "le soir"),
    ],
)
def test_a_daily_reminder_s_days_and_part_of_the_day_are_heard(
    reminded: AlexaApis, locale: str, days: str, part: str
) -> None:
    person = DeviceWithApis(apis=reminded, locale=locale)
    person.ask("RemindDailyIntent", days=days, part=part)

    assert _rings(reminded) == [WEEKDAYS_AT_7_PM]


def test_days_that_name_no_value_are_not_guessed(reminded: AlexaApis) -> None:
    person = DeviceWithApis(apis=reminded, locale="de-DE")
    said = person.ask("RemindDailyIntent", days="jedes zweite Wochenende", time="19:00")

    assert said.speech.startswith("Entschuldigung")
    assert reminded.active() == []


@functools.cache
def _matcher(locale: str) -> Matcher:
    return Matcher(load_model(locale), locale=locale)


def _says(person: DeviceWithApis, words: str) -> Reply:
    """`words` heard through the locale's model, as the local device hears them."""
    match = _matcher(person.locale).match(words)
    assert match.intent != "AMAZON.FallbackIntent", f"{words!r} was not understood"
    slots = {name: value.value for name, value in match.slots.items() if value is not None}
    return person.say(match.intent, **slots)


AT_SEVEN_EVERY_DAY = {
    "de": "erinnere mich jeden Tag um 7",
    "es": "recuérdame todos los días a las 7",
    "fr": "rappelle-moi tous les jours à 7 heures",
}


@pytest.mark.slow  # each locale's matcher is built from its model
@pytest.mark.parametrize(
    ("locale", "back", "evening", "done"),
    [
        ("de-DE", "Schmerzen im Rücken", "am Abend", "jeden Tag um 19 Uhr"),
        ("es-ES", "me duele mi espalda", "por la tarde", "todos los días a las 19:00"),
        ("es-MX", "me duele mi espalda", "en la noche", "todos los días a las 7 de la tarde"),
        ("fr-FR", "mal au dos", "le soir", "tous les jours à 19 h"),
        ("fr-CA", "pour le dos", "le soir", "tous les jours à 19 h"),
    ],
)
def test_a_person_is_understood_in_their_own_words(
    reminded: AlexaApis, locale: str, back: str, evening: str, done: str
) -> None:
    person = DeviceWithApis(apis=reminded, locale=locale, clears_safety_check=False)
    checked = _says(person, back)
    asked = _says(person, AT_SEVEN_EVERY_DAY[locale[:2]])
    answered = _says(person, evening)

    assert checked.speech.endswith(_safety_check(locale))
    assert asked.speech == words_for(locale).reminders.ask_am_or_pm(7)
    assert done in answered.speech
    assert _rings(reminded) == [DAILY_AT_7_PM]
