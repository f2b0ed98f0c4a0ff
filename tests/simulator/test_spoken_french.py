"""How a French-speaking device hears numbers, lengths, times, days and built-in intents."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import load_model
from toolkit.simulator.normalise import words
from toolkit.simulator.spoken import Spoken, fr, spoken_for

FRENCH: Spoken = fr  # mypy checks the module against the interface
MONDAY = date(2026, 11, 23)


@pytest.mark.parametrize("locale", ["fr-FR", "fr-CA"])
def test_both_locales_hear_french(locale: str) -> None:
    assert spoken_for(locale) is fr


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("cinq", 5), ("dix-sept", 17), ("vingt et un", 21), ("trente-six", 36),
        ("soixante-dix", 70), ("soixante et onze", 71), ("quatre-vingts", 80),
        ("quatre-vingt-dix-neuf", 99), ("cent vingt", 120), ("15", 15),
        ("vingt-zéro", None), ("et un", None), ("dix cinq", None),
    ],
)  # fmt: skip
def test_numbers(said: str, value: int | None) -> None:
    assert fr.number_value(words(said)) == value


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("dix minutes", "PT10M"), ("une demi-heure", "PT30M"), ("une heure et demie", "PT1H30M"),
        ("un quart d'heure", "PT15M"), ("trois quarts d'heure", "PT45M"),
        ("trente-six heures", "PT36H"), ("deux heures dix minutes", "PT2H10M"),
        ("dix minutes deux heures", None), ("minutes", None),
    ],
)  # fmt: skip
def test_lengths(said: str, value: str | None) -> None:
    assert fr.duration_value(words(said)) == value


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("19 h", "19:00"), ("19 h 30", "19:30"), ("dix-neuf heures trente", "19:30"),
        ("sept heures du soir", "19:00"), ("sept heures du matin", "07:00"),
        ("huit heures et demie", "08:30"), ("sept heures moins le quart", "06:45"),
        ("midi", "12:00"), ("minuit", "00:00"), ("le soir", "EV"), ("l'après-midi", "AF"),
        ("à soir", "EV"), ("vingt-cinq heures", None), ("treize heures du soir", None),
    ],
)  # fmt: skip
def test_times_on_the_24_hour_clock(said: str, value: str | None) -> None:
    assert fr.time_value(words(said)) == value


def test_days() -> None:
    assert fr.date_value(words("aujourd'hui"), MONDAY) == "2026-11-23"
    assert fr.date_value(words("demain"), MONDAY) == "2026-11-24"
    assert fr.date_value(words("après-demain"), MONDAY) == "2026-11-25"
    assert fr.date_value(words("vendredi prochain"), MONDAY) == "2026-11-27"
    assert fr.date_value(words("lundi"), MONDAY) == "2026-11-30"


def test_built_in_intents_and_the_skill_s_name_in_french() -> None:
    matcher = Matcher(load_model("fr-CA"), locale="fr-CA")
    assert matcher.match("arrête").intent == "AMAZON.StopIntent"
    assert matcher.match("mets en pause").intent == "AMAZON.PauseIntent"
    assert matcher.match("reprends").intent == "AMAZON.ResumeIntent"
    assert matcher.match("euh, oui s'il vous plaît").intent == "AMAZON.YesIntent"
    assert load_model("fr-FR").invocation_name == "acupression du dos"
