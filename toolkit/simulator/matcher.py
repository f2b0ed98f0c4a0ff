"""What a person said -> the intent and slots Alexa would send, from the locale's interaction model.

Exact sample utterances win; then the common phrasings of built-in intents a device knows;
then samples with slots; anything else is AMAZON.FallbackIntent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from toolkit.simulator.model import IntentSpec, InteractionModel
from toolkit.simulator.normalise import normalise, without_fillers, words
from toolkit.simulator.slots import ER_SUCCESS_MATCH, ER_SUCCESS_NO_MATCH, Resolution, SlotValue
from toolkit.simulator.spoken import spoken_for

FALLBACK_INTENT = "AMAZON.FallbackIntent"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Match:
    intent: str
    # Every slot the intent declares; None where nothing filled it (Alexa still lists it).
    slots: dict[str, SlotValue | None] = field(default_factory=dict)


@dataclass(frozen=True)
class _SlotMark:
    name: str


@dataclass(frozen=True)
class _Filled:
    value: SlotValue
    # Any words would fill it: a custom value not in the list, or a free-form slot type.
    open: bool = False


_Item = str | _SlotMark


@dataclass(frozen=True)
class _Pattern:
    intent: IntentSpec
    items: tuple[_Item, ...]

    @property
    def literal_words(self) -> int:
        return sum(isinstance(item, str) for item in self.items)


def _pattern_items(sample: str) -> tuple[_Item, ...]:
    items: list[_Item] = []
    for index, part in enumerate(_PLACEHOLDER.split(sample)):
        if index % 2:
            items.append(_SlotMark(part))
        else:
            items.extend(words(part))
    return tuple(items)


class Matcher:
    """Matches utterances against one locale's interaction model."""

    def __init__(
        self,
        model: InteractionModel,
        today: Callable[[], date] = date.today,
        locale: str = "en-US",
    ) -> None:
        self._model = model
        # How the locale's language says numbers, lengths, times, days and built-in intents.
        self.spoken = spoken_for(locale)
        # AMAZON.DATE fills "tomorrow" with a date, counted from the device's today.
        self._today = today
        self._exact: dict[str, str] = {}
        self._patterns: list[_Pattern] = []
        for intent in model.intents:
            for sample in intent.samples:
                if _PLACEHOLDER.search(sample):
                    self._patterns.append(_Pattern(intent, _pattern_items(sample)))
                else:
                    self._exact.setdefault(normalise(sample), intent.name)
        declared = {intent.name for intent in model.intents}
        self._phrases = {
            phrase: name
            for name, phrases in self.spoken.BUILT_IN_PHRASES.items()
            if name in declared
            for phrase in phrases
        }
        self._custom_values = {
            kind.name: {
                normalise(said): value
                for value in kind.values
                for said in (value.name, *value.synonyms)
            }
            for kind in model.types
        }

    def match(self, utterance: str) -> Match:
        """The intent for what was said; AMAZON.FallbackIntent when nothing fits."""
        return self.find(utterance) or Match(FALLBACK_INTENT)

    def find(self, utterance: str) -> Match | None:
        """The intent for what was said, or None when nothing in the model fits."""
        said = words(utterance)
        trimmed = without_fillers(said, self.spoken.FILLERS, self.spoken.FILLER_PAIRS)
        for tokens in (said, trimmed):
            if tokens:
                found = self._find(tokens)
                if found is not None:
                    return found
        return None

    def _find(self, tokens: list[str]) -> Match | None:
        text = " ".join(tokens)
        name = self._exact.get(text) or self._phrases.get(text)
        if name is not None:
            intent = self._model.intent(name)
            return Match(name, {slot.name: None for slot in intent.slots} if intent else {})
        best: tuple[tuple[int, int, int], Match] | None = None
        for order, pattern in enumerate(self._patterns):
            for filled in self._fill(pattern.items, 0, tokens, 0, pattern.intent, {}):
                unresolved = sum(slot.open for slot in filled.values())
                if unresolved and not pattern.literal_words:
                    continue
                rank = (unresolved, -pattern.literal_words, order)
                if best is None or rank < best[0]:
                    slots = {
                        slot.name: filled[slot.name].value if slot.name in filled else None
                        for slot in pattern.intent.slots
                    }
                    best = (rank, Match(pattern.intent.name, slots))
                break  # The first way to fill a sample (shortest slot values) is enough.
        return None if best is None else best[1]

    def _fill(
        self,
        items: Sequence[_Item],
        at_item: int,
        tokens: Sequence[str],
        at_token: int,
        intent: IntentSpec,
        filled: dict[str, _Filled],
    ) -> Iterator[dict[str, _Filled]]:
        if at_item == len(items):
            if at_token == len(tokens):
                yield filled
            return
        item = items[at_item]
        if isinstance(item, str):
            if at_token < len(tokens) and tokens[at_token] == item:
                yield from self._fill(items, at_item + 1, tokens, at_token + 1, intent, filled)
            return
        for end in range(at_token + 1, len(tokens) + 1):
            value = self._slot_value(intent.slot_type(item.name), tokens[at_token:end])
            if value is not None:
                deeper = {**filled, item.name: value}
                yield from self._fill(items, at_item + 1, tokens, end, intent, deeper)

    def _slot_value(self, slot_type: str, span: Sequence[str]) -> _Filled | None:
        if slot_type == "AMAZON.NUMBER":
            number = self.spoken.number_value(span)
            return None if number is None else _Filled(SlotValue(str(number)))
        if slot_type == "AMAZON.DURATION":
            duration = self.spoken.duration_value(span)
            return None if duration is None else _Filled(SlotValue(duration))
        if slot_type == "AMAZON.TIME":
            at = self.spoken.time_value(span)
            return None if at is None else _Filled(SlotValue(at))
        if slot_type == "AMAZON.DATE":
            day = self.spoken.date_value(span, self._today())
            return None if day is None else _Filled(SlotValue(day))
        said = " ".join(span)
        values = self._custom_values.get(slot_type)
        if values is None:
            return _Filled(SlotValue(said), open=True)
        known = values.get(said)
        if known is None:
            return _Filled(SlotValue(said, Resolution(slot_type, ER_SUCCESS_NO_MATCH)), open=True)
        resolved = Resolution(slot_type, ER_SUCCESS_MATCH, known.name, known.id)
        return _Filled(SlotValue(said, resolved))
