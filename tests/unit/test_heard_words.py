"""Each language's pack hears the back, the parts of the day and a reminder's days.

The words a pack hears for a part of the day and for the days are every value and synonym
of its own model's PART_OF_DAY and DAYS, each as that value's id; the ids are those the
routine knows. The words load the first time they are needed, never with a launch.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skill.routine.reminder_days import Days
from skill.routine.reminder_hours import PART_OF_DAY_TIMES
from skill.speech.languages import words_for
from tests.unit.test_language_packs import loaded_after_a_launch

MODELS = Path(__file__).resolve().parents[2] / "interaction_model"
# Each language's model source, and a locale that speaks it.
SOURCES = {
    "model_source.json": "en-US",
    "model_source.de.json": "de-DE",
    "model_source.es.json": "es-ES",
    "model_source.fr.json": "fr-FR",
}


def _slot_values(source: str, slot_type: str) -> list[tuple[str, str]]:
    """Every value and synonym of a slot type in a model source, with the value's id."""
    model = json.loads((MODELS / source).read_text(encoding="utf-8"))
    [found] = [t for t in model["languageModel"]["types"] if t["name"] == slot_type]
    return [
        (said, value["id"])
        for value in found["values"]
        for said in (value["name"]["value"], *value["name"].get("synonyms", ()))
    ]


@pytest.mark.parametrize(("source", "locale"), SOURCES.items())
def test_every_part_of_the_day_the_model_knows_is_heard(source: str, locale: str) -> None:
    heard = words_for(locale).heard
    values = _slot_values(source, "PART_OF_DAY")
    assert [(said, heard.part_of_day(said)) for said, _ in values] == values
    assert set(heard.parts_of_day.values()) == set(PART_OF_DAY_TIMES)


@pytest.mark.parametrize(("source", "locale"), SOURCES.items())
def test_every_way_of_naming_the_days_the_model_knows_is_heard(source: str, locale: str) -> None:
    heard = words_for(locale).heard
    values = _slot_values(source, "DAYS")
    assert [(said, heard.days_named(said)) for said, _ in values] == values
    assert set(heard.days.values()) == {str(days) for days in Days}


@pytest.mark.parametrize(
    ("locale", "said", "part"),
    [
        ("en-GB", "In the  Evening", "EVENING"),
        ("de-DE", "Am Abend", "EVENING"),
        ("es-MX", "en la tarde", "AFTERNOON"),
        ("es-ES", "Por la noche", "NIGHT"),
        ("fr-CA", "L\u2019après-midi", "AFTERNOON"),
        ("fr-FR", "dans la matinée", "MORNING"),
        ("de-DE", "übermorgen", None),
    ],
)
def test_a_part_of_the_day_is_heard_however_it_is_written(
    locale: str, said: str, part: str | None
) -> None:
    assert words_for(locale).heard.part_of_day(said) == part


@pytest.mark.parametrize(
    ("locale", "said", "back"),
    [
        ("en-US", "back pain please", True),
        ("en-US", "neck", False),
        ("de-DE", "meinen Rücken", True),
        ("de-DE", "Kreuz", True),
        ("de-DE", "Nacken", False),
        ("es-ES", "la espalda", True),
        ("es-MX", "las lumbares", True),
        ("es-US", "cuello", False),
        ("fr-FR", "au dos", True),
        ("fr-CA", "les lombaires", True),
        ("fr-FR", "genou", False),
    ],
)
def test_the_back_is_heard_in_each_language(locale: str, said: str, back: bool) -> None:
    assert words_for(locale).heard.names_the_back(said) is back


def test_english_words_are_not_heard_as_another_language_s() -> None:
    assert not words_for("de-DE").heard.names_the_back("back pain please")
    assert words_for("fr-FR").heard.part_of_day("evening") is None


@pytest.mark.slow  # a launch in a process of its own
@pytest.mark.parametrize(
    ("locale", "module"),
    [("en-GB", "skill.speech.heard_words"), ("de-DE", "skill.speech.de.heard_words")],
)
def test_a_launch_loads_no_heard_words(tmp_path: Path, locale: str, module: str) -> None:
    _, modules = loaded_after_a_launch(locale, tmp_path)
    assert module not in modules
