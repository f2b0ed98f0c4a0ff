"""Name-free: before a person names the skill, Alexa may ask whether it can take what they
said (a CanFulfillIntentRequest). The skill answers YES or MAYBE for back pain and NO for
anything else, says nothing, keeps nothing, and never touches the store.

"Implement CanFulfillIntentRequest for Name-free Interactions" (Alexa docs): each detected
slot gets canUnderstand (YES, NO, MAYBE) and canFulfill (YES, NO); the skill "must not
cause any observable interactions or make any changes in state".
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest

from skill import lambda_function
from skill.handlers.plumbing.turn import Services
from skill.lambda_function import lambda_handler
from tests.support.memory_store import MemoryStore
from toolkit.simulator.device import Device
from toolkit.simulator.envelopes import Envelopes
from toolkit.simulator.slots import ER_SUCCESS_MATCH, ER_SUCCESS_NO_MATCH, Resolution, SlotValue

YES = {"canUnderstand": "YES", "canFulfill": "YES"}


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryStore]:
    """The skill on a store that counts every call asked of it."""
    store = MemoryStore()
    skill = lambda_function.build_skill(Services(store=lambda: store))
    monkeypatch.setattr(lambda_function, "_skill", skill)
    yield store
    lambda_function.reset()


def offered(envelopes: Envelopes, intent: str, **slots: str | SlotValue) -> dict[str, Any]:
    return lambda_handler(envelopes.can_fulfill_intent(intent, slots), None)


@pytest.mark.parametrize(
    "line",
    ["my lower back hurts", "Alexa, for back pain", "help with my back", "for back pain"],
)
def test_back_pain_said_without_the_name_is_taken_without_a_store_call(
    counting: MemoryStore, line: str
) -> None:
    out = io.StringIO()
    device = Device(lambda_handler, out=out)

    answer = device.offer(line)

    assert answer == {"canFulfill": "YES"}
    assert counting.calls == {}
    assert "can the skill take BackPainIntent? YES" in out.getvalue()
    # The device's own session is not opened by Alexa's question.
    assert not device.envelopes.session_open


def test_a_length_it_can_hold_is_understood_and_fulfilled(counting: MemoryStore) -> None:
    device = Device(lambda_handler, out=io.StringIO())

    answer = device.offer("for back pain for 10 minutes")

    assert answer == {"canFulfill": "YES", "slots": {"minutes": YES}}
    assert counting.calls == {}


@pytest.mark.parametrize(
    ("slots", "slot_answer"),
    [
        ({"minutes": "90"}, {"minutes": {"canUnderstand": "YES", "canFulfill": "NO"}}),
        ({"minutes": "?"}, {"minutes": {"canUnderstand": "NO", "canFulfill": "NO"}}),
        ({"length": "PT2H"}, {"length": {"canUnderstand": "YES", "canFulfill": "NO"}}),
    ],
)
def test_a_length_it_cannot_hold_makes_it_a_maybe(
    counting: MemoryStore, slots: dict[str, str], slot_answer: dict[str, Any]
) -> None:
    reply = offered(Envelopes(), "BackPainIntent", **slots)

    assert reply["response"]["canFulfillIntent"] == {"canFulfill": "MAYBE", "slots": slot_answer}
    assert counting.calls == {}


def test_skipping_the_steps_is_taken_too(counting: MemoryStore) -> None:
    reply = offered(Envelopes(), "SkipStepsIntent", length="PT5M")

    assert reply["response"]["canFulfillIntent"] == {"canFulfill": "YES", "slots": {"length": YES}}
    assert counting.calls == {}


@pytest.mark.parametrize(
    ("status", "understood"), [(ER_SUCCESS_MATCH, "YES"), (ER_SUCCESS_NO_MATCH, "MAYBE")]
)
def test_a_symptom_is_only_ever_a_maybe(
    counting: MemoryStore, status: str, understood: str
) -> None:
    said = SlotValue("my legs are numb", Resolution("SYMPTOM", status, "numb legs", "NUMB_LEGS"))
    if status == ER_SUCCESS_NO_MATCH:
        said = SlotValue("my legs feel odd", Resolution("SYMPTOM", status))

    reply = offered(Envelopes(), "SymptomIntent", symptom=said)

    assert reply["response"]["canFulfillIntent"] == {
        "canFulfill": "MAYBE",
        "slots": {"symptom": {"canUnderstand": understood, "canFulfill": "YES"}},
    }
    assert counting.calls == {}


@pytest.mark.parametrize(
    "intent",
    ["ProgressIntent", "DeleteDataIntent", "RemindDailyIntent", "AMAZON.HelpIntent", "Unknown"],
)
def test_anything_but_back_pain_is_a_no(counting: MemoryStore, intent: str) -> None:
    reply = offered(Envelopes(), intent)

    assert reply["response"]["canFulfillIntent"] == {"canFulfill": "NO"}
    assert counting.calls == {}


def test_the_answer_says_nothing_plays_nothing_and_keeps_nothing(counting: MemoryStore) -> None:
    reply = offered(Envelopes(), "BackPainIntent", minutes="5")

    assert set(reply["response"]) == {"canFulfillIntent"}
    assert not reply.get("sessionAttributes")
    assert counting.calls == {}
