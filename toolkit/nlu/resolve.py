"""One evaluation line, resolved as the local device resolves it, and weighed as the skill would."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from skill.routine.symptoms import HeardSymptoms, concern_of, is_red_flag
from toolkit.nlu.lines import EvaluationLine
from toolkit.simulator.matcher import Match, Matcher
from toolkit.simulator.slots import ER_SUCCESS_MATCH, SlotValue

SYMPTOM_SLOT = "symptom"
# The skill reads a length from either slot ("ten" fills minutes, "ten minutes" may fill
# length), so a line that names one is right when the other carries the same minutes.
_LENGTH_SLOTS = ("minutes", "length")
_ISO_MINUTES = re.compile(r"^PT(?:(\d+)H)?(?:(\d+)M)?$")


@dataclass(frozen=True)
class Outcome:
    line: EvaluationLine
    intent: str
    # What filled each slot the resolved intent declares: the value id for a custom
    # type that resolved, else the words or value heard; None where nothing filled it.
    slots: Mapping[str, str | None]
    right: bool
    taken_as_red_flag: bool


def resolve(line: EvaluationLine, matcher: Matcher, heard: HeardSymptoms) -> Outcome:
    """What the device hears, whether that is what the line must be, and how the skill weighs it."""
    match = matcher.match(line.utterance)
    right = match.intent == line.intent and all(
        _slot_agrees(name, expected, match.slots)
        or _weighed_alike(line.intent, name, expected, match.slots, heard)
        for name, expected in line.slots.items()
    )
    return Outcome(
        line=line,
        intent=match.intent,
        slots={name: _shown(value) for name, value in match.slots.items()},
        right=right,
        taken_as_red_flag=_taken_as_red_flag(match, heard),
    )


def _taken_as_red_flag(match: Match, heard: HeardSymptoms) -> bool:
    symptom = match.slots.get(SYMPTOM_SLOT)
    symptom_id = _resolved_id(symptom)
    said = None if symptom is None else symptom.value
    return is_red_flag(concern_of(match.intent, symptom_id, said, heard))


def _weighed_alike(
    intent: str,
    name: str,
    expected: str,
    slots: Mapping[str, SlotValue | None],
    heard: HeardSymptoms,
) -> bool:
    """A symptom in words outside the slot's list, which the skill weighs as the line means.

    Alexa's custom slot types are not enumerations: "A custom slot type is not the
    equivalent of an enumeration. Values outside the list may still be returned if
    recognized by the spoken language understanding system" (Alexa docs, custom slot
    types). The skill reads such words and weighs them (skill/routine/symptoms.py), so the
    line is understood when that weighing gives what its labelled value would.
    """
    got = slots.get(name)
    if name != SYMPTOM_SLOT or got is None or _resolved_id(got) is not None:
        return False
    meant = concern_of(intent, expected, None, heard)
    return meant is not None and concern_of(intent, None, got.value, heard) == meant


def _slot_agrees(name: str, expected: str, slots: Mapping[str, SlotValue | None]) -> bool:
    got = slots.get(name)
    if got is not None and _same_value(expected, got):
        return True
    if name in _LENGTH_SLOTS:
        wanted = _minutes(expected)
        return wanted is not None and any(
            _minutes(other.value) == wanted
            for other_name in _LENGTH_SLOTS
            if (other := slots.get(other_name)) is not None
        )
    return False


def _same_value(expected: str, got: SlotValue) -> bool:
    """A custom value by its id (or, where the model gives none, its name); others as sent."""
    resolution = got.resolution
    if resolution is None:
        return got.value == expected
    if resolution.status != ER_SUCCESS_MATCH:
        return False
    known = {resolution.id, resolution.name} - {None}
    return expected.casefold() in {str(value).casefold() for value in known}


def _minutes(value: str) -> int | None:
    if value.isdigit():
        return int(value)
    found = _ISO_MINUTES.match(value)
    if found is None or not any(found.groups()):
        return None
    hours, minutes = (int(part or 0) for part in found.groups())
    return hours * 60 + minutes


def _resolved_id(value: SlotValue | None) -> str | None:
    if value is None or value.resolution is None:
        return None
    return value.resolution.id if value.resolution.status == ER_SUCCESS_MATCH else None


def _shown(value: SlotValue | None) -> str | None:
    if value is None:
        return None
    return _resolved_id(value) or value.value
