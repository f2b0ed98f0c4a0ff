"""Yes and no: what they mean depends on what was just asked."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.flow import begin_routine, continue_journey
from skill.handlers.turn import Turn
from skill.routine import journey as routine
from skill.routine.journey import Stage
from skill.speech import english


def _ask_again(turn: Turn) -> Response:
    """Yes or no where neither answers the question: ask it again, plainly."""
    reprompt = turn.phrases.reprompt(turn.journey, turn.profile.usual_minutes)
    return turn.ask(reprompt, reprompt=reprompt)


class YesHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.YesIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        journey = turn.journey
        usual = turn.profile.usual_minutes
        match journey.stage:
            case Stage.OFFER:
                return begin_routine(turn, journey)
            case Stage.USUAL if usual:
                return continue_journey(turn, routine.accept_usual(journey, usual))
            case Stage.USUAL:
                return begin_routine(turn, journey)
            case Stage.LOCATE | Stage.QUICK_LOCATE:
                return continue_journey(turn, routine.next_step(journey))
            case _:
                return _ask_again(turn)


class NoHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.NoIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        journey = turn.journey
        match journey.stage:
            case Stage.OFFER:
                return turn.tell(english.NOT_NOW)
            case Stage.USUAL:
                return begin_routine(turn, journey, turn.phrases.acknowledge(turn.seed))
            case Stage.QUICK_LOCATE:
                return continue_journey(turn, routine.guide(journey), english.NOT_FOUND_YET)
            case Stage.LOCATE:
                return continue_journey(turn, journey, english.NOT_FOUND_YET)
            case _:
                return _ask_again(turn)
