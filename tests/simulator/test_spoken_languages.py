"""Each language's way of saying numbers, lengths, times, days and the built-in intents.

Every module under toolkit/simulator/spoken/ meets the one interface (mypy checks the
list below); a locale's device hears its own language's, and English is unchanged.
"""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import load_model
from toolkit.simulator.spoken import Spoken, de, en, spoken_for

LANGUAGES: dict[str, Spoken] = {"en": en, "de": de}
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


@pytest.mark.parametrize(
    ("said", "value"),
    [("fünfundzwanzig", 25), ("fünf und zwanzig", 25), ("zwölf", 12), ("dreißig", 30),
     ("einhundertzwanzig", 120), ("25", 25), ("zwanzig fünf", None), ("nullundzwanzig", None)],
)  # fmt: skip
def test_german_numbers_are_one_word(said: str, value: int | None) -> None:
    assert de.number_value(said.split()) == value


@pytest.mark.parametrize(
    ("said", "value"),
    [("zehn minuten", "PT10M"), ("eine halbe stunde", "PT30M"), ("eine viertelstunde", "PT15M"),
     ("eine dreiviertelstunde", "PT45M"), ("anderthalb stunden", "PT1H30M"),
     ("eine stunde und zehn minuten", "PT1H10M"), ("neunzig minuten", "PT90M"),
     ("anderthalb tage", "P1DT12H"), ("36 stunden", "PT36H"), ("zehn minuten eine stunde", None)],
)  # fmt: skip
def test_german_lengths(said: str, value: str | None) -> None:
    assert de.duration_value(said.split()) == value


@pytest.mark.parametrize(
    ("said", "value"),
    [("um acht", "08:00"), ("um zwanzig uhr", "20:00"), ("acht uhr abends", "20:00"),
     ("halb acht", "07:30"), ("viertel vor neun", "08:45"), ("viertel nach sieben", "07:15"),
     ("zwanzig uhr dreißig", "20:30"), ("mittags", "12:00"), ("abends", "EV"),
     ("fünfundzwanzig uhr", None)],
)  # fmt: skip
def test_german_times_of_day_in_24_hours(said: str, value: str | None) -> None:
    assert de.time_value(said.split()) == value


@pytest.mark.parametrize(
    ("said", "value"),
    [("morgen", "2026-11-24"), ("übermorgen", "2026-11-25"), ("am freitag", "2026-11-27"),
     ("nächsten montag", "2026-11-30"), ("sonnabend", "2026-11-28")],
)  # fmt: skip
def test_german_days(said: str, value: str) -> None:
    assert de.date_value(said.split(), MONDAY) == value
