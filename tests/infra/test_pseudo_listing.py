"""A new language's store listing is data only: the deployed copy adds no English to it.

The pseudo-locale is listed with English's listing, every word turned
(tests/support/pseudo_sources.py), and the real deployed-manifest code writes the ASK CLI
project from it: its name, descriptions, example phrases and keywords must come out as
they went in, with only the icons' and pages' addresses added, and its pages must be its
own language's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from infra import legal_pages
from infra.legal_pages import PRIVACY_POLICY, TERMS_OF_USE, page_url
from infra.skill_manifest import MODEL_ROOT, load_manifest, write_project
from tests.support.pseudo_pack import LANGUAGE, LOCALE, untransformed
from tests.support.pseudo_sources import pseudo_legal, pseudo_listing

FUNCTION_ARN = "arn:aws:lambda:eu-west-1:210987654321:function:acupressure-helper-Skill-x1Y2"
BASE_URL = "https://d111111abcdef8.cloudfront.net/audio"
ADDRESSES = {"smallIconUri", "largeIconUri"}


def words_of(listing: dict[str, Any]) -> list[str]:
    """Every piece of a listing a person reads in the store."""
    found: list[str] = []
    for field, value in listing.items():
        if field not in ADDRESSES:
            found += value if isinstance(value, list) else [value]
    return found


@pytest.fixture
def pseudo_model_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """interaction_model/ with the pseudo-locale listed beside the others, and its pages."""
    monkeypatch.setattr(legal_pages, "SOURCES", pseudo_legal(tmp_path / "legal"))
    root = tmp_path / "interaction_model"
    root.mkdir()
    (root / "interactionModels").symlink_to(MODEL_ROOT / "interactionModels")
    manifest = load_manifest()
    listings = manifest["manifest"]["publishingInformation"]["locales"]
    listings[LOCALE] = pseudo_listing(listings["en-US"])
    (root / "skill.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return root


def test_the_pseudo_listing_is_every_english_word_turned() -> None:
    english = load_manifest()["manifest"]["publishingInformation"]["locales"]["en-US"]
    turned = pseudo_listing(english)
    assert len(words_of(turned)) == len(words_of(english)) > 10
    assert all(untransformed(text) == [] for text in words_of(turned))
    assert untransformed(" ".join(words_of(english)))


def test_the_deployed_listing_adds_nothing_english(pseudo_model_root: Path, tmp_path: Path) -> None:
    listed = load_manifest(pseudo_model_root)["manifest"]["publishingInformation"]["locales"]
    written = write_project(
        tmp_path / "project", FUNCTION_ARN, None, BASE_URL, model_root=pseudo_model_root
    )
    deployed = json.loads(written.read_text(encoding="utf-8"))["manifest"]
    listing = deployed["publishingInformation"]["locales"][LOCALE]

    assert set(listing) - set(listed[LOCALE]) == ADDRESSES
    assert [(text, left) for text in words_of(listing) if (left := untransformed(text))] == []
    assert words_of(listing) == words_of(listed[LOCALE])
    # Its own language's pages, which the pseudo-language has.
    assert deployed["privacyAndCompliance"]["locales"][LOCALE] == {
        "privacyPolicyUrl": page_url(BASE_URL, PRIVACY_POLICY, LANGUAGE),
        "termsOfUseUrl": page_url(BASE_URL, TERMS_OF_USE, LANGUAGE),
    }
