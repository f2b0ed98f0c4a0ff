"""Pain ratings: "my pain is a six", "four out of ten". Only ever given, never asked for.

On the way to a hold, a rating waits in the session and is stored with the hold when it
begins. Soon after a hold, it is stored on that hold as how the pain felt after it (one
read to find the hold, one write). Any other time, it waits for the next hold.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.aside import carry_on
from skill.handlers.turn import JOURNEY, PAIN_BEFORE, Turn
from skill.routine.journey import Journey
from skill.routine.pain import is_after, parse_rating
from skill.speech import preference_words as words


class PainRatingHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("PainRatingIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        rating = parse_rating(turn.slot("rating"))
        if rating is None:
            return turn.ask(words.RATING_UNCLEAR, reprompt=words.RATING_REPROMPT)
        if turn.kept_in_session(JOURNEY) is not None:
            turn.keep_in_session(PAIN_BEFORE, rating)
            return carry_on(turn, words.rated_before(rating))
        latest = turn.latest_hold()
        if latest is not None and is_after(latest, turn.now()):
            if not turn.rate_after(latest.hold_id, rating):
                return turn.tell()  # the store's fault is the one thing said
            return turn.tell(words.rated_after(latest.pain_before, rating))
        # Before a hold: keep it, and offer to start one.
        turn.keep_in_session(PAIN_BEFORE, rating)
        turn.journey = Journey()
        return carry_on(turn, words.rated_before(rating))
