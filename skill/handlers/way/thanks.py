"""Thanks ("cheers", "ta", "thank you"): a kind word, and any question waiting, asked again."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing.turn import turn_of
from skill.handlers.way.flow import where_they_were


class ThanksHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ThanksIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        thanked = turn.words.phrases.thanked(turn.request.seed)
        if turn.request.is_new_session:  # nothing was asked: a kind goodbye
            return turn.reply.tell(thanked, turn.words.common.GOODBYE)
        return where_they_were(turn, thanked)
