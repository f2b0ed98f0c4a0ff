"""The skill package: every locale's interaction model is generated, valid, and the same
but for each locale's own everyday words."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from toolkit.simulator.invocation import parse_invocation, without_wake_word
from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import (
    LOCALES,
    MODEL_ROOT,
    load_model,
    locale_model_path,
    locales_by_source,
)
from toolkit.simulator.normalise import normalise
from toolkit.simulator.spoken import spoken_for

CUSTOM_INTENTS = {
    "BackPainIntent", "SelfHoldIntent", "HelperHoldIntent", "FoundItIntent", "WhereIsItIntent",
    "HoldLengthIntent", "RecommendedLengthIntent", "SafetyInfoIntent", "TimeLeftIntent",
    "DeleteDataIntent",
}  # fmt: skip
BUILT_IN_INTENTS = {
    f"AMAZON.{name}Intent"
    for name in (
        "Yes", "No", "Help", "Stop", "Cancel", "Fallback", "NavigateHome", "Next", "Previous",
        "Repeat", "StartOver", "Pause", "Resume", "LoopOn", "LoopOff", "ShuffleOn", "ShuffleOff",
    )
}  # fmt: skip
# Built-ins that must come without samples of ours.
UNEXTENDED = {"AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"}


def build_models(*options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toolkit.simulator.build_models", *options],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def language_model(locale: str) -> dict[str, Any]:
    document = json.loads(locale_model_path(locale).read_text(encoding="utf-8"))
    model: dict[str, Any] = document["interactionModel"]["languageModel"]
    return model


def test_the_committed_locale_files_are_what_the_source_generates() -> None:
    done = build_models("--check")
    assert done.returncode == 0, done.stderr


def test_the_check_finds_a_hand_edited_locale_and_writing_mends_it(tmp_path: Path) -> None:
    root = tmp_path / "interaction_model"
    shutil.copytree(MODEL_ROOT, root)
    edited = locale_model_path("en-GB", root)
    edited.write_text(edited.read_text().replace('"back pain"', '"bad back"'))

    found = build_models("--check", "--root", str(root))
    mended = build_models("--root", str(root))
    again = build_models("--check", "--root", str(root))

    assert found.returncode == 1
    assert "en-GB.json" in found.stderr
    assert "en-US.json" not in found.stderr
    assert mended.returncode == 0
    assert again.returncode == 0
    assert edited.read_text() == locale_model_path("en-GB").read_text()


# Each language's source and the locales it names: {model_source.de.json: ("de-DE",)}.
SOURCES = locales_by_source()


def _without_own_words(locale: str) -> dict[str, Any]:
    path = next(path for path, named in SOURCES.items() if locale in named)
    source = json.loads(path.read_text(encoding="utf-8"))
    own: dict[str, list[str]] = source.get("localeSamples", {}).get(locale, {})
    model = language_model(locale)
    for intent in model["intents"]:
        added = own.get(intent["name"], [])
        assert intent["samples"][len(intent["samples"]) - len(added) :] == added
        intent["samples"] = intent["samples"][: len(intent["samples"]) - len(added)]
    return model


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def test_a_language_s_locales_have_the_same_model_but_for_their_own_words(source: Path) -> None:
    models = [_without_own_words(locale) for locale in SOURCES[source]]
    assert all(model == models[0] for model in models)


def _declared(locale: str) -> dict[str, dict[str, str]]:
    return {
        intent["name"]: {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        for intent in language_model(locale)["intents"]
    }


@pytest.mark.parametrize("locale", LOCALES)
def test_every_language_s_model_has_english_s_intents_slots_and_types(locale: str) -> None:
    """The skill's handlers are the same in every language: only the words differ."""
    assert _declared(locale) == _declared("en-US")
    types = {kind["name"] for kind in language_model(locale).get("types", [])}
    assert types == {kind["name"] for kind in language_model("en-US").get("types", [])}


@pytest.mark.parametrize("locale", LOCALES)
def test_each_locale_is_a_valid_interaction_model(locale: str) -> None:
    model = language_model(locale)
    intents = model["intents"]
    names = [intent["name"] for intent in intents]
    declared_types = {kind["name"] for kind in model.get("types", [])}

    # Each language names the skill in its own words: two or more words, in lower case.
    assert re.fullmatch(r"[^\W\d_]+( [^\W\d_]+)+", model["invocationName"])
    assert model["invocationName"] == model["invocationName"].lower()
    assert len(names) == len(set(names))
    assert set(names) >= CUSTOM_INTENTS | BUILT_IN_INTENTS
    for intent in intents:
        slots = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        for slot_type in slots.values():
            assert slot_type.startswith("AMAZON.") or slot_type in declared_types
        used = set()
        for sample in intent["samples"]:
            # Sample utterances are spelled out: letters (any language's), spaces,
            # apostrophes, periods, slots.
            assert re.fullmatch(r"(?:[^\W\d_]|[' .{}])+", sample), sample
            used |= set(re.findall(r"\{(\w+)\}", sample))
        assert used == set(slots), intent["name"]
        if intent["name"] in UNEXTENDED:
            assert intent["samples"] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_no_sample_utterance_belongs_to_two_intents(locale: str) -> None:
    owners: dict[str, set[str]] = {}
    for intent in language_model(locale)["intents"]:
        for sample in intent["samples"]:
            owners.setdefault(normalise(sample), set()).add(intent["name"])
    assert {said: names for said, names in owners.items() if len(names) > 1} == {}


def test_the_manifest_describes_the_skill_in_every_locale() -> None:
    manifest = json.loads((MODEL_ROOT / "skill.json").read_text())["manifest"]

    assert manifest["manifestVersion"] == "1.0"
    custom = manifest["apis"]["custom"]
    assert custom["endpoint"]["uri"] == (
        "arn:aws:lambda:us-east-1:123456789012:function:acupressure-helper"
    )
    assert [i["type"] for i in custom["interfaces"]] == [
        "AUDIO_PLAYER",
        "CAN_FULFILL_INTENT_REQUEST",
        "ALEXA_PRESENTATION_APL",
    ]
    locales = manifest["publishingInformation"]["locales"]
    assert set(locales) == set(LOCALES)
    for listing in (locales[locale] for locale in locales if locale.startswith("en-")):
        assert listing["name"] == "Acupressure Helper"
        assert "not medical advice" in listing["description"]
        assert all(phrase.startswith("Alexa, ") for phrase in listing["examplePhrases"])


def test_every_example_phrase_reaches_an_intent_of_the_skill() -> None:
    manifest = json.loads((MODEL_ROOT / "skill.json").read_text())["manifest"]
    for locale, listing in manifest["publishingInformation"]["locales"].items():
        model = load_model(locale)
        matcher = Matcher(model, locale=locale)
        for phrase in listing["examplePhrases"]:
            tokens = without_wake_word(phrase)
            invocation = parse_invocation(tokens, model.invocation_name, spoken_for(locale))
            assert invocation is not None, phrase
            found = [matcher.find(request) for request in invocation.requests]
            assert invocation.is_launch or any(found), phrase
