"""The safety note, any time it is asked for."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.turn import Turn
from skill.speech.english import SAFETY


class SafetyInfoHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("SafetyInfoIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        if not turn.profile.heard_safety:
            turn.remember(heard_safety=True)
        journey = turn.journey
        reprompt = turn.phrases.reprompt(journey, turn.profile.usual_minutes)
        return turn.ask(SAFETY, reprompt, reprompt=reprompt)
