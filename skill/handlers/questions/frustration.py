"""Frustration and swearing ("you're useless", "this is rubbish"), and "talk to a human".

Neither is a miss: the person was understood. Each is met calmly, with a way on.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing.turn import JOURNEY, turn_of
from skill.handlers.plumbing.waiting import CARRY_ON_OFFERED, waiting_question
from skill.handlers.way.flow import where_they_were
from skill.speech.locales import emergency_number

# How many times in this session the person has been frustrated: each time, other words.
FRUSTRATED = "frustrated"


class FrustratedHandler(AbstractRequestHandler):
    """A calm answer, different each time in the session, with a way out: start again,
    help, or stop. Said as a one-shot, a kind word and how to come back."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("FrustratedIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        if turn.session.get(JOURNEY) is None and not turn.session.get(CARRY_ON_OFFERED):
            return turn.reply.tell(turn.words.fallback.FRUSTRATED_ONE_SHOT)
        before = turn.session.get(FRUSTRATED)
        count = (before if type(before) is int and before > 0 else 0) + 1
        turn.session.put(FRUSTRATED, count)
        reprompt = waiting_question(turn, turn.journey())
        return turn.reply.ask(turn.words.fallback.frustrated(count), reprompt=reprompt)


class TalkToPersonHandler(AbstractRequestHandler):
    """ "Talk to a human", "get me a doctor": the skill can't; their doctor can help, and in
    an emergency, the locale's number. Then back where they were."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("TalkToPersonIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        said = turn.words.answers.talk_to_person(emergency_number(turn.request.locale))
        if turn.session.get(JOURNEY) is None:
            return turn.reply.tell(said)
        return where_they_were(turn, said)
