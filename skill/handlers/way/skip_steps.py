"""Those who know the way skip it: "just start the timer", "I've done this before".

A returning person goes straight to the length question, or to the hold with a length
said. Someone who has not yet heard the safety check hears it first (continue_journey
asks it until it is answered), and a check already waiting is never skipped.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing.length_said import ask_length_again, length_said
from skill.handlers.plumbing.turn import turn_of
from skill.handlers.way.flow import continue_journey
from skill.routine import journey as routine


class SkipStepsHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("SkipStepsIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        said_a_length = turn.request.slot("minutes") or turn.request.slot("length")
        choice = length_said(turn)
        if said_a_length and choice.minutes is None:
            return ask_length_again(turn, choice)
        journey = routine.skip_steps(
            turn.journey(), choice.minutes, returning=turn.work.profile().practised
        )
        return continue_journey(turn, journey, turn.words.phrases.acknowledge(turn.request.seed))
