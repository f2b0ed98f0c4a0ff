"""A person from France and one from Québec, in their own words, hear no English.

Each says French, heard by their locale's own model as the local device hears it: a
first time with the safety check, the way to the point for someone they help, a question
and a red flag over the hold, and a daily reminder. Every answer is checked for English:
any word the English pack uses that the French pack never does.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from skill.store import SessionStore
from tests.support.alexa_apis import DeviceWithApis
from tests.support.conversation import Reply
from tests.support.skill_clock import use_clock
from toolkit.simulator.alexa_apis import AlexaApis
from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import load_model

SPEECH = Path(__file__).resolve().parents[2] / "skill" / "speech"
REMINDER_RINGS = "C'est l'heure de votre acupression. Dites : Alexa, ouvre Acupression du dos."
# Monday 23 November 2026, 6 pm in London.
NOW = datetime(2026, 11, 23, 18, 0, 5, tzinfo=UTC)


def _words_written(folder: Path) -> set[str]:
    """Every word in the string literals of a pack's modules, lower case; docstrings aside."""
    found: set[str] = set()
    for module in folder.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
            ):
                found |= {word.lower() for word in re.findall(r"[^\W\d_]{2,}", node.value)}
    return found


# Words French says too, though they are in English's pack.
BOTH = frozenset({
    "alexa", "qi", "pause", "stop", "continue", "minute", "minutes", "point", "points", "on",
    "me", "en", "de", "au", "six", "long", "guide", "routine", "questions", "muscles", "tendons",
})  # fmt: skip
# English: any word of English's pack that French does not share, even one written into
# the French pack by mistake.
ENGLISH_ONLY = _words_written(SPEECH) - BOTH


def _texts(found: Any) -> Iterator[str]:
    """Every text in an answer meant for a person: speech, reprompt, cards, screens."""
    if isinstance(found, dict):
        for key, value in found.items():
            if key in {"ssml", "text", "title", "subtitle", "content", "step"}:
                if isinstance(value, str) and not value.startswith("${"):
                    yield value
            else:
                yield from _texts(value)
    elif isinstance(found, list):
        for item in found:
            yield from _texts(item)


def english_in(reply: Reply) -> list[str]:
    said = " ".join(re.sub(r"<[^>]*>", " ", text) for text in _texts(reply.response))
    return [word for word in re.findall(r"[^\W\d_]{2,}", said) if word.lower() in ENGLISH_ONLY]


@dataclass
class FrenchSpeaker:
    """A person on a French-speaking device: says words, the device's model hears them."""

    device: DeviceWithApis
    matcher: Matcher
    answers: list[Reply]

    def _slots(self, said: str) -> tuple[str, dict[str, str]]:
        heard = self.matcher.match(said)
        assert heard.intent != "AMAZON.FallbackIntent", f"not understood: {said!r}"
        return heard.intent, {name: value.value for name, value in heard.slots.items() if value}

    def _kept(self, reply: Reply) -> Reply:
        self.answers.append(reply)
        return reply

    def launch(self) -> Reply:
        return self._kept(self.device.launch())

    def says(self, said: str) -> Reply:
        intent, slots = self._slots(said)
        return self._kept(self.device.say(intent, **slots))

    def asks(self, said: str) -> Reply:
        """ "Alexa, demande à acupression du dos ...": a one-shot."""
        intent, slots = self._slots(said)
        return self._kept(self.device.ask(intent, **slots))

    def over_the_hold(self, said: str, token: str, offset_ms: int) -> Reply:
        intent, slots = self._slots(said)
        heard: dict[str, Any] = slots  # slot names only: never `answering`
        return self._kept(self.device.during_hold(intent, token, offset_ms, **heard))

    def permission(self, status: str) -> Reply:
        return self._kept(self.device.permission_answer(status))


@dataclass(frozen=True)
class Region:
    locale: str
    emergency: str
    yes: str
    no: str
    helping: str
    found: str
    length: str
    question: str
    red_flag: str
    reminder: str


