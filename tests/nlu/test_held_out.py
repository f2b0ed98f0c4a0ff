"""The held-out lines measure what the model was not written from: none is one of its samples."""

from __future__ import annotations

from dataclasses import replace

import pytest

from toolkit.nlu.filled_samples import filled_samples, leaked
from toolkit.nlu.lines import HELD_OUT, read_all
from toolkit.simulator.model import LOCALES, InteractionModel, load_model

HELD_OUT_LINES = [line.utterance for line in read_all() if line.set == HELD_OUT]
MODELS = [load_model(locale) for locale in LOCALES]


def _with_sample(model: InteractionModel, intent_name: str, sample: str) -> InteractionModel:
    intents = tuple(
        replace(intent, samples=(*intent.samples, sample)) if intent.name == intent_name else intent
        for intent in model.intents
    )
    return replace(model, intents=intents)


# Fills every sample of the locale's model with every listed value: seconds each.
@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS, ids=LOCALES)
def test_no_held_out_line_is_a_sample_of_any_locale_s_model(model: InteractionModel) -> None:
    assert leaked(HELD_OUT_LINES, [model]) == []


# Fills every sample of five locales with every listed value: several seconds.
@pytest.mark.slow
def test_a_held_out_line_pasted_into_the_model_is_found() -> None:
    pasted = _with_sample(MODELS[1], "SameAsUsualIntent", "same as I usually do")
    assert "same as I usually do" in leaked(HELD_OUT_LINES, [*MODELS, pasted])


# Fills a whole model anew: seconds.
@pytest.mark.slow
def test_a_held_out_line_pasted_with_its_number_as_a_slot_is_found() -> None:
    # "can you make ten minutes my usual", with "ten" left for AMAZON.NUMBER to fill.
    pasted = _with_sample(MODELS[0], "UsualLengthIntent", "can you make {minutes} minutes my usual")
    assert "can you make ten minutes my usual" in leaked(HELD_OUT_LINES, [pasted])


# Fills a whole model anew: seconds.
@pytest.mark.slow
def test_a_held_out_line_is_found_through_a_custom_slot_s_synonyms() -> None:
    pasted = _with_sample(MODELS[0], "OtherPainIntent", "can you help with my {place}")
    assert "can you help with my neck" in leaked(HELD_OUT_LINES, [pasted])


# Fills a whole model anew: seconds.
@pytest.mark.slow
def test_politeness_the_device_trims_does_not_hide_a_pasted_line() -> None:
    pasted = _with_sample(MODELS[0], "SameAsUsualIntent", "same as I usually do")
    assert leaked(["um, same as I usually do please"], [pasted]) == [
        "um, same as I usually do please"
    ]


def test_samples_are_filled_with_listed_and_representative_values() -> None:
    samples = filled_samples(MODELS[0])
    assert {"for neck pain", "for ankle pain", "let us do ten minutes"} <= samples
    assert "for {place} pain" not in samples
