"""Choosing how long to hold the point."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.flow import continue_journey
from skill.handlers.turn import Turn
from skill.routine import journey as routine
from skill.routine.hold_length import RECOMMENDED_MINUTES, LengthChoice, choose_length
from skill.routine.journey import Stage
from skill.speech.english import LENGTH_REPROMPT


def length_said(turn: Turn) -> LengthChoice:
    """The length in the person's words: a number of minutes, or a duration."""
    return choose_length(turn.slot("minutes"), turn.slot("length"))


def ask_length_again(turn: Turn, choice: LengthChoice) -> Response:
    """Say why a length cannot be used, and ask for one that can."""
    problem = turn.phrases.length_problem(choice.problem) if choice.problem else ""
    return turn.ask(problem, reprompt=LENGTH_REPROMPT)


def _chosen(turn: Turn, minutes: int, *lead: str) -> Response:
    journey = routine.choose_minutes(turn.journey, minutes, returning=turn.practised)
    if journey.stage == Stage.HOLD:
        return continue_journey(turn, journey, *lead)
    return continue_journey(turn, journey, *lead, turn.phrases.length_noted(minutes))


class HoldLengthHandler(AbstractRequestHandler):
    """ "Twelve minutes", "half an hour", "the full thirty minutes"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("HoldLengthIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        choice = length_said(turn)
        if choice.minutes is None:
            return ask_length_again(turn, choice)
        return _chosen(turn, choice.minutes)


class RecommendedLengthHandler(AbstractRequestHandler):
    """ "As long as you think": the full effect."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("RecommendedLengthIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        return _chosen(turn, RECOMMENDED_MINUTES, turn.phrases.recommended())