FRANCE = Region(
    locale="fr-FR",
    emergency="112",
    yes="oui s'il vous plaît",
    no="non rien",
    helping="je le fais pour ma femme",
    found="je l'ai trouvé",
    length="vingt minutes s'il vous plaît",
    question="les deux genoux",
    red_flag="elle a les jambes engourdies",
    reminder="rappelle-moi tous les jours à dix-neuf heures",
)
QUEBEC = Region(
    locale="fr-CA",
    emergency="911",
    yes="ben oui",
    no="pantoute",
    helping="j'aide ma blonde",
    found="ok c'est beau",
    length="mettons quinze minutes",
    question="quelle jambe",
    red_flag="elle a les jambes gelées",
    reminder="rappelle-moi chaque jour à dix-neuf heures",
)


@pytest.fixture
def speaker(
    store: SessionStore, alexa_apis: AlexaApis, monkeypatch: pytest.MonkeyPatch
) -> FrenchSpeaker:
    use_clock(monkeypatch, store, NOW)
    device = DeviceWithApis(apis=alexa_apis, clears_safety_check=False)
    return FrenchSpeaker(device, Matcher(load_model("fr-FR")), [])


def _in(speaker: FrenchSpeaker, region: Region) -> FrenchSpeaker:
    speaker.device.locale = region.locale
    speaker.device.user_id = f"amzn1.ask.account.FRENCH-{region.locale}"
    speaker.matcher = Matcher(load_model(region.locale), locale=region.locale)
    return speaker


@pytest.mark.parametrize("region", [FRANCE, QUEBEC], ids=lambda region: region.locale)
def test_a_first_time_for_someone_helped_with_a_red_flag_over_the_hold(
    speaker: FrenchSpeaker, region: Region
) -> None:
    person = _in(speaker, region)
    assert person.launch().speech.endswith("On commence?")
    assert "sécurité" in person.says(region.yes).speech
    assert "enceinte" in person.says(region.no).speech
    assert "vous-même" in person.says("non").speech
    assert "A-t-elle les jambes" in person.says(region.helping).speech
    person.says("non")
    assert "Trouvons le point" in person.says("non").speech
    for _ in range(5):
        assert not person.says("suivant").ended
    assert "Combien de temps" in person.says(region.found).speech
    started = person.says(region.length)
    assert "Appuyez maintenant" in started.speech
    stream = started.play_directive()["audioItem"]["stream"]
    assert f"/{region.locale}/" in stream["url"]

    answered = person.over_the_hold(region.question, stream["token"], 60_000)
    assert "genou" in answered.speech
    flagged = person.over_the_hold(region.red_flag, stream["token"], 120_000)
    assert "ne pas appuyer sur le point" in flagged.speech
    assert f"appelez le {region.emergency}" in flagged.speech

    assert [english_in(reply) for reply in person.answers] == [[]] * len(person.answers)


@pytest.mark.parametrize("region", [FRANCE, QUEBEC], ids=lambda region: region.locale)
def test_a_daily_reminder_is_asked_for_set_and_said_in_french(
    speaker: FrenchSpeaker, region: Region, alexa_apis: AlexaApis
) -> None:
    person = _in(speaker, region)
    asked = person.asks(region.reminder)
    assert asked.speech == "Pour créer un rappel, j'ai d'abord besoin de votre autorisation."
    done = person.permission("ACCEPTED")
    assert done.speech == "C'est fait. Je vous le rappellerai tous les jours à 19 h."
    [reminder] = alexa_apis.active()
    assert english_in(done) == [] and english_in(asked) == []
    assert reminder.request["alertInfo"]["spokenInfo"]["content"] == [
        {"locale": region.locale, "text": REMINDER_RINGS}
    ]


def test_the_check_finds_english_in_a_french_answer() -> None:
    assert {"well", "done", "shall", "knee"} <= ENGLISH_ONLY
    assert not ENGLISH_ONLY & {"pause", "minutes", "alexa", "stop"}
    assert english_in(
        Reply(
            {"response": {"outputSpeech": {"ssml": "<speak>Va pour 5 minutes. Well done.</speak>"}}}
        )
    ) == ["Well", "done"]
