"""Finding the point, step by step: next, go back, repeat, start over, found it, where is it."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing.asked_again import asked_again
from skill.handlers.plumbing.turn import turn_of
from skill.handlers.way.flow import begin_routine, continue_journey
from skill.routine import journey as routine
from skill.routine.journey import Stage


class NextHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.NextIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        journey = turn.journey()
        if not journey.started:
            return begin_routine(turn, journey)
        moved = routine.next_step(journey)
        if moved == journey:
            # A question waits ("myself, or someone helping?"): "next" answers nothing,
            # and the question comes again with more help each time.
            return asked_again(turn)
        return continue_journey(turn, moved)


class PreviousHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.PreviousIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        journey = turn.journey()
        back = routine.previous_step(journey)
        if journey.stage == Stage.LOCATE and back == journey:
            return continue_journey(turn, back, turn.words.common.FIRST_STEP_ALREADY)
        return continue_journey(turn, back)


class RepeatHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.RepeatIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        return continue_journey(turn, turn.journey())


class StartOverHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.StartOverIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        return continue_journey(turn, routine.start_over(turn.journey()))


class FoundItHandler(AbstractRequestHandler):
    """ "I found it": on to the length of the hold, or straight into it.

    Found before the step on how to press, the one-line tip on pressing comes first.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("FoundItIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        journey = turn.journey()
        if journey.pending is not None or journey.stage in (Stage.LENGTH, Stage.HOLD):
            return continue_journey(turn, journey)
        found = routine.found_point(journey)
        lead = [turn.words.common.FOUND_IT]
        if routine.needs_press_tip(journey):
            # With the length chosen the hold starts in this turn: the tip, shorter, leads it.
            holds_now = found.stage is Stage.HOLD
            common = turn.words.common
            lead = [common.PRESS_TIP_AS_HOLD_STARTS] if holds_now else [*lead, common.PRESS_TIP]
        return continue_journey(turn, found, *lead)


class WhereIsItHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("WhereIsItIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        journey = turn.journey()
        reprompt = turn.words.phrases.reprompt(journey, turn.work.profile().usual)
        turn.reply.show_point(turn.words.common.POINT_TITLE, turn.words.common.WHERE_IS_IT)
        return turn.reply.ask(turn.words.common.WHERE_IS_IT, reprompt, reprompt=reprompt)
