"""What the device reports while a hold plays, and its play and pause buttons.

Answers to these events may carry AudioPlayer directives only, never speech.
Enqueuing the next segment reads nothing: the token says where the hold is.
"""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response
from ask_sdk_model.interfaces.audioplayer import PlayBehavior

from skill.handlers.player import play, player_state, stop
from skill.handlers.turn import Turn
from skill.routine.hold_token import HoldToken
from skill.store import HoldStatus

log = logging.getLogger(__name__)


def _silent(handler_input: HandlerInput) -> Response:
    response: Response = handler_input.response_builder.response
    return response


def _event_token(handler_input: HandlerInput) -> HoldToken | None:
    return HoldToken.parse(getattr(handler_input.request_envelope.request, "token", None))


class NearlyFinishedHandler(AbstractRequestHandler):
    """Queue the hold's next segment behind the one playing."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AudioPlayer.PlaybackNearlyFinished")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        token = _event_token(handler_input)
        if token is None or token.is_last_segment:
            return _silent(handler_input)
        following = token.at_segment(token.segment + 1)
        offset = following.plan.segments[following.segment].offset_ms
        directive = play(following, offset, PlayBehavior.ENQUEUE, expected_previous=token)
        response: Response = handler_input.response_builder.add_directive(directive).response
        return response


class FinishedHandler(AbstractRequestHandler):
    """The last segment has played: the hold is complete."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AudioPlayer.PlaybackFinished")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        token = _event_token(handler_input)
        if token is not None and token.is_last_segment:
            Turn(handler_input).end_hold(token.hold_id, HoldStatus.COMPLETED, token.minutes * 60)
        return _silent(handler_input)


class FailedHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AudioPlayer.PlaybackFailed")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        error = getattr(handler_input.request_envelope.request, "error", None)
        log.warning(
            "playback failed: %s", getattr(getattr(error, "object_type", None), "value", None)
        )
        return _silent(handler_input)


class QuietPlaybackEventHandler(AbstractRequestHandler):
    """Playback started or stopped: nothing to do."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(
            is_request_type("AudioPlayer.PlaybackStarted")(handler_input)
            or is_request_type("AudioPlayer.PlaybackStopped")(handler_input)
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        return _silent(handler_input)


class PlayButtonHandler(AbstractRequestHandler):
    """The device's play button: carry on from where the hold was paused."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("PlaybackController.PlayCommandIssued")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        state = player_state(handler_input)
        if state is None:
            return _silent(handler_input)
        directive = play(state.token, state.offset_ms)
        response: Response = handler_input.response_builder.add_directive(directive).response
        return response


class PauseButtonHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("PlaybackController.PauseCommandIssued")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        response: Response = handler_input.response_builder.add_directive(stop()).response
        return response


class OtherButtonHandler(AbstractRequestHandler):
    """Next and previous buttons: a hold has no tracks to skip."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request_type = getattr(handler_input.request_envelope.request, "object_type", "") or ""
        return str(request_type).startswith("PlaybackController.")

    def handle(self, handler_input: HandlerInput) -> Response:
        return _silent(handler_input)
