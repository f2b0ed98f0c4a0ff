"""A hold length in the person's words, and asking again for one that can be used."""

from __future__ import annotations

from ask_sdk_model import Response

from skill.handlers.plumbing.turn import Turn
from skill.routine.hold_length import LengthChoice, choose_length


def length_said(turn: Turn) -> LengthChoice:
    """The length in the person's words: a number of minutes, or a duration."""
    return choose_length(turn.request.slot("minutes"), turn.request.slot("length"))


def ask_length_again(turn: Turn, choice: LengthChoice) -> Response:
    """Say why a length cannot be used, and ask for one that can."""
    problem = turn.words.phrases.length_problem(choice.problem) if choice.problem else ""
    return turn.reply.ask(problem, reprompt=turn.words.common.LENGTH_REPROMPT)
