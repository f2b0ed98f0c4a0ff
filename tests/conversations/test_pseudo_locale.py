"""No sentence lives outside the language pack.

The skill is given a pseudo-language whose pack is the English pack with every word
accented and bracketed (tests/support/pseudo_pack.py). Whole conversations in it (the way
to the point with its safety check, help, questions and a fallback, a hold on a screen
device with pause, resume and its end, a hold spoken on a device without audio,
progress, ratings, preferences, reminders, deleting data, and a fault) must say, show
and title nothing that did not come from the pack: any English left once the pack's
words are taken out was written somewhere else.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from skill.speech import languages
from skill.speech.languages import ENGLISH
from tests.support import pseudo_pack
from tests.support.alexa_apis import DeviceWithApis
from tests.support.conversation import Reply
from tests.support.pseudo_pack import LOCALE, pseudo, untransformed
from toolkit.simulator.alexa_apis import AlexaApis


@pytest.fixture(autouse=True)
def pseudo_language(monkeypatch: pytest.MonkeyPatch, skill_on_sqlite: object) -> None:
    monkeypatch.setitem(languages.PACKS, pseudo_pack.LANGUAGE, pseudo_pack.pseudo_pack(ENGLISH))


def _texts(found: Any) -> Iterator[str]:
    """Every piece of text in an answer meant for a person: speech, cards, screens, titles."""
    if isinstance(found, dict):
        for key, value in found.items():
            if key in {"ssml", "text", "title", "subtitle", "content", "step"} and isinstance(
                value, str
            ):
                if not value.startswith("${"):  # an APL page's binding to its data, not words
                    yield value
            else:
                yield from _texts(value)
    elif isinstance(found, list):
        for item in found:
            yield from _texts(item)


class Heard:
    """Everything the person was told, answer by answer."""

    def __init__(self) -> None:
        self.answers: list[dict[str, Any]] = []

    def __call__(self, reply: Reply) -> Reply:
        self.answers.append(reply.response)
        return reply

    def english_left(self) -> list[tuple[str, list[str]]]:
        return [
            (text, left)
            for answer in self.answers
            for text in _texts(answer)
            if (left := untransformed(text))
        ]

    def spoken(self) -> int:
        return sum(1 for answer in self.answers for _ in _texts(answer))


def _person(apis: AlexaApis, name: str, **settings: Any) -> DeviceWithApis:
    return DeviceWithApis(
        user_id=f"amzn1.ask.account.PSEUDO-{name}",
        apis=apis,
        locale=LOCALE,
        clears_safety_check=False,
        **settings,
    )


def _token(reply: Reply) -> str:
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


def test_the_untransformed_check_finds_english_outside_the_pack() -> None:
    assert untransformed(f"<speak>{pseudo('Say next.')} Then stop.</speak>") == ["Then", "stop"]
    assert untransformed(f"<speak>{pseudo('I am sorry your {place} hurts.')}</speak>") == []


@pytest.mark.usefixtures("audio_base")
def test_the_way_to_the_point_and_a_hold_on_a_screen(alexa_apis: AlexaApis) -> None:
    heard = Heard()
    person = _person(alexa_apis, "WAY", screen=True)
    heard(person.launch())
    heard(person.say("AMAZON.HelpIntent"))
    heard(person.say("AMAZON.YesIntent"))
    heard(person.say("AMAZON.NoIntent"))
    heard(person.say("AMAZON.NoIntent"))
    heard(person.say("HelperHoldIntent"))
    heard(person.say("AMAZON.FallbackIntent"))
    heard(person.say("AMAZON.FallbackIntent"))
    heard(person.say("WhichKneeIntent"))
    heard(person.say("OtherPainIntent", place="neck"))
    heard(person.say("AMAZON.NextIntent"))
    heard(person.say("AMAZON.PreviousIntent"))
    heard(person.say("WhereIsItIntent"))
    heard(person.say("FoundItIntent"))
    heard(person.say("HoldLengthIntent", minutes="99"))
    started = heard(person.say("HoldLengthIntent", minutes="12"))
    token = _token(started)
    heard(person.event("PlaybackNearlyFinished", token, 60_000))
    heard(person.during_hold("TimeLeftIntent", token, 120_000))
    heard(person.during_hold("AMAZON.PauseIntent", token, 180_000))
    heard(person.launch_during_hold(token, 180_000))
    resumed = heard(person.say("AMAZON.YesIntent"))
    heard(person.event("PlaybackFinished", _token(resumed), 720_000))
    heard(person.ask("AMAZON.NextIntent"))

    assert heard.spoken() > 40
    assert heard.english_left() == []


@pytest.mark.usefixtures("audio_base")
def test_a_hold_spoken_on_a_device_without_audio(alexa_apis: AlexaApis) -> None:
    heard = Heard()
    person = _person(alexa_apis, "SPOKEN", audio_player=False)
    heard(person.ask("BackPainIntent", minutes="5"))
    heard(person.say("AMAZON.NoIntent"))
    heard(person.say("AMAZON.NoIntent"))
    heard(person.say("SelfHoldIntent"))
    heard(person.say("FoundItIntent"))
    heard(person.say("TimeLeftIntent"))
    heard(person.say("AMAZON.HelpIntent"))
    heard(person.say("AMAZON.FallbackIntent"))
    for _ in range(12):
        if heard(person.say("AMAZON.ResumeIntent")).ended:
            break

    assert heard.spoken() > 12
    assert heard.english_left() == []


@pytest.mark.usefixtures("audio_base")
def test_progress_ratings_preferences_reminders_and_deleting(alexa_apis: AlexaApis) -> None:
    heard = Heard()
    person = _person(alexa_apis, "ASIDES")
    heard(person.ask("ProgressIntent"))
    heard(person.ask("BackPainIntent"))
    heard(person.say("AMAZON.NoIntent"))
    heard(person.say("AMAZON.NoIntent"))
    heard(person.say("PainRatingIntent", rating="7"))
    heard(person.say("AMAZON.YesIntent"))
    heard(person.say("SelfHoldIntent"))
    heard(person.say("FoundItIntent"))
    token = _token(heard(person.say("HoldLengthIntent", minutes="5")))
    heard(person.event("PlaybackFinished", token, 300_000))
    heard(person.ask("PainRatingIntent", rating="3"))
    heard(person.ask("ProgressIntent"))
    heard(person.ask("LastHoldIntent"))
    heard(person.ask("UsualLengthIntent", minutes="10"))
    heard(person.ask("CountEveryFiveMinutesIntent"))
    heard(person.ask("SpeakSlowerIntent"))
    heard(person.ask("RemindDailyIntent", time="19:00"))
    heard(person.permission_answer("ACCEPTED"))
    heard(person.ask("RemindMeIntent", hour="7"))
    heard(person.say("PartOfDayIntent", part="EV"))
    heard(person.ask("ListRemindersIntent"))
    heard(person.ask("CancelOneReminderIntent", time="19:00"))
    heard(person.ask("CancelRemindersIntent"))
    heard(person.ask("StopKeepingRatingsIntent"))
    heard(person.ask("DeleteDataIntent"))
    heard(person.say("AMAZON.YesIntent"))
    heard(person.ask("AMAZON.PauseIntent"))

    assert heard.spoken() > 25
    assert heard.english_left() == []
