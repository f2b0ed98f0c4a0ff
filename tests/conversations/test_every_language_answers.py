"""Every answer an English conversation needs, every other language's pack gives too.

Whole English conversations (the way to the point, a hold, questions, progress, ratings,
preferences, reminders, deleting data) are played with the English pack recording each
word it is asked for, and with what arguments. Each other language's pack is then asked
the same, with the same arguments: it must answer each in kind (a sentence where English
gave one), never fail, and never give back an empty sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, NamedTuple, cast

import pytest

from skill.routine.questions import QUESTION_INTENTS
from skill.speech import languages
from skill.speech.languages import PACK_MODULES, words_for
from skill.speech.pack import Words
from tests.support.alexa_apis import DeviceWithApis
from toolkit.simulator.alexa_apis import AlexaApis


class Asked(NamedTuple):
    part: str
    name: str
    # None for a word read rather than called.
    args: tuple[Any, ...] | None
    kwargs: dict[str, Any]
    given: Any


class _Recording:
    """A part of a pack that notes every word asked of it."""

    def __init__(self, field: str, part: object, asked: list[Asked]) -> None:
        self._field, self._part, self._asked = field, part, asked

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._part, name)
        if not callable(value):
            self._asked.append(Asked(self._field, name, None, {}, value))
            return value

        def noted(*args: Any, **kwargs: Any) -> Any:
            given = cast(Callable[..., Any], value)(*args, **kwargs)
            self._asked.append(Asked(self._field, name, args, kwargs, given))
            return given

        return noted


def _recording(pack: Words, asked: list[Asked]) -> Words:
    kept = {"language", "symptoms", "heard"}
    parts = {
        field: _Recording(field, getattr(pack, field), asked)
        for field in Words._fields
        if field not in kept
    }
    return Words(
        language=pack.language,
        symptoms=pack.symptoms,
        heard=pack.heard,
        **cast(dict[str, Any], parts),
    )


def _first_time_with_a_helper_and_red_flags(apis: AlexaApis) -> None:
    """The safety check heard unclearly, a helper, questions on the way, red flags."""
    person = DeviceWithApis(apis=apis, user_id="amzn1.ask.account.FIRST", screen=True)
    person.clears_safety_check = False
    person.launch()
    for intent in ("AMAZON.FallbackIntent", "OkayIntent", "AMAZON.HelpIntent"):
        person.say(intent)
    person.say("HelperHoldIntent", helped="wife")
    person.say("AMAZON.FallbackIntent")
    person.say("AMAZON.NoIntent")
    person.say("AMAZON.NoIntent")
    for intent in (*QUESTION_INTENTS, "FrustratedIntent", "TalkToPersonIntent", "ThanksIntent"):
        if intent != "PregnantIntent":
            person.say(intent)
    person.say("AMAZON.FallbackIntent")
    person.say("AMAZON.FallbackIntent")
    person.say("AMAZON.PreviousIntent")
    person.say("SymptomIntent", symptom="fever")
    flagged = DeviceWithApis(apis=apis, user_id="amzn1.ask.account.FLAGGED")
    flagged.clears_safety_check = False
    flagged.launch()
    flagged.say("AMAZON.YesIntent")
    pregnant = DeviceWithApis(apis=apis, user_id="amzn1.ask.account.PREGNANT")
    pregnant.clears_safety_check = False
    pregnant.launch()
    pregnant.say("AMAZON.NoIntent")
    pregnant.say("PregnantIntent")


def _a_hold_paused_and_spoken(apis: AlexaApis) -> None:
    """A hold paused, carried on, asked about, stopped; a hold spoken with no audio."""
    person = DeviceWithApis(apis=apis, user_id="amzn1.ask.account.HOLDS")
    token = person.start_hold(10).play_directive()["audioItem"]["stream"]["token"]
    person.during_hold("TimeLeftIntent", token, 60_000)
    person.during_hold("ItHurtsIntent", token, 90_000)
    person.during_hold("AMAZON.PauseIntent", token, 120_000)
    person.launch_during_hold(token, 120_000)
    person.say("AMAZON.YesIntent")
    person.during_hold("AMAZON.StopIntent", token, 180_000)
    spoken = DeviceWithApis(apis=apis, user_id="amzn1.ask.account.SPOKEN", audio_player=False)
    spoken.start_hold(5)
    for intent in ("AMAZON.ResumeIntent", "AMAZON.ResumeIntent", "AMAZON.StopIntent"):
        spoken.say(intent)


def _reminders_of_every_kind(apis: AlexaApis) -> None:
    person = DeviceWithApis(apis=apis, user_id="amzn1.ask.account.REMINDERS")
    person.ask("RemindMeIntent", hour="7")
    person.permission_answer("ACCEPTED")
    person.ask("RemindMeIntent", hour="7")
    person.say("PartOfDayIntent", part="EV")
    person.ask("RemindAtPeakIntent")
    person.ask("RemindMeIntent", time="03:00")
    person.ask("RemindDailyIntent", part="MO", days="weekdays")
    person.ask("NotTodayIntent")
    person.ask("ListRemindersIntent")
    person.ask("CancelOneReminderIntent", time="19:00")


def _conversations(apis: AlexaApis) -> None:
    _first_time_with_a_helper_and_red_flags(apis)
    _a_hold_paused_and_spoken(apis)
    _reminders_of_every_kind(apis)
    person = DeviceWithApis(apis=apis, user_id="amzn1.ask.account.EVERY-LANGUAGE")
    person.ask("ProgressIntent")
    person.ask("BackPainIntent")
    for intent in ("AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.NoIntent"):
        person.say(intent)
    person.say("AMAZON.NoIntent")
    person.say("PainRatingIntent", rating="7")
    person.say("AMAZON.YesIntent")
    person.say("SelfHoldIntent")
    for intent in ("WhereIsItIntent", "AMAZON.NextIntent", "AMAZON.RepeatIntent"):
        person.say(intent)
    person.say("FoundItIntent")
    token = person.say("HoldLengthIntent", minutes="5").play_directive()["audioItem"]
    person.event("PlaybackFinished", token["stream"]["token"], 300_000)
    person.ask("PainRatingIntent", rating="3")
    for intent in ("ProgressIntent", "LastHoldIntent", "CountEveryFiveMinutesIntent"):
        person.ask(intent)
    person.ask("UsualLengthIntent", minutes="10")
    person.ask("SpeakSlowerIntent")
    person.ask("RemindDailyIntent", time="19:00")
    person.permission_answer("ACCEPTED")
    person.ask("ListRemindersIntent")
    person.ask("CancelRemindersIntent")
    person.ask("StopKeepingRatingsIntent")
    person.ask("DeleteDataIntent")
    person.say("AMAZON.YesIntent")


@pytest.fixture
def asked_of_english(
    alexa_apis: AlexaApis, skill_on_sqlite: object, monkeypatch: pytest.MonkeyPatch
) -> list[Asked]:
    monkeypatch.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")
    asked: list[Asked] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(languages.PACKS, "en", _recording(words_for("en-US"), asked))
        _conversations(alexa_apis)
    return asked


def _again(pack: Words, asked: Asked) -> Any:
    word = getattr(getattr(pack, asked.part), asked.name)
    if asked.args is None:
        return word
    return word(*asked.args, **asked.kwargs)


def _sentences(given: Any) -> Iterator[str]:
    if isinstance(given, str):
        yield given
    elif isinstance(given, list | tuple) and not hasattr(given, "_fields"):
        for item in given:
            yield from _sentences(item)


@pytest.mark.parametrize("language", sorted(PACK_MODULES))
def test_each_language_answers_all_an_english_conversation_asks(
    asked_of_english: list[Asked], language: str
) -> None:
    assert len({(a.part, a.name) for a in asked_of_english}) > 60
    pack = words_for(f"{language}-{language.upper()}")
    wrong = []
    for asked in asked_of_english:
        given = _again(pack, asked)
        if type(given) is not type(asked.given) and not (
            isinstance(given, str) and isinstance(asked.given, str)
        ):
            wrong.append(f"{asked.part}.{asked.name}: {given!r}")
        elif isinstance(asked.given, str) and asked.given.strip() and not given.strip():
            wrong.append(f"{asked.part}.{asked.name}: nothing said")
        elif [s for s in _sentences(given) if s == asked.given and len(s.split()) > 2]:
            wrong.append(f"{asked.part}.{asked.name}: still English: {given!r}")
    assert wrong == []
