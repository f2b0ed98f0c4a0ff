"""A German person, start to finish, hears German and nothing else.

First time with its safety check, a helper, a red flag with Germany's emergency number,
a question while the hold plays, a hold spoken on a device without audio, progress,
ratings and a reminder (whose own words ring in German). Every answer's speech, cards
and screens must hold no word that only the English pack says (tests/support/
language_check.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from skill.store import SessionStore
from tests.support.alexa_apis import DeviceWithApis
from tests.support.conversation import Conversation, Reply
from tests.support.language_check import foreign_words, vocabulary
from toolkit.simulator.alexa_apis import AlexaApis

LOCALE = "de-DE"


def _texts(found: Any) -> Iterator[str]:
    """Every piece of text in an answer meant for a person: speech, cards, screens, titles."""
    if isinstance(found, dict):
        for key, value in found.items():
            if key in {"ssml", "text", "title", "subtitle", "content", "step"} and isinstance(
                value, str
            ):
                if not value.startswith("${"):
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

    def english(self) -> list[tuple[str, list[str]]]:
        return [
            (text, found)
            for answer in self.answers
            for text in _texts(answer)
            if (found := foreign_words(text, "de"))
        ]


def _token(reply: Reply) -> str:
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


# Words both packs say: German words English also has ("Hand", "still", "Person", "fast"),
# names ("Alexa", "Qi", "App"), months, and the codes a time slot carries ("EV", "MO").
SAID_IN_BOTH = frozenset({
    "af", "alexa", "also", "am", "an", "app", "april", "august", "baby", "d", "ev", "fast",
    "tempo",
    "hand", "in", "minute", "mo", "ni", "november", "pause", "person", "qi", "rest",
    "september", "so", "still", "urin", "was",
})  # fmt: skip


def test_the_german_pack_itself_holds_no_english_words() -> None:
    assert vocabulary("de") & vocabulary("en") <= SAID_IN_BOTH


def test_the_check_finds_english_words_among_german_ones() -> None:
    assert foreign_words("Sehr gut. Well done, take care.", "de") == [
        "Well",
        "done",
        "take",
        "care",
    ]
    assert foreign_words("<speak>Alles Gute. Rufen Sie die 112.</speak>", "de") == []


@pytest.mark.usefixtures("audio_base")
def test_a_first_time_german_person_hears_only_german(
    store: SessionStore, alexa_apis: AlexaApis
) -> None:
    heard = Heard()
    person = DeviceWithApis(
        user_id="amzn1.ask.account.DE-FIRST", apis=alexa_apis, locale=LOCALE, screen=True,
        clears_safety_check=False,
    )  # fmt: skip
    welcome = heard(person.launch())
    check = heard(person.say("AMAZON.YesIntent"))
    heard(person.say("AMAZON.NoIntent"))
    heard(person.say("AMAZON.NoIntent"))
    heard(person.say("SelfHoldIntent"))
    heard(person.say("HowHardIntent"))
    heard(person.say("AMAZON.FallbackIntent"))
    heard(person.say("AMAZON.NextIntent"))
    heard(person.say("FoundItIntent"))
    started = heard(person.say("HoldLengthIntent", minutes="10"))
    token = _token(started)
    heard(person.event("PlaybackNearlyFinished", token, 60_000))
    left = heard(person.during_hold("TimeLeftIntent", token, 120_000))
    heard(person.during_hold("DoesItWorkIntent", token, 150_000))
    heard(person.during_hold("AMAZON.PauseIntent", token, 180_000))
    heard(person.launch_during_hold(token, 180_000))
    resumed = heard(person.say("AMAZON.YesIntent"))
    heard(person.event("PlaybackFinished", _token(resumed), 600_000))
    heard(person.ask("PainRatingIntent", rating="3"))
    heard(person.ask("ProgressIntent"))
    heard(person.ask("RemindDailyIntent", time="19:00"))
    heard(person.permission_answer("ACCEPTED"))
    listed = heard(person.ask("ListRemindersIntent"))

    assert "Sollen wir anfangen?" in welcome.speech
    assert "Sicherheitscheck" in check.speech
    assert "10 Minuten" in started.speech or "Noch" in left.speech
    assert "jeden Tag um 19 Uhr" in listed.speech
    rings = [reminder.spoken_text for reminder in alexa_apis.active()]
    assert rings == [
        "Zeit für Ihre Akupressur. Sagen Sie: Alexa, frage Akupressur Helfer nach Rückenschmerzen."
    ]
    assert sum(1 for answer in heard.answers for _ in _texts(answer)) > 25
    assert heard.english() == []


@pytest.mark.usefixtures("audio_base")
def test_a_german_helper_and_a_red_flag_with_germany_s_number(store: SessionStore) -> None:
    heard = Heard()
    helper = Conversation(
        user_id="amzn1.ask.account.DE-HELPER", locale=LOCALE, clears_safety_check=False
    )
    heard(helper.launch())
    heard(helper.say("HelperHoldIntent", helped="Frau"))
    heard(helper.say("AMAZON.YesIntent"))
    red_flag = heard(helper.say("SymptomIntent", symptom="ihre Beine sind ganz taub"))

    assert "112" in red_flag.speech
    assert "911" not in red_flag.speech
    assert red_flag.ended
    assert heard.english() == []


@pytest.mark.usefixtures("audio_base")
def test_a_german_hold_spoken_on_a_device_without_audio(store: SessionStore) -> None:
    heard = Heard()
    person = Conversation(
        user_id="amzn1.ask.account.DE-SPOKEN",
        locale=LOCALE,
        audio_player=False,
        clears_safety_check=False,
    )
    heard(person.ask("BackPainIntent", minutes="5"))
    heard(person.say("AMAZON.NoIntent"))
    heard(person.say("AMAZON.NoIntent"))
    heard(person.say("SelfHoldIntent"))
    heard(person.say("FoundItIntent"))
    heard(person.say("TimeLeftIntent"))
    for _ in range(12):
        if heard(person.say("AMAZON.ResumeIntent")).ended:
            break

    said = " ".join(text for answer in heard.answers for text in _texts(answer))
    assert "Noch" in said
    assert heard.english() == []
