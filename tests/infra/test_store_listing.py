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
# The same claims in each other language the skill is listed in.
CLAIMS_BY_LANGUAGE = {
    "en": CLAIMS,
    "de": {
        "a time to relief": r"\binnerhalb (von )?(etwa |wenigen )?\w+ minuten?\b",
        "relief as the rule": (
            r"\b(oft|meist|immer|wird|schnell)\s+(nachlassen|lindern|verschwinden)"
        ),
        "a cure or treatment": r"\b(heilt|heilen|heilung|behandlung|behandelt|heilmittel)\b",
        "relief promised": r"\b(linderung|lindert|schmerzfrei)\b",
        "evidence not given": r"\b(bewiesen|klinisch|nachweislich|studien zeigen|garantiert)\b",
        "an effect's length": r"\b(volle wirkung|hält stunden an|stärkste wirkung)\b",
        "what it can do": r"\bkann (lindern|helfen|heilen|stoppen)\b",
    },
    "es": {
        "a time to relief": r"\ben (unos |pocos )?\w+ minutos?\b",
        "relief as the rule": (
            r"\b(a menudo|suele|siempre|rápidamente)\s+(empieza a |empezar a )?"
            r"(aliviar|calmar|desaparecer|quitar)"
        ),
        "a cure or treatment": r"\b(cura|curar|curación|tratamiento|trata|remedio)\b",
        "relief promised": r"\b(alivio|alivia|sin dolor)\b",
        "evidence not given": (
            r"\b(demostrado|probado|clínicamente|estudios demuestran|garantizad[oa])\b"
        ),
        "an effect's length": r"\b(efecto completo|dura horas|efecto máximo)\b",
        "what it can do": r"\bpuede (aliviar|ayudar|curar|quitar)\b",
    },
    "fr": {
        "a time to relief": r"\ben (quelques|cinq|\w+) minutes\b",
        "relief as the rule": r"\b(souvent|toujours|vite|rapidement)\s+(soulag|calm|apais|dispar)",
        "a cure or treatment": r"\b(gu[ée]ri\w*|trait(e|ement)s?|rem[èe]des?)\b",
        "relief promised": r"\b(soulag\w*|sans douleur)\b",
        "evidence not given": r"\b(prouv[ée]\w*|cliniquement|garanti\w*|études)\b",
        "an effect's length": r"\b(effet complet|pendant des heures|pic de l'effet)\b",
        "what it can do": r"\bpeut (soulager|aider|réduire|arrêter|calmer)\b",
    },
}
# What each language's listing must say: what many people find, that it does not help
# everyone, and that it is self-care, not medical advice.
HONEST_WORDS = {
    "en": ("Self-care, not medical advice.", "Many people find", "it does not help everyone"),
    "de": (
        "Selbsthilfe, keine ärztliche Beratung.",
        "Viele Menschen finden",
        "das hilft nicht jedem",
    ),
    "es": ("Autocuidado, no consejo médico.", "A mucha gente", "no a todo el mundo"),
    "fr": (
        "Soin personnel, pas un avis médical.",
        "Beaucoup de gens trouvent",
        "ça n'aide pas tout le monde",
    ),
}


def language(locale: str) -> str:
    return locale.split("-", maxsplit=1)[0]


def listed_words(listing: dict[str, object]) -> list[str]:
    keywords = listing["keywords"]
    phrases = listing["examplePhrases"]
    assert isinstance(keywords, list) and isinstance(phrases, list)
    return [str(listing["summary"]), str(listing["description"]), *phrases, *keywords]


@pytest.mark.parametrize("locale", sorted(LISTINGS))
def test_the_listing_promises_nothing_the_article_does_not(locale: str) -> None:
    for text in listed_words(LISTINGS[locale]):
        for claim, pattern in CLAIMS_BY_LANGUAGE[language(locale)].items():
            found = re.search(pattern, text, re.IGNORECASE)
            assert found is None, f"{locale}: {claim}: {found.group(0)!r} in {text!r}"


@pytest.mark.parametrize("locale", sorted(LISTINGS))
def test_the_listing_says_what_many_people_find_and_that_it_is_self_care(locale: str) -> None:
    listing = LISTINGS[locale]
    self_care, many_people, not_everyone = HONEST_WORDS[language(locale)]
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


@pytest.mark.parametrize(
    "said",
    [
        "Rückenschmerzen lassen oft innerhalb von fünf Minuten nach.",
        "Ein Punkt, der Rückenschmerzen lindert.",
        "Die volle Wirkung hält Stunden an.",
        "Das kann helfen.",
    ],
)
def test_the_same_claims_are_caught_in_german(said: str) -> None:
    claims = CLAIMS_BY_LANGUAGE["de"].values()
    assert any(re.search(pattern, said, re.IGNORECASE) for pattern in claims)


@pytest.mark.parametrize(
    "said",
    [
        "La douleur diminue souvent en cinq minutes.",
        "Un point derrière le genou qui peut soulager le mal de dos.",
        "L'effet complet dure pendant des heures.",
        "Un traitement prouvé.",
    ],
)
def test_the_same_claims_are_caught_in_french(said: str) -> None:
    claims = CLAIMS_BY_LANGUAGE["fr"].values()
    assert any(re.search(pattern, said, re.IGNORECASE) for pattern in claims)
