"""The certification check: what Alexa's certification looks at, on the package `make deploy` sends.

Each rule rests on the Alexa Skills Kit documentation:

- Example phrases. "Functional Testing for a Custom Skill": "you include example phrases
  in your skill metadata that display on the skill detail card in the Alexa app. You
  select these phrases from your sample utterances." "Crafting great example phrases that
  meet certification requirements" (Alexa blog): an example phrase reads "[Wake Word],
  [Launch Word] [Invocation Name] [Connecting Word] [Utterance]", and incorrect example
  phrases are "the most common reason submitted skills fail certification".
- Icons and links. "Skill Manifest Schema": publishingInformation.locales.<locale> carries
  `smallIconUri` and `largeIconUri`, privacyAndCompliance.locales.<locale> the
  `privacyPolicyUrl` and `termsOfUseUrl`; "All images referenced in a skill manifest must
  be in PNG format." Submission takes a 108 x 108 and a 512 x 512 icon in every locale,
  and a skill that asks for a permission (ours: reminders) needs a privacy policy.
- Built-in intents. "Standard Built-in Intents": Cancel, Help and Stop are required of
  every custom skill (FallbackIntent and NavigateHome are added to every model). The
  AudioPlayer announcement ("New Alexa Skills Kit (ASK) Feature: Audio Streaming in Alexa
  Skills"): "Include the required built-in intents for pausing and resuming audio in your
  intent schema and implement them", and "your skill should gracefully handle" Next,
  Previous, Repeat, StartOver, LoopOn/Off and ShuffleOn/Off, which reach the skill
  without its invocation name while its audio plays.
- Sample utterances. "Best Practices for Sample Utterances": each sample is a hint for one
  intent; a phrase given to two intents cannot route to both, so the model refuses it.
"""

from __future__ import annotations

import json
import logging
import struct
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from infra.legal_pages import PRIVACY_POLICY, TERMS_OF_USE, language_of, page_url
from infra.skill_manifest import deployed_manifest, load_manifest
from skill import lambda_function
from skill.visuals.images import ICON_LARGE, ICON_SMALL, IMAGES_FOLDER, PICTURES
from tests.support.conversation import Conversation
from toolkit.simulator.invocation import parse_invocation, without_wake_word
from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import LOCALES, load_model, locale_model_path, locales_by_source
from toolkit.simulator.normalise import normalise
from toolkit.simulator.spoken import spoken_for
from toolkit.visuals.render import render_picture

FUNCTION_ARN = "arn:aws:lambda:us-east-1:210987654321:function:acupressure-helper-Skill-x1Y2"
BASE_URL = "https://d111111abcdef8.cloudfront.net/audio"
WAKE_WORD = "Alexa, "
REQUIRED = {"AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent"}
ADDED_TO_EVERY_MODEL = {"AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"}
AUDIO_PLAYER_REQUIRED = {"AMAZON.PauseIntent", "AMAZON.ResumeIntent"}
AUDIO_PLAYER_GRACEFUL = {
    f"AMAZON.{name}Intent"
    for name in ("Next", "Previous", "Repeat", "StartOver", "LoopOn", "LoopOff", "ShuffleOn")
} | {"AMAZON.ShuffleOffIntent"}


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    """skill.json as `make deploy` writes it for `ask deploy`."""
    body: dict[str, Any] = deployed_manifest(load_manifest(), FUNCTION_ARN, BASE_URL)["manifest"]
    return body


def language_model(locale: str) -> dict[str, Any]:
    document = json.loads(locale_model_path(locale).read_text(encoding="utf-8"))
    model: dict[str, Any] = document["interactionModel"]["languageModel"]
    return model


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_locale_is_listed_described_linked_and_modelled_alike(
    manifest: dict[str, Any],
) -> None:
    listings = manifest["publishingInformation"]["locales"]
    policies = manifest["privacyAndCompliance"]["locales"]
    assert set(listings) == set(policies) == set(LOCALES)
    assert {path.stem for path in locale_model_path("en-US").parent.glob("*.json")} == set(LOCALES)
    assert language_model("en-US")["invocationName"] == "acupressure helper"
    # Each locale's store listing has the same parts; a language's locales share its
    # invocation name (in its own words) and the name the store shows.
    assert len({tuple(sorted(listing)) for listing in listings.values()}) == 1
    for language in locales_by_source().values():
        assert len({language_model(locale)["invocationName"] for locale in language}) == 1
        assert len({listings[locale]["name"] for locale in language}) == 1
    assert {listings[locale]["name"] for locale in ("en-US", "en-GB")} == {"Acupressure Helper"}


