"""Each locale hears its own everyday English, and only its own.

model_source.json's `localeSamples` adds a locale's words to that locale's model alone
(toolkit/simulator/build_models.py); the local device matches a locale's model.
"""

from __future__ import annotations

import pytest

from toolkit.simulator.build_models import UnknownIntentError, build_locale_models
from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import load_model


def heard(locale: str, said: str) -> str | None:
    found = Matcher(load_model(locale)).find(said)
    return found.intent if found else None


AUSTRALIAN = {
    "me back's killing me": "BackPainIntent",
    "my back's playing up": "BackPainIntent",
    "on me own": "SelfHoldIntent",
    "whereabouts is it": "WhereIsItIntent",
    "it bloody hurts": "ItHurtsIntent",
    "cheers": "ThanksIntent",
    "ta": "ThanksIntent",
    "cheers mate": "ThanksIntent",
    "righto": "OkayIntent",
    "right oh": "OkayIntent",
}


@pytest.mark.parametrize(("said", "intent"), AUSTRALIAN.items())
def test_an_australian_is_heard_in_their_own_words(said: str, intent: str) -> None:
    assert heard("en-AU", said) == intent


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("I've put my back out", "BackPainIntent"),
        ("my back's playing up", "BackPainIntent"),
        ("by meself", "SelfHoldIntent"),
        ("cheers love", "ThanksIntent"),
        ("righto", "OkayIntent"),
        ("yes go on then", "AMAZON.YesIntent"),
    ],
)
def test_a_british_speaker_is_heard_in_their_own_words(said: str, intent: str) -> None:
    assert heard("en-GB", said) == intent


@pytest.mark.parametrize(
    ("locale", "said", "intent"),
    [
        ("en-IN", "my back is paining", "BackPainIntent"),
        ("en-IN", "please start", "AMAZON.YesIntent"),
        ("en-IN", "kindly start the timer", "SkipStepsIntent"),
        ("en-CA", "my back's acting up", "BackPainIntent"),
        ("en-CA", "yeah for sure", "AMAZON.YesIntent"),
        ("en-US", "I threw my back out", "BackPainIntent"),
        ("en-US", "you bet", "AMAZON.YesIntent"),
    ],
)
def test_each_locale_hears_its_own_everyday_words(locale: str, said: str, intent: str) -> None:
    assert heard(locale, said) == intent


@pytest.mark.parametrize(
    "said",
    [
        "me back's killing me",
        "on me own",
        "whereabouts is it",
        "ta",
        "kindly tell me where it is",
    ],
)
def test_american_english_is_not_given_words_it_does_not_use(said: str) -> None:
    assert heard("en-US", said) is None


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-AU", "en-CA", "en-IN"])
def test_thanks_is_heard_everywhere(locale: str) -> None:
    assert heard(locale, "thank you") == "ThanksIntent"


def test_a_locale_s_words_for_an_intent_the_model_lacks_are_refused() -> None:
    source = {
        "locales": ["en-AU"],
        "languageModel": {"invocationName": "acupressure helper", "intents": []},
        "localeSamples": {"en-AU": {"BackIntent": ["me back"]}},
    }
    with pytest.raises(UnknownIntentError, match="BackIntent"):
        build_locale_models(source)
