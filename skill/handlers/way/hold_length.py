"""Choosing how long to hold the point."""

from __future__ import annotations

from typing import ClassVar

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing.length_said import ask_length_again, length_said
from skill.handlers.plumbing.turn import Turn, turn_of
from skill.handlers.way.flow import continue_journey
from skill.routine import journey as routine
from skill.routine.hold_length import (
    EASING_MINUTES,
    FULL_EFFECT_MINUTES,
    RECOMMENDED_MINUTES,
)
from skill.routine.journey import Pending, Stage


def chosen(turn: Turn, minutes: int, *lead: str) -> Response:
    """A length the person chose: the hold starts if the point is found, else it is kept."""
    before = turn.journey()
    journey = routine.choose_minutes(before, minutes, returning=turn.work.profile().practised)
    if journey.pending is not None:  # a question still waits: a short note, then it again
        return continue_journey(turn, journey, *lead, turn.words.phrases.length_kept(minutes))
    if journey.stage == Stage.HOLD:
        return continue_journey(turn, journey, *lead)
    if not before.started:  # the way to the point begins now: a short note, then its first step
        return continue_journey(turn, journey, *lead, turn.words.phrases.length_kept(minutes))
    return continue_journey(turn, journey, *lead, turn.words.phrases.length_noted(minutes))


class HoldLengthHandler(AbstractRequestHandler):
    """ "Twelve minutes", "half an hour", "fifteen minutes I guess"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("HoldLengthIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        choice = length_said(turn)
        if choice.minutes is None:
            return ask_length_again(turn, choice)
        return chosen(turn, choice.minutes)


class NamedLengthHandler(AbstractRequestHandler):
    """ "The full thirty", "the full effect", "a quick one"."""

    _MINUTES: ClassVar[dict[str, int]] = {
        "FullLengthIntent": FULL_EFFECT_MINUTES,
        "QuickLengthIntent": EASING_MINUTES,
    }

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in self._MINUTES)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        return chosen(turn, self._MINUTES[turn.request.intent_name])


class SameAsUsualHandler(AbstractRequestHandler):
    """ "The usual", "same as last time"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("SameAsUsualIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        usual = turn.work.profile().usual
        if usual is None:
            return turn.reply.ask(
                turn.words.common.NO_USUAL_YET,
                turn.words.common.LENGTH_REPROMPT,
                reprompt=turn.words.common.LENGTH_REPROMPT,
            )
        return chosen(turn, usual)


class RecommendedLengthHandler(AbstractRequestHandler):
    """ "As long as it takes", "you choose": a suggestion, started only after a yes."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("RecommendedLengthIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        journey = routine.ask(turn.journey(), Pending.CONFIRM_LENGTH, suggested=RECOMMENDED_MINUTES)
        return continue_journey(turn, journey)
