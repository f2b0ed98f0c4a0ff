"""A Spanish speaker, from Spain and from Mexico, in their own words: nothing heard in English.

Each line the person says goes through the locale's own model on the local device's
matcher, as Alexa would hear it, and what the skill answers (speech, cards, screens) must
carry no word that only the English pack says (tests/support/language_check.py): the
first time, a helper, a red flag, a question mid-hold and a reminder.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from skill.store import SessionStore
from tests.support.alexa_apis import DeviceWithApis
from tests.support.conversation import Reply
from tests.support.language_check import foreign_words, vocabulary
from toolkit.simulator.alexa_apis import AlexaApis
from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import load_model

# Words both packs say: Spanish words English also has ("no", "me", "once"), names
# ("Alexa", "Qi", "app"), the codes a time slot carries ("EV", "MO"), and word beginnings
# heard in symptoms ("fall" in "me fallan las piernas").
SAID_IN_BOTH = frozenset({
    "a", "af", "alexa", "app", "d", "electric", "en", "ev", "fall", "incontinen", "me", "mo",
    "inflam", "ni", "no", "normal", "once", "qi", "tempo",
})  # fmt: skip
SPAIN, MEXICO = "es-ES", "es-MX"


def _texts(found: Any) -> Iterator[str]:
    """Every piece of text in an answer meant for a person: speech, cards, screens, titles."""
    if isinstance(found, dict):
        for key, value in found.items():
            if key in {"ssml", "text", "title", "subtitle", "content"} and isinstance(value, str):
                if not value.startswith("${"):  # an APL page's binding to its data, not words
                    yield value
            else:
                yield from _texts(value)
    elif isinstance(found, list):
        for item in found:
            yield from _texts(item)


def english_in(text: str) -> list[str]:
    """The words of `text` that only the English pack says."""
    return foreign_words(text, "es")


class SpanishSpeaker:
    """A person who speaks Spanish to the skill, heard through the locale's model."""

    def __init__(self, locale: str, apis: AlexaApis, name: str) -> None:
        self.device = DeviceWithApis(
            user_id=f"amzn1.ask.account.{name}-{locale}",
            apis=apis,
            locale=locale,
            clears_safety_check=False,
        )
        self.matcher = Matcher(load_model(locale), locale=locale)
        self.answers: list[dict[str, Any]] = []

    def _slots(self, words: str) -> tuple[str, dict[str, str | None]]:
        match = self.matcher.match(words)
        assert match.intent != "AMAZON.FallbackIntent", f"{words!r} was not understood"
        slots = {name: value.value for name, value in match.slots.items() if value is not None}
        return match.intent, dict(slots)

    def _heard(self, reply: Reply) -> Reply:
        self.answers.append(reply.response)
        return reply

    def opens(self) -> Reply:
        return self._heard(self.device.launch())

    def says(self, words: str) -> Reply:
        intent, slots = self._slots(words)
        return self._heard(self.device.say(intent, **slots))

    def asks(self, words: str) -> Reply:
        """ "Alexa, pide a ayudante de acupresión ...": a new session."""
        intent, slots = self._slots(words)
        return self._heard(self.device.ask(intent, **slots))

    def asks_over_the_hold(self, words: str, token: str, offset_ms: int) -> Reply:
        intent, _ = self._slots(words)
        return self._heard(self.device.during_hold(intent, token, offset_ms))

    def allows_reminders(self) -> Reply:
        return self._heard(self.device.permission_answer("ACCEPTED"))

    def english_heard(self) -> list[tuple[str, list[str]]]:
        return [
            (text, found)
            for answer in self.answers
            for text in _texts(answer)
            if (found := english_in(text))
        ]


def test_the_spanish_pack_itself_holds_no_english_words() -> None:
    assert vocabulary("es") & vocabulary("en") <= SAID_IN_BOTH


def test_the_check_finds_an_english_word_in_spanish() -> None:
    assert english_in("<speak>Muy bien. Shall we start?</speak>") == ["Shall", "we", "start"]
    assert english_in("<speak>No, me he caído. Son 5 minutos.</speak>") == []


@pytest.mark.usefixtures("audio_base")
@pytest.mark.parametrize(("locale", "number"), [(SPAIN, "112"), (MEXICO, "911")])
def test_the_first_time_a_question_mid_hold_and_a_reminder(
    store: SessionStore, alexa_apis: AlexaApis, locale: str, number: str
) -> None:
    person = SpanishSpeaker(locale, alexa_apis, "PRIMERA")
    assert "¿Empezamos?" in person.opens().speech
    assert "preguntas de seguridad" in person.says("sí").speech
    assert "embarazada" in person.says("no").speech
    assert "le ayuda alguien" in person.says("no").speech
    assert "postura cómoda" in person.says("yo").speech
    for _ in range(5):
        person.says("siguiente")
    assert "¿Cuánto tiempo" in person.says("lo encontré").speech
    started = person.says("quince minutos")
    assert "15 minutos" in started.speech
    stream = started.play_directive()["audioItem"]["stream"]
    token: str = stream["token"]
    # Spain's recording in its own voice, Mexico's in Latin American Spanish.
    assert f"/{locale}/" in stream["url"]
    five_minutes_in = stream["offsetInMilliseconds"] + 300_000

    assert (
        "Quedan unos 10 minutos"
        in person.asks_over_the_hold("cuánto tiempo queda", token, five_minutes_in).speech
    )
    assert (
        "izquierda o la derecha"
        in person.asks_over_the_hold("qué rodilla", token, five_minutes_in).speech
    )

    person.asks("recuérdamelo todos los días a las siete de la tarde")
    set_ = person.allows_reminders()
    assert "Se lo recordaré todos los días" in set_.speech
    assert ("a las 19:00" if locale == SPAIN else "a las 7 de la tarde") in set_.speech
    assert person.english_heard() == []


@pytest.mark.parametrize(("locale", "number"), [(SPAIN, "112"), (MEXICO, "911")])
def test_a_helper_and_a_red_flag_in_their_own_words(
    store: SessionStore, alexa_apis: AlexaApis, locale: str, number: str
) -> None:
    helper = SpanishSpeaker(locale, alexa_apis, "AYUDA")
    helper.opens()
    helper.says("sí")
    checked = helper.says("lo hago por mi madre")
    assert "la seguridad de esa persona" in checked.speech
    answer = helper.says("tiene fiebre")
    assert f"busque ayuda para esa persona ya: llame al {number}" in answer.speech

    alone = SpanishSpeaker(locale, alexa_apis, "SOLO")
    urgent = alone.asks("tengo fiebre y me duele la espalda")
    assert f"llame al {number}" in urgent.speech
    assert "médico" in urgent.speech
    assert helper.english_heard() == alone.english_heard() == []
