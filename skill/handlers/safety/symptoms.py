"""A symptom told anywhere, and an unclear answer to the safety check: safety first.

Tried before every other handler: a red flag said over a hold, over a question about
deleting data or mid-way along the steps is answered as a red flag, not as whatever
the skill had asked.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.handlers.plumbing.turn import JOURNEY, turn_of
from skill.handlers.way.red_flags import (
    check_again_next_time,
    concern_said,
    denied_every_symptom,
    ease_off,
    red_flag,
)
from skill.routine import journey as routine
from skill.routine.journey import Journey, Pending
from skill.routine.symptoms import SYMPTOM_INTENT, is_red_flag

_SAFETY_CHECKS = (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND)
# Answers to the safety check that are not a clear yes or no ("ok", "next", nothing understood,
# a symptom that tells of nothing that matters): never taken as all clear.
_UNCLEAR = ("OkayIntent", "AMAZON.FallbackIntent", "AMAZON.NextIntent", SYMPTOM_INTENT)
# Unclear answers in a row before the cautious answer.
_UNCLEAR_AT_MOST = 2


class SymptomHandler(AbstractRequestHandler):
    """ "My legs are numb", "I'm pregnant", "it's really sharp": what to do instead."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not is_request_type("IntentRequest")(handler_input):
            return False
        return concern_said(turn_of(handler_input)) is not None

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        concern = concern_said(turn)
        assert concern is not None
        if is_red_flag(concern):
            return red_flag(turn, concern)
        return ease_off(turn, _safety_check_asked(handler_input))


class UnclearSafetyAnswerHandler(AbstractRequestHandler):
    """ "Ok", or nothing understood, at the safety check: asked again, shorter, then caution."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not is_request_type("IntentRequest")(handler_input):
            return False
        turn = turn_of(handler_input)
        if turn.request.intent_name not in _UNCLEAR or denied_every_symptom(turn):
            return False
        return _safety_check_asked(handler_input) is not None

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        journey = routine.missed(turn.journey())
        if journey.misses >= _UNCLEAR_AT_MOST:
            check_again_next_time(turn)
            return turn.reply.tell(turn.words.red_flags.cautious(turn.helping))
        turn.keep_journey(journey)
        again = turn.words.red_flags.asked_again(journey.pending == Pending.SAFETY_FIRST)
        return turn.reply.ask(again, reprompt=again)


def _safety_check_asked(handler_input: HandlerInput) -> Pending | None:
    """The part of the safety check waiting for an answer, if one is."""
    turn = turn_of(handler_input)
    if not turn.request.in_session or turn.request.is_new_session:
        return None
    pending = Journey.from_attributes(turn.session.get(JOURNEY)).pending
    return pending if pending in _SAFETY_CHECKS else None
