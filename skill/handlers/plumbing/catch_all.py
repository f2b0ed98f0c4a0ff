"""Help, stop, cancel, fallback, going home, hold controls with no hold, and the end of a
session: what no handler of a group took."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.handlers.plumbing.asked_again import asked_again
from skill.handlers.plumbing.order import Before, Group
from skill.handlers.plumbing.turn import JOURNEY, turn_of

log = logging.getLogger(__name__)


class HelpHandler(AbstractRequestHandler):
    """What can be said at this step."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.HelpIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        journey = turn.journey()
        usual = turn.work.profile().usual
        return turn.reply.ask(
            turn.words.phrases.help(journey, usual),
            reprompt=turn.words.phrases.reprompt(journey, usual),
        )


class GoodbyeHandler(AbstractRequestHandler):
    """Stop, cancel, or go home: a kind goodbye, at any point."""

    _INTENTS = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in self._INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        return turn.reply.tell(turn.words.common.GOODBYE)


class FallbackHandler(AbstractRequestHandler):
    """Anything the skill did not understand: more help each time at the same place.

    The first miss asks again; the second offers the simplest choice; from the third,
    a way out, in different words each time.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("IntentRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        return asked_again(turn, turn.words.common.DIDNT_CATCH)


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


class NoHoldHandler(AbstractRequestHandler):
    """Pause, resume or "how long is left" with no hold under way."""

    _INTENTS = ("AMAZON.PauseIntent", "AMAZON.ResumeIntent", "TimeLeftIntent")

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in self._INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        if turn.session.get(JOURNEY) is not None:
            journey = turn.journey()
            reprompt = turn.words.phrases.reprompt(journey, turn.work.profile().usual_minutes)
            return turn.reply.ask(turn.words.hold.NO_HOLD_RUNNING, reprompt, reprompt=reprompt)
        return turn.reply.tell(turn.words.hold.NO_HOLD_RUNNING, turn.words.hold.START_HINT)


# Tried last: what no group's handler took. The fallback takes any intent, and the last
# handler any request at all.
CATCH_ALL = Group(
    "what no other handler took",
    (
        HelpHandler(),
        GoodbyeHandler(),
        NoHoldHandler(),
        SessionEndedHandler(),
        FallbackHandler(),
        AnyOtherRequestHandler(),
    ),
    rules=(
        Before(
            "FallbackHandler",
            ("AnyOtherRequestHandler",),
            "any intent no one took is a fallback; anything else is answered quietly",
        ),
    ),
)
