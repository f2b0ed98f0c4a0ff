"""Opening the skill, and asking it for help with back pain."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.handlers.hold.carry_on_offer import hold_to_carry_on, offer_to_carry_on
from skill.handlers.plumbing.turn import Turn, turn_of
from skill.handlers.way.flow import begin_routine, continue_journey, welcome
from skill.routine import journey as routine
from skill.routine.hold_length import choose_length
from skill.routine.journey import Pending, Stage

# Questions on the way that "for back pain" or "guide me" answers: go on with the routine.
_ANSWERED_BY_GOING_ON = (Pending.OTHER_PAIN, Pending.INSTEAD, Pending.CONFIRM_LENGTH)


class LaunchHandler(AbstractRequestHandler):
    """ "Alexa, open acupressure helper"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("LaunchRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        under_way = hold_to_carry_on(handler_input)
        if under_way is not None:
            return offer_to_carry_on(turn, under_way)
        return welcome(turn)


class BackPainHandler(AbstractRequestHandler):
    """ "Alexa, ask acupressure helper for back pain (for ten minutes)", or "guide me" part-way.

    A length said with it is kept, and used once the point is found.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("BackPainIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        under_way = hold_to_carry_on(handler_input) if turn.request.is_new_session else None
        if under_way is not None:
            return offer_to_carry_on(turn, under_way)
        journey = turn.journey()
        if journey.pending in _ANSWERED_BY_GOING_ON:
            journey = routine.answered(journey)
        said = choose_length(turn.request.slot("minutes"), turn.request.slot("length"))
        if said.minutes is not None:
            journey = routine.choose_minutes(
                journey, said.minutes, returning=turn.work.profile().practised
            )
            return continue_journey(turn, journey, turn.words.phrases.length_kept(said.minutes))
        if turn.request.is_new_session and _returning_with_a_usual(turn):
            return welcome(turn)
        if journey.stage == Stage.QUICK_LOCATE:
            return continue_journey(turn, routine.guide(journey))
        if not journey.started:
            return begin_routine(turn, journey)
        return continue_journey(turn, journey)


def _returning_with_a_usual(turn: Turn) -> bool:
    profile = turn.work.profile()
    return not profile.is_new and bool(profile.usual)
