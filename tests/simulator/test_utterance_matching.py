from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

import pytest

from toolkit.simulator.builtin_phrases import BUILT_IN_PHRASES
from toolkit.simulator.matcher import FALLBACK_INTENT, Matcher
from toolkit.simulator.model import (
    LOCALES,
    IntentSpec,
    InteractionModel,
    SlotSpec,
    SlotType,
    SlotTypeValue,
    load_model,
)
from toolkit.simulator.normalise import normalise
from toolkit.simulator.slots import ER_SUCCESS_MATCH, ER_SUCCESS_NO_MATCH
from toolkit.simulator.spoken import spoken_for

# What a person might say for each slot type, and the value Alexa would send.
EXAMPLES = {
    "AMAZON.NUMBER": ("twelve", "12"),
    "AMAZON.DURATION": ("half an hour", "PT30M"),
    "AMAZON.TIME": ("seven pm", "19:00"),
    "AMAZON.DATE": ("tomorrow", (date.today() + timedelta(days=1)).isoformat()),
    "BODY_PART": ("neck", "neck"),
    "PART_OF_DAY": ("evening", "evening"),
    "HELPED_PERSON": ("wife", "wife"),
    "DAYS": ("weekdays", "weekdays"),
    "SYMPTOM": ("fever", "fever"),
}
# The same in German: what a German speaker says, and the value Alexa would send.
GERMAN_EXAMPLES = {
    "AMAZON.NUMBER": ("zwölf", "12"),
    "AMAZON.DURATION": ("eine halbe stunde", "PT30M"),
    "AMAZON.TIME": ("neunzehn uhr", "19:00"),
    "AMAZON.DATE": ("morgen", (date.today() + timedelta(days=1)).isoformat()),
    "BODY_PART": ("nacken", "nacken"),
    "PART_OF_DAY": ("abends", "abends"),
    "HELPED_PERSON": ("frau", "frau"),
    "DAYS": ("werktags", "werktags"),
    "SYMPTOM": ("fieber", "fieber"),
}
SPANISH_EXAMPLES = {
    "AMAZON.NUMBER": ("doce", "12"),
    "AMAZON.DURATION": ("media hora", "PT30M"),
    "AMAZON.TIME": ("las siete de la tarde", "19:00"),
    "AMAZON.DATE": ("hoy", date.today().isoformat()),
    "BODY_PART": ("cuello", "cuello"),
    "PART_OF_DAY": ("tarde", "tarde"),
    "HELPED_PERSON": ("mujer", "mujer"),
    "DAYS": ("días laborables", "días laborables"),
    "SYMPTOM": ("fiebre", "fiebre"),
}
FRENCH_EXAMPLES = {
    "AMAZON.NUMBER": ("douze", "12"),
    "AMAZON.DURATION": ("une demi-heure", "PT30M"),
    "AMAZON.TIME": ("dix-neuf heures trente", "19:30"),
    "AMAZON.DATE": ("demain", (date.today() + timedelta(days=1)).isoformat()),
    "BODY_PART": ("cou", "cou"),
    "PART_OF_DAY": ("soir", "soir"),
    "HELPED_PERSON": ("femme", "femme"),
    "DAYS": ("en semaine", "en semaine"),
    "SYMPTOM": ("fièvre", "fièvre"),
}
EXAMPLES_BY_LANGUAGE = {
    "en": EXAMPLES,
    "de": GERMAN_EXAMPLES,
    "es": SPANISH_EXAMPLES,
    "fr": FRENCH_EXAMPLES,
}


@cache
def matcher(locale: str) -> Matcher:
    return Matcher(load_model(locale), locale=locale)


def _heard_as_meant(locale: str, intent: IntentSpec, sample: str) -> bool:
    """Whether `sample`, its slots said as a person would, is heard as its own intent."""
    expected: dict[str, str | None] = {slot.name: None for slot in intent.slots}
    said = sample
    examples = EXAMPLES_BY_LANGUAGE[locale.split("-", maxsplit=1)[0]]
    for slot_name in re.findall(r"\{(\w+)\}", sample):
        words, value = examples[intent.slot_type(slot_name)]
        said = said.replace(f"{{{slot_name}}}", words)
        expected[slot_name] = value
    match = matcher(locale).match(said)
    heard = {name: slot.value if slot else None for name, slot in match.slots.items()}
    return match.intent == intent.name and heard == expected


# One test a locale, not one a sample: the models hold tens of thousands of samples, a
# few seconds' matching each.
@pytest.mark.slow
@pytest.mark.parametrize("locale", LOCALES)
def test_every_sample_utterance_matches_its_own_intent(locale: str) -> None:
    missed = [
        f"{intent.name}: {sample}"
        for intent in load_model(locale).intents
        for sample in intent.samples
        if not _heard_as_meant(locale, intent, sample)
    ]
    assert missed == []


@pytest.mark.parametrize(
    ("said", "intent"),
    [(phrase, name) for name, phrases in BUILT_IN_PHRASES.items() for phrase in phrases],
)
def test_common_phrasings_of_built_in_intents_match_without_the_model_listing_them(
    said: str, intent: str
) -> None:
    assert matcher("en-US").match(said).intent == intent


