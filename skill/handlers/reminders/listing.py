"""Listing the person's reminders: "what reminders do I have?"."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing import alexa_calls as service
from skill.handlers.plumbing.aside import carry_on
from skill.handlers.plumbing.turn import turn_of
from skill.handlers.reminders.cancel import own_reminders_or_apology
from skill.speech.reminder_answer import listed


class ListRemindersHandler(AbstractRequestHandler):
    """ "What reminders do I have?"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ListRemindersIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        if service.has_consent(turn) is False:
            return carry_on(turn, turn.words.reminders.NOT_ALLOWED_TO_LIST)
        reminders = own_reminders_or_apology(turn)
        if not isinstance(reminders, list):
            return reminders
        zone = service.zone_or_utc(turn)
        plans = [plan for plan in (service.plan_of(r, zone) for r in reminders) if plan]
        return carry_on(turn, listed(turn.words.reminders, plans, turn.now().astimezone(zone)))
