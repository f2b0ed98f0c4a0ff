"""The safety check, any time it is asked for: two short turns, each asking if any applies."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing.turn import turn_of
from skill.handlers.way.flow import continue_journey
from skill.routine import journey as routine
from skill.routine.journey import Pending


class SafetyInfoHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("SafetyInfoIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        return continue_journey(turn, routine.ask(turn.journey(), Pending.SAFETY_FIRST))
