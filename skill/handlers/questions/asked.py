"""Questions asked on the way ("which knee?", "how hard?"), other pains, and hesitation.

Each answer is short, then the person is back exactly where they were. `answer_for`
is the plain lookup, for any place a question is heard: during a hold, the answers
are given by handlers/hold/in_hold.py, and the hold plays on.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, request_util
from ask_sdk_model import Response

from skill.handlers.plumbing.turn import Turn, turn_of
from skill.handlers.way.flow import continue_journey, where_they_were
from skill.handlers.way.launch import BackPainHandler
from skill.routine import journey as routine
from skill.routine.journey import Pending
from skill.routine.questions import Question, question_asked


def answer_for(turn: Turn, question: Question) -> str:
    """What the skill answers to `question`, wherever it is asked; to a helper, of the person
    they help."""
    helper_form = turn.words.helping.answer(question) if turn.helping else None
    return helper_form or turn.words.answers.answer(question)


class QuestionHandler(AbstractRequestHandler):
    """ "Which knee?", "how hard should I press?", and the like."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        name = getattr(getattr(handler_input.request_envelope.request, "intent", None), "name", "")
        return question_asked(str(name)) is not None

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        question = question_asked(turn.request.intent_name)
        assert question is not None
        return where_they_were(turn, answer_for(turn, question))


class OtherPainHandler(AbstractRequestHandler):
    """ "For neck pain", "my knee hurts": a kind word, and the choice to go on or stop."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("OtherPainIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        # "For my back pain please", "Schmerzen im Rücken": Alexa filled the place loosely.
        if turn.words.heard.names_the_back(_said(handler_input) or ""):
            return BackPainHandler().handle(handler_input)
        place = _body_part(handler_input)
        sorry = (
            turn.words.checks.OTHER_PAIN_OF.format(place=place)
            if place
            else turn.words.checks.OTHER_PAIN
        )
        return continue_journey(turn, routine.ask(turn.journey(), Pending.OTHER_PAIN), sorry)


def _said(handler_input: HandlerInput) -> str | None:
    slot = request_util.get_slot(handler_input, "place")
    value = getattr(slot, "value", None)
    return value.lower() if isinstance(value, str) else None


def _body_part(handler_input: HandlerInput) -> str | None:
    """The place that hurts, when Alexa resolved it to one of the slot type's values."""
    slot = request_util.get_slot(handler_input, "place")
    resolutions = getattr(getattr(slot, "resolutions", None), "resolutions_per_authority", None)
    if not resolutions:  # a client that sends the words alone
        said = _said(handler_input)
        return said if said and said.replace(" ", "").isalpha() and len(said) < 20 else None
    for authority in resolutions:
        code = getattr(getattr(authority, "status", None), "code", None)
        if getattr(code, "value", code) != "ER_SUCCESS_MATCH":
            continue
        for found in getattr(authority, "values", None) or []:
            name = getattr(getattr(found, "value", None), "name", None)
            if isinstance(name, str) and name.replace(" ", "").isalpha():
                return name
    return None


class HesitationHandler(AbstractRequestHandler):
    """ "Uh", "hmm", "hang on": no apology, just time, and what the skill is waiting for."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("HesitationIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        return where_they_were(turn, turn.words.fallback.TAKE_YOUR_TIME)