@pytest.mark.parametrize("locale", LOCALES)
def test_the_icons_are_hosted_pngs_of_the_sizes_the_store_takes(
    manifest: dict[str, Any], locale: str, tmp_path: Path
) -> None:
    listing = manifest["publishingInformation"]["locales"][locale]
    for field, icon, size in (
        ("smallIconUri", ICON_SMALL, (108, 108)),
        ("largeIconUri", ICON_LARGE, (512, 512)),
    ):
        address = listing[field]
        assert address == f"{BASE_URL}/{IMAGES_FOLDER}/{icon.name}"
        assert urlsplit(address).scheme == "https"
        # Rendered with the pictures (`make audio`), so uploaded with them.
        assert icon in PICTURES
        assert png_size(render_picture(icon, tmp_path)) == size


@pytest.mark.parametrize("locale", LOCALES)
def test_the_privacy_policy_and_terms_are_linked_over_https(
    manifest: dict[str, Any], locale: str
) -> None:
    links = manifest["privacyAndCompliance"]["locales"][locale]
    # In the locale's own language (infra/legal/<language>/ for all but English's).
    language = language_of(locale)
    assert language == locale.split("-", maxsplit=1)[0]
    assert links == {
        "privacyPolicyUrl": page_url(BASE_URL, PRIVACY_POLICY, language),
        "termsOfUseUrl": page_url(BASE_URL, TERMS_OF_USE, language),
    }
    for address in links.values():
        parts = urlsplit(address)
        assert parts.scheme == "https"
        assert parts.netloc == urlsplit(BASE_URL).netloc
    assert "example.com" not in json.dumps(manifest)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_example_phrase_is_the_wake_word_the_name_and_a_sample(
    manifest: dict[str, Any], locale: str
) -> None:
    phrases = manifest["publishingInformation"]["locales"][locale]["examplePhrases"]
    model = load_model(locale)
    matcher = Matcher(model, locale=locale)
    samples = {normalise(sample) for intent in model.intents for sample in intent.samples}

    assert 1 <= len(phrases) <= 3
    for phrase in phrases:
        assert phrase.startswith(WAKE_WORD), phrase
        # The locale's own invocation name ("akupressur helfer" in de-DE), opened the way
        # its people open a skill ("frage ... nach").
        invocation = parse_invocation(
            without_wake_word(phrase), model.invocation_name, spoken_for(locale)
        )
        assert invocation is not None, f"{phrase!r} does not name the skill"
        if invocation.is_launch:
            continue
        # What follows the name is one of the samples, word for word (with or without
        # its connecting word), and reaches the intent that sample belongs to.
        said = [request for request in invocation.requests if normalise(request) in samples]
        assert said, f"{phrase!r}: not a sample utterance of {locale}"
        found = matcher.find(said[0])
        assert found is not None
        assert normalise(said[0]) in map(normalise, model.intent(found.intent).samples)  # type: ignore[union-attr]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_required_built_in_intents_are_in_the_model(
    manifest: dict[str, Any], locale: str
) -> None:
    names = {intent["name"] for intent in language_model(locale)["intents"]}
    interfaces = {item["type"] for item in manifest["apis"]["custom"]["interfaces"]}

    assert names >= REQUIRED | ADDED_TO_EVERY_MODEL
    assert "AUDIO_PLAYER" in interfaces
    assert names >= AUDIO_PLAYER_REQUIRED | AUDIO_PLAYER_GRACEFUL


@pytest.mark.parametrize("locale", LOCALES)
def test_no_sample_is_given_twice_or_to_two_intents(locale: str) -> None:
    owners: dict[str, set[str]] = {}
    for intent in language_model(locale)["intents"]:
        written = [" ".join(sample.lower().split()) for sample in intent["samples"]]
        assert len(written) == len(set(written)), intent["name"]
        # As heard: "where's" and "where is" are one phrase to a person.
        for sample in intent["samples"]:
            owners.setdefault(normalise(sample), set()).add(intent["name"])
    assert {said: names for said, names in owners.items() if len(names) > 1} == {}


@pytest.mark.parametrize(
    "intent",
    sorted(REQUIRED | ADDED_TO_EVERY_MODEL | AUDIO_PLAYER_REQUIRED | AUDIO_PLAYER_GRACEFUL),
)
def test_each_built_in_intent_gets_an_answer_not_a_fault(
    intent: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.delenv("SESSIONS_TABLE", raising=False)
    monkeypatch.setenv("ACUPRESSURE_DB", str(tmp_path / "sessions.sqlite3"))
    lambda_function.reset()
    caplog.set_level(logging.ERROR)
    try:
        reply = Conversation().ask(intent)
    finally:
        lambda_function.reset()

    assert reply.speech or reply.directives or reply.ended, intent
    assert "request failed" not in caplog.text