# Builds each locale's matcher over thousands of samples: seconds on a busy machine.
@pytest.mark.slow
@pytest.mark.parametrize("locale", LOCALES)
def test_no_common_phrasing_of_a_built_in_is_a_sample_of_another_intent(locale: str) -> None:
    clashes = [
        (phrase, name, other.name)
        for name, phrases in spoken_for(locale).BUILT_IN_PHRASES.items()
        for phrase in phrases
        for other in load_model(locale).intents
        if other.name != name and phrase in {normalise(sample) for sample in other.samples}
    ]
    assert clashes == []


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("continue", "AMAZON.ResumeIntent"),
        ("keep going", "AMAZON.ResumeIntent"),
        ("next", "AMAZON.NextIntent"),
        ("go back", "AMAZON.PreviousIntent"),
        ("previous step", "AMAZON.PreviousIntent"),
        ("hold on", "AMAZON.PauseIntent"),
        ("I'll hold it myself", "SelfHoldIntent"),
        ("I WILL DO IT MYSELF!", "SelfHoldIntent"),
        ("i am on my own", "SelfHoldIntent"),
        ("Um, where's the point, please?", "WhereIsItIntent"),
        ("where is the point", "WhereIsItIntent"),
        ("I found it, thank you", "FoundItIntent"),
        ("please do", "AMAZON.YesIntent"),
        ("OK.", "OkayIntent"),
        ("no thanks", "AMAZON.NoIntent"),
        ("never mind", "AMAZON.CancelIntent"),
        ("what can I say", "AMAZON.HelpIntent"),
        ("pardon?", "AMAZON.RepeatIntent"),
        ("from the beginning", "AMAZON.StartOverIntent"),
        ("let us start", "BackPainIntent"),
        ("My back hurts.", "BackPainIntent"),
        ("back", "AMAZON.PreviousIntent"),
        ("back pain", "BackPainIntent"),
        ("how much longer", "TimeLeftIntent"),
        ("is it safe for me", "SafetyInfoIntent"),
        ("you decide", "RecommendedLengthIntent"),
        ("a friend is helping", "HelperHoldIntent"),
    ],
)
def test_what_people_say_reaches_the_intent_they_mean(said: str, intent: str) -> None:
    assert matcher("en-US").match(said).intent == intent


@pytest.mark.parametrize(
    ("said", "minutes", "length"),
    [
        ("12", "12", None),
        ("five", "5", None),
        ("for twenty five minutes please", "25", None),
        ("the full thirty minutes", "30", None),
        ("hold it for a hundred minutes", "100", None),
        ("an hour and a half", None, "PT1H30M"),
        ("let's do half an hour", None, "PT30M"),
        ("for a quarter of an hour", None, "PT15M"),
        ("hold it for 1 hour 15 minutes", None, "PT1H15M"),
        ("ninety seconds", None, "PT90S"),
        ("a minute", None, "PT1M"),
    ],
)
def test_hold_lengths_fill_the_number_or_the_duration_slot(
    said: str, minutes: str | None, length: str | None
) -> None:
    match = matcher("en-US").match(said)
    assert match.intent == "HoldLengthIntent"
    filled = {name: slot.value if slot else None for name, slot in match.slots.items()}
    assert filled == {"minutes": minutes, "length": length}


@pytest.mark.parametrize(
    "said",
    ["what's the weather", "banana", "please", "good morning", "twelve apples", "for minutes",
     "play some music", "I found"],
)  # fmt: skip
def test_anything_else_is_the_fallback_intent(said: str) -> None:
    match = matcher("en-US").match(said)
    assert match.intent == FALLBACK_INTENT
    assert match.slots == {}


def test_find_says_nothing_matched_instead_of_falling_back() -> None:
    assert matcher("en-US").find("banana") is None
    found = matcher("en-US").find("found it")
    assert found is not None
    assert found.intent == "FoundItIntent"


CADENCE = SlotType(
    "CadenceType",
    (
        SlotTypeValue("minute", "EVERY_MINUTE", ("every minute", "each minute")),
        SlotTypeValue("quiet", "QUIET", ("silent", "no counting")),
    ),
)
CADENCE_MODEL = InteractionModel(
    "acupressure helper",
    (
        IntentSpec(
            "CadenceIntent",
            ("count {cadence}", "{cadence}"),
            (SlotSpec("cadence", "CadenceType"),),
        ),
        IntentSpec(FALLBACK_INTENT, ()),
    ),
    (CADENCE,),
)


def test_custom_slot_synonyms_resolve_to_the_canonical_value() -> None:
    match = Matcher(CADENCE_MODEL).match("count each minute")
    slot = match.slots["cadence"]
    assert match.intent == "CadenceIntent"
    assert slot is not None
    assert slot.value == "each minute"
    assert slot.resolution is not None
    assert (slot.resolution.status, slot.resolution.name, slot.resolution.id) == (
        ER_SUCCESS_MATCH,
        "minute",
        "EVERY_MINUTE",
    )


def test_a_bare_custom_slot_matches_only_values_of_its_type() -> None:
    resolved = Matcher(CADENCE_MODEL).match("silent").slots["cadence"]
    assert resolved is not None
    assert resolved.resolution is not None
    assert resolved.resolution.name == "quiet"
    assert Matcher(CADENCE_MODEL).match("every hour on the hour").intent == FALLBACK_INTENT


def test_unknown_custom_values_are_captured_without_a_resolution_match() -> None:
    slot = Matcher(CADENCE_MODEL).match("count every ten seconds").slots["cadence"]
    assert slot is not None
    assert slot.value == "every ten seconds"
    assert slot.resolution is not None
    assert slot.resolution.status == ER_SUCCESS_NO_MATCH
    assert slot.resolution.name is None
