"""No turn on the way to the point runs past about 40 words: hands are busy behind a knee.
Nor does any answer on progress or privacy, however much there is to say.

Held in every locale the skill speaks, to the same limit (tests/support/turn_length.py):
what the person hears, and what Alexa asks again when they say nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from skill.routine.model import HoldSession, HoldStatus
from skill.routine.questions import QUESTION_INTENTS
from skill.speech.counted import counted
from skill.speech.languages import words_for
from skill.speech.locales import DEFAULT_LOCALE, SUPPORTED_LOCALES
from skill.store import SessionStore, person_key
from skill.store.hold_ids import new_hold_id
from tests.support.alexa_apis import DeviceWithApis
from tests.support.conversation import Conversation, Reply
from tests.support.skill_clock import use_clock
from tests.support.turn_length import MOST_WORDS, words_in
from toolkit.simulator.alexa_apis import AlexaApis

# A turn's words are the same on either store: the default locale is played on both, as
# every conversation is, and every other locale on the embedded one.
EVERY_LOCALE = pytest.mark.parametrize(
    ("locale", "store"),
    [
        *((locale, "sqlite") for locale in SUPPORTED_LOCALES),
        pytest.param(DEFAULT_LOCALE, "dynamodb", marks=pytest.mark.slow),
    ],
    indirect=["store"],
)


def _too_long(said: list[Reply]) -> list[str]:
    """Every answer or reprompt in `said` past the limit."""
    return [
        text
        for reply in said
        for text in (reply.speech, reply.reprompt)
        if words_in(text) > MOST_WORDS
    ]


def _new_person_all_the_way(person: Conversation) -> list[Reply]:
    person.clears_safety_check = False
    said = [person.launch(), person.say("AMAZON.YesIntent")]
    said += [person.say("AMAZON.NoIntent"), person.say("AMAZON.NoIntent")]
    said.append(person.say("SelfHoldIntent"))
    said += [person.say("AMAZON.NextIntent") for _ in range(5)]
    said += [person.say("FoundItIntent"), person.say("HoldLengthIntent", minutes="12")]
    return said


def _helper_found_early_with_a_length(person: Conversation) -> list[Reply]:
    person.clears_safety_check = False
    said = [person.ask("BackPainIntent", minutes="10")]
    said += [person.say("AMAZON.NoIntent"), person.say("AMAZON.NoIntent")]
    said += [person.say("HelperHoldIntent"), person.say("FoundItIntent")]
    return said


def _helper_says_so_in_the_safety_check(person: Conversation) -> list[Reply]:
    """The check starts again of the person helped, after a thank-you: still one breath."""
    person.clears_safety_check = False
    said = [person.launch(), person.say("AMAZON.YesIntent"), person.say("AMAZON.NoIntent")]
    said += [person.say("HelperHoldIntent", helped="wife"), person.say("AMAZON.FallbackIntent")]
    said += [person.say("AMAZON.HelpIntent"), person.say("AMAZON.NoIntent")]
    said += [person.say("AMAZON.NoIntent"), person.say("AMAZON.NextIntent")]
    return said


def _questions_at_every_place(person: Conversation) -> list[Reply]:
    said = [person.ask("BackPainIntent")]
    for intent in (*QUESTION_INTENTS, "OtherPainIntent", "HesitationIntent", "AMAZON.HelpIntent"):
        if intent != "PregnantIntent":
            said.append(person.say(intent))
    said.append(person.say("SelfHoldIntent"))
    for _ in range(6):
        said += [person.say(intent) for intent in QUESTION_INTENTS if intent != "PregnantIntent"]
        said += [person.say("AMAZON.HelpIntent"), person.say("AMAZON.NextIntent")]
    said += [person.say("FoundItIntent"), person.say("AMAZON.HelpIntent")]
    said += [person.say(intent) for intent in QUESTION_INTENTS if intent != "PregnantIntent"]
    said += [person.say("AMAZON.FallbackIntent") for _ in range(3)]
    said += [person.say("RecommendedLengthIntent"), person.say("AMAZON.HelpIntent")]
    said.append(person.say("AMAZON.YesIntent"))
    return said


def _returning_person_wants_something_else(person: Conversation) -> list[Reply]:
    person.ask("UsualLengthIntent", minutes="12")
    said = [person.launch(), person.say("AMAZON.NoIntent"), person.say("AMAZON.HelpIntent")]
    said += [person.say("HoldLengthIntent", minutes="20"), person.say("FoundItIntent")]
    person.launch()
    said += [person.say("SameAsUsualIntent"), person.say("AMAZON.FallbackIntent")]
    said += [person.say("AMAZON.FallbackIntent"), person.say("QuickLengthIntent")]
    return said


def _helper_asks_at_every_step(person: Conversation) -> list[Reply]:
    """A helper asks in the safety check and on every step: each answer in its helper form,
    then where they were."""
    person.clears_safety_check = False
    said = [person.ask("BackPainIntent"), person.say("AMAZON.NoIntent")]
    said += [person.say("AMAZON.NoIntent"), person.say("HelperHoldIntent", helped="wife")]
    for _ in range(2):
        said += [person.say(intent) for intent in QUESTION_INTENTS if intent != "PregnantIntent"]
        said += [person.say("AMAZON.HelpIntent"), person.say("AMAZON.NoIntent")]
    for _ in range(6):
        said += [person.say(intent) for intent in QUESTION_INTENTS if intent != "PregnantIntent"]
        said += [person.say("AMAZON.HelpIntent"), person.say("AMAZON.RepeatIntent")]
        said.append(person.say("AMAZON.NextIntent"))
    said += [person.say("HoldLengthIntent", minutes="90"), person.say("HoldLengthIntent")]
    said += [person.say("AMAZON.HelpIntent"), person.say("HoldLengthIntent", minutes="25")]
    return said


def _back_after_a_whole_hold(person: Conversation) -> list[Reply]:
    """The first hold heard to its end; the next opening offers a reminder, once."""
    started = person.start_hold(10)
    person.event("PlaybackFinished", started.play_directive()["audioItem"]["stream"]["token"])
    said = [started, person.launch(), person.say("AMAZON.NoIntent")]
    said += [person.say("AMAZON.HelpIntent"), person.launch(), person.say("AMAZON.YesIntent")]
    said += [person.say("AMAZON.HelpIntent"), person.say("HesitationIntent")]
    said += [person.say("OtherPainIntent"), person.say("AMAZON.YesIntent")]
    return said


@EVERY_LOCALE
@pytest.mark.parametrize(
    "walk",
    [
        _new_person_all_the_way,
        _helper_found_early_with_a_length,
        _helper_says_so_in_the_safety_check,
        _questions_at_every_place,
        _returning_person_wants_something_else,
        _helper_asks_at_every_step,
        _back_after_a_whole_hold,
    ],
)
def test_no_turn_on_the_way_runs_past_the_limit(
    person: Conversation, walk: Callable[[Conversation], list[Reply]], locale: str
) -> None:
    person.locale = locale
    said = walk(person)
    assert _too_long(said) == []
    assert all(reply.speech for reply in said)


def test_the_check_finds_a_turn_that_is_too_long() -> None:
    long = Reply({"response": {"outputSpeech": {"ssml": "<speak>" + "word " * 41 + "</speak>"}}})
    assert _too_long([long]) == [long.speech]
    asked_again = {"outputSpeech": {"ssml": "<speak>" + "mot : " * 41 + "</speak>"}}
    again = Reply(
        {"response": {"outputSpeech": {"ssml": "<speak>Oui.</speak>"}, "reprompt": asked_again}}
    )
    assert _too_long([again]) == [again.reprompt]
    assert words_in("Dites : trouvé ? 112.") == 3


# Progress and privacy answers in their longest forms: a fortnight of rated holds, a run of
# days, reminders set. Monday 23 November 2026, 6 pm in London.
NOW = datetime(2026, 11, 23, 18, 0, 5, tzinfo=UTC)


# What the progress answer says of a run of days, in each language.
DAYS_IN_A_ROW = {
    "en": "days in a row",
    "de": "Tage hintereinander",
    "es": "días seguidos",
    "fr": "jours de suite",
}


@pytest.fixture
def regular(
    locale: str, store: SessionStore, alexa_apis: AlexaApis, monkeypatch: pytest.MonkeyPatch
) -> DeviceWithApis:
    use_clock(monkeypatch, store, NOW)
    return DeviceWithApis(apis=alexa_apis, locale=locale)


def _held(
    store: SessionStore, person: Conversation, days_ago: int, pain: tuple[int, int] | None
) -> None:
    """A completed hold of 45 minutes, as the skill would have stored it."""
    who = person_key(person.user_id)
    started = NOW - timedelta(days=days_ago, hours=2)
    hold = HoldSession(who, new_hold_id(started), started, 45 * 60, pain_before=pain and pain[0])
    store.begin_hold(store.load_profile(who), hold)
    store.end_hold(who, hold.hold_id, HoldStatus.COMPLETED, 45 * 60)
    if pain:
        store.record_pain_after(who, hold.hold_id, pain[1])


def _twice_a_day(store: SessionStore, person: Conversation, days: range, rated: bool) -> None:
    for days_ago in days:
        for _ in range(2):
            _held(store, person, days_ago, (4, 7) if rated else None)


def _progress_answers(person: DeviceWithApis) -> list[Reply]:
    said = [person.ask("ProgressIntent"), person.ask("LastHoldIntent")]
    person.launch()
    said.append(person.say("ProgressIntent"))
    return said


@EVERY_LOCALE
@pytest.mark.parametrize(
    ("days", "rated"),
    [
        (range(14), True),  # a long run of days, the pain said to have worsened
        (range(2, 14), True),  # the run broken: the last hold, on Saturday, instead
        (range(2, 14), False),  # no ratings yet: how to give them
        (range(9, 30), True),  # after a break
    ],
)
def test_progress_answers_fit_a_breath(
    regular: DeviceWithApis, store: SessionStore, days: range, rated: bool
) -> None:
    _twice_a_day(store, regular, days, rated)
    said = _progress_answers(regular)
    assert _too_long(said) == []
    assert all(reply.speech for reply in said)


@EVERY_LOCALE
def test_progress_over_a_hold_fits_a_breath(
    regular: DeviceWithApis, store: SessionStore, audio_base: None
) -> None:
    _twice_a_day(store, regular, range(1, 14), rated=True)
    stream = regular.start_hold(45).play_directive()["audioItem"]["stream"]
    reply = regular.during_hold(
        "ProgressIntent", stream["token"], stream["offsetInMilliseconds"] + 600_000
    )
    assert DAYS_IN_A_ROW[words_for(regular.locale).language] in reply.speech
    assert _too_long([reply]) == []


@EVERY_LOCALE
def test_privacy_answers_fit_a_breath(
    regular: DeviceWithApis, store: SessionStore, alexa_apis: AlexaApis
) -> None:
    _twice_a_day(store, regular, range(14), rated=True)
    alexa_apis.permission_granted = True
    said = [regular.ask("KeepRatingsIntent"), regular.ask("WhatYouKeepIntent")]
    said += [regular.ask("RemindDailyIntent", time="19:00"), regular.ask("RemindAtPeakIntent")]
    # A day and a half from the test's clock lands at night: the daytime hour is taken.
    said.append(regular.say("AMAZON.YesIntent"))
    said += [regular.ask("StopKeepingRatingsIntent"), regular.ask("DeleteDataIntent")]
    said.append(regular.say("AMAZON.HelpIntent"))
    deleted = regular.say("AMAZON.YesIntent")
    said.append(deleted)
    assert counted(words_for(regular.locale).reminders.CANCELLED_WITH_DATA, 2) in deleted.speech
    assert _too_long(said) == []
