"""Whether the skill can take a request Alexa offers it without its name being said.

"Implement CanFulfillIntentRequest for Name-free Interactions" (Alexa docs): for an intent
and the slots Alexa detected, the skill says whether it can understand and fulfil each
slot (canUnderstand YES, NO or MAYBE; canFulfill YES or NO), and whether it can fulfil
the request as a whole (YES, NO or MAYBE), without acting on it. The skill claims only
what a person with back pain would want it for: guiding them to the point (BackPainIntent,
SkipStepsIntent). What they say of a symptom is MAYBE: the skill answers it kindly, but
often someone else (a doctor) is who they need.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import NamedTuple

from skill.routine.hold_length import LengthProblem, choose_length


class Verdict(StrEnum):
    YES = "YES"
    NO = "NO"
    MAYBE = "MAYBE"


class HeardSlot(NamedTuple):
    """A slot as Alexa filled it: its words, and whether they matched one of its values
    (None when the slot type has no list to match, as AMAZON.NUMBER)."""

    value: str | None
    matched: bool | None = None


class SlotVerdict(NamedTuple):
    understand: Verdict
    fulfil: Verdict


class IntentVerdict(NamedTuple):
    fulfil: Verdict
    slots: dict[str, SlotVerdict]


UNDERSTOOD = SlotVerdict(Verdict.YES, Verdict.YES)
NOT_UNDERSTOOD = SlotVerdict(Verdict.NO, Verdict.NO)

# The intents the skill claims, and how sure it is of each when its slots are all clear.
CLAIMED: dict[str, Verdict] = {
    "BackPainIntent": Verdict.YES,
    "SkipStepsIntent": Verdict.YES,
    "SymptomIntent": Verdict.MAYBE,
}


def _length(minutes: str | None, length: str | None) -> SlotVerdict:
    """A hold length: understood if it is one, fulfilled if it is one the skill holds."""
    choice = choose_length(minutes, length)
    if choice.minutes is not None:
        return UNDERSTOOD
    if choice.problem == LengthProblem.UNCLEAR:
        return NOT_UNDERSTOOD
    return SlotVerdict(Verdict.YES, Verdict.NO)


def _symptom(heard: HeardSlot) -> SlotVerdict:
    """Every symptom is answered; words outside the list are weighed, so only maybe understood."""
    return SlotVerdict(Verdict.YES if heard.matched else Verdict.MAYBE, Verdict.YES)


def _slot(name: str, heard: HeardSlot) -> SlotVerdict:
    if name == "minutes":
        return _length(heard.value, None)
    if name == "length":
        return _length(None, heard.value)
    if name == "symptom":
        return _symptom(heard)
    return NOT_UNDERSTOOD


def can_fulfil(intent: str, slots: Mapping[str, HeardSlot]) -> IntentVerdict:
    """What the skill answers a CanFulfillIntentRequest for `intent` with these slots."""
    claimed = CLAIMED.get(intent)
    if claimed is None:
        return IntentVerdict(Verdict.NO, {})
    verdicts = {name: _slot(name, heard) for name, heard in slots.items() if heard.value}
    if any(verdict != UNDERSTOOD for verdict in verdicts.values()):
        return IntentVerdict(Verdict.MAYBE, verdicts)
    return IntentVerdict(claimed, verdicts)
