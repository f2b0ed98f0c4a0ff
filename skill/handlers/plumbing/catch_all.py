"""Help, stop, cancel, fallback, going home and the end of a session."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.handlers.plumbing.turn import Turn
from skill.routine import journey as routine
from skill.speech import english, fallback_words

log = logging.getLogger(__name__)


class HelpHandler(AbstractRequestHandler):
    """What can be said at this step."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.HelpIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        journey = turn.journey()
        usual = turn.usual_minutes
        return turn.ask(
            turn.phrases.help(journey, usual), reprompt=turn.phrases.reprompt(journey, usual)
        )


class GoodbyeHandler(AbstractRequestHandler):
    """Stop, cancel, or go home: a kind goodbye, at any point."""

    _INTENTS = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in self._INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        return Turn(handler_input).tell(english.GOODBYE)


class FallbackHandler(AbstractRequestHandler):
    """Anything the skill did not understand: more help each time at the same place.

    The first miss asks again; the second offers the simplest choice; from the third,
    help or stop.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("IntentRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        journey = routine.missed(turn.journey())
        turn.keep_journey(journey)
        reprompt = turn.phrases.reprompt(journey, turn.usual_minutes)
        if journey.misses >= 3:
            return turn.ask(fallback_words.HELP_OR_STOP, reprompt=fallback_words.HELP_OR_STOP)
        if journey.misses == 2:
            simpler = fallback_words.simpler_choice(journey)
            return turn.ask(simpler, reprompt=simpler)
        return turn.ask(fallback_words.DIDNT_CATCH, reprompt, reprompt=reprompt)


class SessionEndedHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("SessionEndedRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        error = getattr(request, "error", None)
        # Only the kinds: Alexa's error message can quote what the person said.
        log.info(
            "session ended: %s%s",
            _kind(getattr(request, "reason", None)),
            f" ({_kind(getattr(error, 'object_type', None))})" if error else "",
        )
        response: Response = handler_input.response_builder.response
        return response


def _kind(value: object) -> str | None:
    """An enum's value ("USER_INITIATED"), or None for anything else."""
    kind = getattr(value, "value", None)
    return kind if isinstance(kind, str) else None


class AnyOtherRequestHandler(AbstractRequestHandler):
    """Requests this skill has no use for get an empty, valid answer."""

    def can_handle(self, handler_input: HandlerInput) -> bool:  # noqa: ARG002 - the SDK's signature
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        log.info("ignored request: %s", type(handler_input.request_envelope.request).__name__)
        response: Response = handler_input.response_builder.response
        return response
