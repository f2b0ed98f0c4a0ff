"""Where two handlers can take the same request, a rule says which comes first, and why.

Every intent of the interaction model is tried in every state a person can be in (a new
session, on the way to the point, each question the skill can leave waiting, a spoken
hold, over a playing and over a paused hold). Of the handlers that say they can handle
it, the first one tried answers; each of the others must be ordered after it by a rule
(skill/handlers/plumbing/order.py), so that no order between them rests on where they
happen to be listed. The last handlers, which take whatever nobody else did, are exempt.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import Request, RequestEnvelope

from skill.handlers.hold.spoken import SPOKEN_HOLD
from skill.handlers.plumbing.named import Named, name_of
from skill.handlers.plumbing.order import in_order
from skill.handlers.plumbing.turn import BeginTurn, Services
from skill.handlers.plumbing.waiting import CARRY_ON_OFFERED
from skill.handlers.privacy.privacy import CONFIRM_DELETE
from skill.handlers.progress.rating_consent import KEEP_QUESTION
from skill.handlers.reminders.when import DAYTIME, DRAFT
from skill.lambda_function import ACROSS_GROUPS, GROUPS
from skill.routine.cadence import Cadence
from skill.routine.hold_token import HoldToken
from skill.routine.journey import Journey, Pending, Stage
from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store import person_key
from skill.store.hold_ids import new_hold_id
from tests.support.conversation import fixture
from tests.support.memory_store import MemoryStore

MODEL = (
    Path(__file__).resolve().parents[2] / "interaction_model/interactionModels/custom/en-US.json"
)
NOW = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)
HOLD_ID = new_hold_id(NOW - timedelta(minutes=5))
TOKEN = HoldToken(HOLD_ID, 10, Cadence.MINUTE, 0).encode()
TAKE_THE_REST = ("FallbackHandler", "AnyOtherRequestHandler")

# What the session holds in each state a person can be in, and the device's player.
STATES: dict[str, tuple[dict[str, Any] | None, str | None] | tuple[Any, ...]] = {
    "a new session": (None, None),
    "on the way to the point": ({"journey": Journey(stage=Stage.LOCATE).to_attributes()}, None),
    "at the safety check": (
        {"journey": Journey(stage=Stage.HOLDER, pending=Pending.SAFETY_FIRST).to_attributes()},
        None,
    ),
    "asked to carry on": ({CARRY_ON_OFFERED: {"token": TOKEN, "offset": 0}}, None),
    "asked to delete": ({CONFIRM_DELETE: True}, None),
    "asked to keep ratings": ({KEEP_QUESTION: True}, None),
    "asked when to remind": ({DRAFT: {"day": "2026-12-05"}}, None),
    "offered a daytime reminder": (
        {DRAFT: {"day": "2026-12-05", DAYTIME: {"repeat": "once", "at": "09:00"}}},
        None,
    ),
    "a spoken hold": ({SPOKEN_HOLD: {"token": TOKEN, "chunk": 0}}, None),
    "asked to carry on, then to delete": (
        {CARRY_ON_OFFERED: {"token": TOKEN, "offset": 0}, CONFIRM_DELETE: True},
        None,
    ),
    "asked to carry on, then to keep ratings": (
        {CARRY_ON_OFFERED: {"token": TOKEN, "offset": 0}, KEEP_QUESTION: True},
        None,
    ),
    # The stored hold decides where a hold stands: playing, paused (its time noted where
    # the device stopped), or ended (stopped by name, cancelled).
    "over a playing hold": (None, "PLAYING", HoldStatus.IN_PROGRESS, 0),
    "over a stream speaking stopped": (None, "STOPPED", HoldStatus.IN_PROGRESS, 0),
    "over a paused hold": (None, "STOPPED", HoldStatus.IN_PROGRESS, 120),
    "over an ended hold": (None, "STOPPED", HoldStatus.STOPPED, 120),
}


def _intents() -> list[str]:
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    return [intent["name"] for intent in model["interactionModel"]["languageModel"]["intents"]]


def _request(
    intent: str,
    attributes: dict[str, Any] | None,
    player: str | None,
    status: HoldStatus | None = None,
    held_seconds: int = 0,
    *,
    said: dict[str, str] | None = None,
    kind: str = "IntentRequest",
) -> HandlerInput:
    envelope = fixture("intent_request.json")
    slots = {name: {"name": name, "value": value} for name, value in (said or {}).items()}
    envelope["request"]["intent"] = {"name": intent, "confirmationStatus": "NONE", "slots": slots}
    if kind != "IntentRequest":  # any other request, with what each kind may carry
        envelope["request"].update(type=kind, token=TOKEN, offsetInMilliseconds=0, name="AskFor")
    envelope["session"]["new"] = attributes is None
    envelope["session"]["attributes"] = attributes or {}
    if player is not None:
        envelope["context"]["AudioPlayer"] = {
            "token": TOKEN,
            "offsetInMilliseconds": 120_000,
            "playerActivity": player,
        }
    request = DefaultSerializer().deserialize(json.dumps(envelope), RequestEnvelope)
    handler_input = HandlerInput(
        request_envelope=request, attributes_manager=AttributesManager(request)
    )
    store = MemoryStore()
    if status is not None:
        _store_the_hold(
            store, envelope["context"]["System"]["user"]["userId"], status, held_seconds
        )
    BeginTurn(Services(store=lambda: store, clock=lambda: NOW)).process(handler_input)
    return handler_input


def _store_the_hold(store: MemoryStore, user_id: str, status: HoldStatus, held: int) -> None:
    person = person_key(user_id)
    hold = HoldSession(person, HOLD_ID, NOW - timedelta(minutes=5), 600, held)
    store.begin_hold(Profile(person=person), hold)
    store.record_held(person, HOLD_ID, held)
    if status is not HoldStatus.IN_PROGRESS:
        store.end_hold(person, HOLD_ID, status, held)


def _ruled() -> set[tuple[str, str]]:
    rules = [*ACROSS_GROUPS, *(rule for group in GROUPS for rule in group.rules)]
    return {(rule.first, then) for rule in rules for then in rule.then}


@pytest.mark.parametrize("state", STATES)
def test_every_handler_a_request_could_reach_is_ordered_by_a_rule(state: str) -> None:
    handlers = in_order(GROUPS, ACROSS_GROUPS)
    ruled = _ruled()
    unruled = set()
    for intent in _intents():
        handler_input = _request(intent, *STATES[state])
        takers = [name_of(h) for h in handlers if h.can_handle(handler_input)]
        first, *others = takers
        unruled |= {
            (intent, first, other)
            for other in others
            if other not in TAKE_THE_REST and (first, other) not in ruled
        }
    assert sorted(unruled) == []


# What people say in a symptom slot: a red flag, a denial, something that matters less.
SYMPTOMS_SAID = ("my legs are numb", "no my legs aren't numb", "it's a bit tender")
EVERY_REQUEST_TYPE = sorted(Request.discriminator_value_class_map)
_NAMED = [handler for group in GROUPS for handler in group.handlers if isinstance(handler, Named)]


def _outside_its_bound(handler_input: HandlerInput) -> list[str]:
    """The handlers registered by name that would take the request, but are never asked."""
    return [
        named.name
        for named in _NAMED
        if named.handler().can_handle(handler_input) and not named.may_take(handler_input)
    ]


@pytest.mark.parametrize("state", STATES)
def test_no_handler_takes_an_intent_outside_what_it_is_registered_for(state: str) -> None:
    """Each handler is registered with the requests it may take, and only asked about those:
    a request it would take outside them would go to the wrong handler."""
    outside = set()
    for intent in _intents():
        for said in ({}, *({"symptom": words} for words in SYMPTOMS_SAID)):
            handler_input = _request(intent, *STATES[state], said=said)
            outside |= {(intent, name) for name in _outside_its_bound(handler_input)}
    assert sorted(outside) == []


@pytest.mark.parametrize("state", STATES)
def test_no_handler_takes_a_request_outside_what_it_is_registered_for(state: str) -> None:
    outside = set()
    for kind in EVERY_REQUEST_TYPE:
        handler_input = _request("BackPainIntent", *STATES[state], kind=kind)
        outside |= {(kind, name) for name in _outside_its_bound(handler_input)}
    assert sorted(outside) == []
