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

from skill.handlers.hold.in_hold import checked
from skill.handlers.plumbing.player import play, player_report, stop
from skill.handlers.plumbing.turn import turn_of
from skill.routine.hold_state import PlayerReport
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldStatus

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
        directive = play(
            turn_of(handler_input).words.hold, following, offset, expected_previous=token
        )
        response: Response = handler_input.response_builder.add_directive(directive).response
        return response


class FinishedHandler(AbstractRequestHandler):
    """The last segment has played: the hold is complete."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AudioPlayer.PlaybackFinished")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        token = _event_token(handler_input)
        if token is not None and token.is_last_segment:
            # The stored plan bounds what is credited: one read, then the one write.
            turn = turn_of(handler_input)
            where = checked(turn, PlayerReport(token, token.plan.total_ms, "FINISHED"))
            if where.end_unrecorded:
                turn.work.end_hold(token.hold_id, HoldStatus.COMPLETED, where.completed_seconds)
        return _silent(handler_input)


class FailedHandler(AbstractRequestHandler):
    """A segment would not play: try once more from where it stopped, then keep the time.

    Alexa sends AudioPlayer.PlaybackFailed when an error occurs trying to play a stream
    ("AudioPlayer Interface Reference"); the request carries the token and
    `currentPlaybackState` with its offset. A failure past the time last noted
    notes the time held and plays again from there; a second failure at the same place
    (its time noted already) lets it rest: the hold keeps its time, and the next time the
    skill is opened it offers to carry on from there, until it lapses and ends.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AudioPlayer.PlaybackFailed")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        error = getattr(request, "error", None)
        log.warning(
            "playback failed: %s", getattr(getattr(error, "object_type", None), "value", None)
        )
        token = _event_token(handler_input)
        state = getattr(request, "current_playback_state", None)
        offset = getattr(state, "offset_in_milliseconds", None)
        if token is None:
            return _silent(handler_input)
        report = PlayerReport(token, offset if isinstance(offset, int) else 0, "STOPPED")
        turn = turn_of(handler_input)
        where = checked(turn, report)
        if where.under_way and where.held_past_noted:
            turn.work.note_held(token.hold_id, where.held_seconds)
            retry_token, retry_offset = where.carry_on_from()
            response: Response = handler_input.response_builder.add_directive(
                play(turn.words.hold, retry_token, retry_offset)
            ).response
            return response
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
        report = player_report(handler_input)
        if report is None:
            return _silent(handler_input)
        # A hold already recorded as ended or finished is not played again.
        turn = turn_of(handler_input)
        where = checked(turn, report)
        if not where.under_way:
            return _silent(handler_input)
        token, offset = where.carry_on_from()
        response: Response = handler_input.response_builder.add_directive(
            play(turn.words.hold, token, offset)
        ).response
        return response


class PauseButtonHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("PlaybackController.PauseCommandIssued")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        report = player_report(handler_input)
        if report is not None:
            # Paused by a button: keep the time held so far, as a spoken pause does.
            turn = turn_of(handler_input)
            where = checked(turn, report)
            if where.under_way:
                turn.work.note_held(where.token.hold_id, where.held_seconds)
        response: Response = handler_input.response_builder.add_directive(stop()).response
        return response


class OtherButtonHandler(AbstractRequestHandler):
    """Next and previous buttons: a hold has no tracks to skip."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request_type = getattr(handler_input.request_envelope.request, "object_type", "") or ""
        return str(request_type).startswith("PlaybackController.")

    def handle(self, handler_input: HandlerInput) -> Response:
        return _silent(handler_input)
