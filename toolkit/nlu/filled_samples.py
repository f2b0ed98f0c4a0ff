"""A model's samples as they would be said: every slot filled with its listed values.

The held-out lines must never be among these, or the model was written from them.
Custom slots take every value and synonym the model lists; built-in types a few values
people commonly say.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from toolkit.simulator.model import IntentSpec, InteractionModel
from toolkit.simulator.normalise import normalise, without_fillers, words

REPRESENTATIVE_VALUES: dict[str, tuple[str, ...]] = {
    "AMAZON.NUMBER": (
        "two", "three", "four", "five", "six", "seven", "eight", "ten", "fifteen", "twenty",
        "thirty", "5", "8", "10",
    ),
    "AMAZON.DURATION": (
        "five minutes", "ten minutes", "fifteen minutes", "twenty minutes", "thirty minutes",
        "half an hour", "an hour", "36 hours", "a day and a half",
    ),
    "AMAZON.TIME": ("7 pm", "8 am", "seven", "eight", "noon", "seven in the evening"),
    "AMAZON.DATE": ("today", "tomorrow", "monday", "the weekend"),
}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
# A sample whose every slot has a space or an end of the sample on both sides.
_SPACED_SLOTS = re.compile(r"(?:(?:^|(?<= ))\{\w+\}(?= |$)|[^{}])*")


def _values(intent: IntentSpec, slot_name: str, model: InteractionModel) -> tuple[str, ...]:
    slot_type = intent.slot_type(slot_name)
    custom = model.slot_type(slot_type)
    if custom is not None:
        return tuple(said for value in custom.values for said in (value.name, *value.synonyms))
    return REPRESENTATIVE_VALUES.get(slot_type, ())


def _fill(sample: str, values: tuple[str, ...]) -> str:
    said = iter(values)
    return _SLOT.sub(lambda _: next(said), sample)


def filled_samples(model: InteractionModel) -> set[str]:
    """Every sample of every intent, slots filled, as the matcher's plain words."""
    return set(_filled(model))


@functools.cache
def _filled(model: InteractionModel) -> frozenset[str]:
    # Once a model: every locale's model is asked of every held-out line, in several checks.
    filled: set[str] = set()
    for intent in model.intents:
        for sample in intent.samples:
            names = _SLOT.findall(sample)
            choices = [_values(intent, name, model) for name in names]
            if _SPACED_SLOTS.fullmatch(sample):
                filled |= _joined(sample, choices)
                continue
            for values in itertools.product(*choices):
                filled.add(normalise(_fill(sample, values)))
    return frozenset(filled)


@functools.cache
def _plain(said: str) -> str:
    return normalise(said)


def _joined(sample: str, choices: list[tuple[str, ...]]) -> set[str]:
    """The filled samples of a sample whose slots stand as words of their own.

    Words never run across a space, so each part is reduced once and the parts joined:
    the same plain words as reducing every filled sample, without redoing the work for
    each of the many values two custom slots multiply to.
    """
    parts = _SLOT.split(sample)
    fixed = [normalise(part) for part in parts[::2]]
    plain = [tuple(map(_plain, values)) for values in choices]
    if len(plain) == 1:
        before, after = fixed
        return {" ".join(filter(None, (before, value, after))) for value in plain[0]}
    joined: set[str] = set()
    for values in itertools.product(*plain):
        pieces = [fixed[0]]
        for value, after in zip(values, fixed[1:], strict=True):
            pieces += (value, after)
        joined.add(" ".join(filter(None, pieces)))
    return joined


def said_forms(utterance: str) -> set[str]:
    """The plain words of an utterance, with and without the politeness the matcher trims."""
    tokens = words(utterance)
    return {" ".join(form) for form in (tokens, without_fillers(tokens)) if form}


def leaked(utterances: Iterable[str], models: Iterable[InteractionModel]) -> list[str]:
    """The utterances some model would hear as one of its own samples."""
    samples = frozenset().union(*(_filled(model) for model in models))
    return [utterance for utterance in utterances if said_forms(utterance) & samples]
