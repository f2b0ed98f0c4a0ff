"""The store listing claims no more than the article the skill follows does.

The article (David Corby, "How to Improve Your Back Pain with Acupressure") reports what
"many people" find; it is no trial. So the listing says that, and that the skill is
self-care, not medical advice: no promise of relief, of how soon, or of how long it lasts.
"""

from __future__ import annotations

import re

import pytest

from infra.skill_manifest import load_manifest

LISTINGS = load_manifest()["manifest"]["publishingInformation"]["locales"]
# Words that promise what pressing will do, or when.
CLAIMS = {
    "a time to relief": r"\bwithin (about |a few )?\w+ minutes?\b",
    "relief as the rule": r"\b(often|usually|always|will|quickly)\s+(begins? to |starts? to )?"
    r"(ease|relieve|diminish|reduce|go away|stop)",
    "a cure or treatment": r"\b(cures?|heals?|treats?|treatment|remedy|remedies)\b",
    "relief promised": r"\b(relief|relieves?|pain[- ]free)\b",
    "evidence not given": r"\b(proven|clinically|shown to|studies show|guaranteed?)\b",
    "an effect's length": r"\b(full effect|lasts? for hours|peak effect)\b",
    "what it can do": r"\bcan (ease|relieve|help|reduce|stop)\b",
}


def listed_words(listing: dict[str, object]) -> list[str]:
    keywords = listing["keywords"]
    phrases = listing["examplePhrases"]
    assert isinstance(keywords, list) and isinstance(phrases, list)
    return [str(listing["summary"]), str(listing["description"]), *phrases, *keywords]


@pytest.mark.parametrize("locale", sorted(LISTINGS))
def test_the_listing_promises_nothing_the_article_does_not(locale: str) -> None:
    for text in listed_words(LISTINGS[locale]):
        for claim, pattern in CLAIMS.items():
            found = re.search(pattern, text, re.IGNORECASE)
            assert found is None, f"{locale}: {claim}: {found.group(0)!r} in {text!r}"


# In each language: self-care, not medical advice; what many people find; not everyone.
SAID_PLAINLY = {
    "en": ("Self-care, not medical advice.", "Many people find", "it does not help everyone"),
    "es": ("Autocuidado, no consejo médico.", "A mucha gente", "no a todo el mundo"),
}


@pytest.mark.parametrize("locale", sorted(LISTINGS))
def test_the_listing_says_what_many_people_find_and_that_it_is_self_care(locale: str) -> None:
    listing = LISTINGS[locale]
    self_care, many_people, not_everyone = SAID_PLAINLY[locale.split("-", maxsplit=1)[0]]
    assert self_care in listing["summary"]
    assert many_people in listing["description"]
    assert not_everyone in listing["description"]


@pytest.mark.parametrize(
    "said",
    [
        "Back pain often begins to ease within about five minutes.",
        "A point behind the knee that can ease back pain.",
        "The full effect takes about half an hour, and it can last for hours.",
        "pain relief",
    ],
)
def test_the_claims_the_listing_once_made_are_caught(said: str) -> None:
    assert any(re.search(pattern, said, re.IGNORECASE) for pattern in CLAIMS.values())
