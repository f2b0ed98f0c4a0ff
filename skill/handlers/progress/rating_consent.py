"""Whether to keep a person's pain ratings: asked once, remembered, and reversible.

Ratings are health information. They are used (compared before and after a hold) without
being kept; they are stored with the person's holds only after a spoken yes to "Shall I
keep your ratings?", asked once, the first time they give one. "Keep my ratings" and
"stop keeping my ratings" change the answer at any time; "delete my data" deletes them.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler, AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing.aside import carry_on
from skill.handlers.plumbing.turn import Turn, turn_of

KEEP_QUESTION = "keep_ratings_question"  # the question is waiting for its yes or no
_ANSWERS = ("AMAZON.YesIntent", "AMAZON.NoIntent")


def offer_to_keep(turn: Turn, *said: str) -> Response:
    """Say `said`; the first time, ask whether to keep ratings.

    Asked only when the profile is already at hand (no second read) and there is a
    session to hear the answer in.
    """
    profile = turn.work.at_hand()
    if (
        profile is None
        or profile.ratings_asked
        or profile.keep_ratings
        or not turn.request.in_session
    ):
        return carry_on(turn, *said)
    turn.work.remember(ratings_asked=True)
    turn.session.put(KEEP_QUESTION, True)
    return turn.reply.ask(
        *said, turn.words.preferences.KEEP_QUESTION, reprompt=turn.words.preferences.KEEP_REPROMPT
    )


class ForgetUnansweredQuestion(AbstractRequestInterceptor):
    """The question lasts one answer: anything but yes or no moves on, keeping nothing."""

    def process(self, handler_input: HandlerInput) -> None:
        if handler_input.request_envelope.session is None:
            return
        kept = handler_input.attributes_manager.session_attributes
        answering = any(is_intent_name(name)(handler_input) for name in _ANSWERS)
        if kept and KEEP_QUESTION in kept and not answering:
            kept.pop(KEEP_QUESTION)


class KeepRatingsAnswerHandler(AbstractRequestHandler):
    """Yes or no to "Shall I keep your ratings, so I can tell you how they change?"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        session = handler_input.request_envelope.session
        return (
            any(is_intent_name(name)(handler_input) for name in _ANSWERS)
            and session is not None
            and bool((session.attributes or {}).get(KEEP_QUESTION))
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        turn.session.pop(KEEP_QUESTION)
        if is_intent_name("AMAZON.YesIntent")(handler_input):
            turn.work.remember(keep_ratings=True, ratings_asked=True)
            return carry_on(turn, turn.words.preferences.KEEPING)
        turn.work.remember(keep_ratings=False, ratings_asked=True)
        return carry_on(turn, turn.words.preferences.NOT_KEEPING)


class KeepRatingsHandler(AbstractRequestHandler):
    """ "Keep my ratings"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("KeepRatingsIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        turn.work.remember(keep_ratings=True, ratings_asked=True)
        return carry_on(turn, turn.words.preferences.KEEPING)


class StopKeepingRatingsHandler(AbstractRequestHandler):
    """ "Stop keeping my ratings"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("StopKeepingRatingsIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        turn.work.remember(keep_ratings=False, ratings_asked=True)
        if not turn.work.forget_ratings():
            return carry_on(turn, turn.words.preferences.STOPPED_KEEPING_NOT_DELETED)
        return carry_on(turn, turn.words.preferences.STOPPED_KEEPING)
