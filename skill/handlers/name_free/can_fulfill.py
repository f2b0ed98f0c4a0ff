"""The answer to Alexa's CanFulfillIntentRequest: may it give this request to the skill?

Alexa asks before a person has named the skill ("Alexa, my lower back hurts"), and "the
skill must not cause any observable interactions or make any changes in state" ("Implement
CanFulfillIntentRequest for Name-free Interactions"). So the answer says nothing, plays
nothing, keeps nothing in the session and never reads or writes the store: what the skill
can fulfil does not depend on who is asking.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response, Slot
from ask_sdk_model.canfulfill import (
    CanFulfillIntent,
    CanFulfillIntentValues,
    CanFulfillSlot,
    CanFulfillSlotValues,
    CanUnderstandSlotValues,
)
from ask_sdk_model.slu.entityresolution import StatusCode

from skill.routine.name_free import HeardSlot, IntentVerdict, can_fulfil


def _heard(slot: Slot) -> HeardSlot:
    """The slot's words, and whether they matched a value of its type (None: no list)."""
    authorities = getattr(slot.resolutions, "resolutions_per_authority", None) or []
    if not authorities:
        return HeardSlot(slot.value)
    matched = any(
        getattr(authority.status, "code", None) == StatusCode.ER_SUCCESS_MATCH
        for authority in authorities
    )
    return HeardSlot(slot.value, matched)


def _answer(verdict: IntentVerdict) -> CanFulfillIntent:
    slots = {
        name: CanFulfillSlot(
            can_understand=CanUnderstandSlotValues(slot.understand.value),
            can_fulfill=CanFulfillSlotValues(slot.fulfil.value),
        )
        for name, slot in verdict.slots.items()
    }
    fulfil = CanFulfillIntentValues(verdict.fulfil.value)
    return CanFulfillIntent(can_fulfill=fulfil, slots=slots or None)


class CanFulfillHandler(AbstractRequestHandler):
    """YES or MAYBE for back pain, NO for anything else; nothing said, nothing kept."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("CanFulfillIntentRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = getattr(handler_input.request_envelope.request, "intent", None)
        name = getattr(intent, "name", None) or ""
        slots = getattr(intent, "slots", None) or {}
        verdict = can_fulfil(name, {key: _heard(slot) for key, slot in slots.items()})
        handler_input.response_builder.set_can_fulfill_intent(_answer(verdict))
        response: Response = handler_input.response_builder.response
        return response
