"""Each language's way of saying numbers, lengths, times, days and the built-in intents.

Every module under toolkit/simulator/spoken/ meets the one interface (mypy checks the
list below); a locale's device hears its own language's, and English is unchanged.
"""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import load_model
from toolkit.simulator.spoken import Spoken, en, spoken_for

LANGUAGES: dict[str, Spoken] = {"en": en}
MONDAY = date(2026, 11, 23)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_locale_hears_its_own_language(language: str) -> None:
    assert spoken_for(f"{language}-XX") is LANGUAGES[language]


def test_a_language_without_its_own_words_is_heard_as_english() -> None:
    assert spoken_for("it-IT") is en
    assert spoken_for(None) is en


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_says_yes_no_stop_and_the_audio_controls(language: str) -> None:
    phrases = LANGUAGES[language].BUILT_IN_PHRASES
    for intent in ("Yes", "No", "Stop", "Cancel", "Help", "Pause", "Resume", "Next", "Repeat"):
        assert phrases[f"AMAZON.{intent}Intent"], intent
    said = [phrase for names in phrases.values() for phrase in names]
    assert len(said) == len(set(said)), "a phrase reaching two built-in intents"


def test_english_is_heard_as_before() -> None:
    assert en.number_value(["twenty", "five"]) == 25
    assert en.duration_value(["half", "an", "hour"]) == "PT30M"
    assert en.time_value(["seven", "pm"]) == "19:00"
    assert en.date_value(["on", "friday"], MONDAY) == "2026-11-27"
    assert Matcher(load_model("en-US")).match("stop").intent == "AMAZON.StopIntent"
