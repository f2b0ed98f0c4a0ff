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

from skill.handlers.plumbing.device_report import device_offset, player_report
from skill.handlers.plumbing.hold_standing import checked
from skill.handlers.plumbing.player import play, stop
from skill.handlers.plumbing.turn import turn_of
from skill.routine.hold_state import SECOND_MS, PlayerReport
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
    """The last segment has played: the hold is complete.

    "AudioPlayer.PlaybackFinished ... Notifies your skill when the stream comes to an end on
    its own" ("AudioPlayer Interface Reference"): not when the person stopped it, so the
    hold is credited in full, as far as the stored plan allows. Should the event come
    twice, the store's condition (a hold still open) credits it once.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AudioPlayer.PlaybackFinished")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        token = _event_token(handler_input)
        if token is not None and token.is_last_segment:
            turn = turn_of(handler_input)
            # Played to its end: completed in one write, with no read, if the store holds
            # it open, to the token's plan, as the person's latest.
            if turn.work.finish_hold(token.hold_id, token.plan.total_ms // SECOND_MS) is False:
                # Not so (closed already, replaced, never saved, planned otherwise): the
                # stored hold decides, and the stored plan bounds what is credited.
                where = checked(turn, PlayerReport(token, token.plan.total_ms, "FINISHED"))
                if where.end_unrecorded:
                    turn.work.end_hold(token.hold_id, HoldStatus.COMPLETED, where.completed_seconds)
        return _silent(handler_input)


class FailedHandler(AbstractRequestHandler):
    """A stream would not play: keep the time held, then try once more from where it is.

    "AudioPlayer.PlaybackFailed ... Sent when Alexa encounters an error when attempting to
    play a stream"; its `token` is "the token of the stream that failed to play", and
    `currentPlaybackState` "provides the details about the current playback state on the
    device. This might not be the same stream as the one that failed" ("AudioPlayer
    Interface Reference"). So where the person is comes from `currentPlaybackState` (its
    token and offset), never from the failed token with the playing stream's offset: when
    the queued second segment of a long hold fails while the first plays, the person is
    still in the first. That segment plays on, and the failed one is queued behind it
    again; a stream that failed with nothing playing is played again from where the hold
    stands. Each retry needs time held past the time last noted, so a stream that keeps
    failing is left to rest: the hold keeps its time, and the next time the skill is
    opened it offers to carry on from there.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AudioPlayer.PlaybackFailed")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        error = getattr(request, "error", None)
        log.warning(
            "playback failed: %s", getattr(getattr(error, "object_type", None), "value", None)
        )
        failed = _event_token(handler_input)
        if failed is None:
            return _silent(handler_input)
        report = _current_state(getattr(request, "current_playback_state", None), failed)
        turn = turn_of(handler_input)
        where = checked(turn, report)
        if not (where.under_way and where.held_past_noted):
            return _silent(handler_input)
        turn.work.note_held(failed.hold_id, where.held_seconds)
        playing = report.token
        if report.activity in _SOUNDING and playing.segment + 1 == failed.segment:
            if where.held_ms - where.stored_held_ms < _REQUEUE_AFTER_MS:
                return _silent(handler_input)  # it failed again just now: let it rest
            # The segment before it plays on: queue the failed one behind it once more.
            following = playing.at_segment(failed.segment)
            offset = following.plan.segments[following.segment].offset_ms
            directive = play(turn.words.hold, following, offset, expected_previous=playing)
        else:
            retry_token, retry_offset = where.carry_on_from()
            directive = play(turn.words.hold, retry_token, retry_offset)
        response: Response = handler_input.response_builder.add_directive(directive).response
        return response


# A queued stream that failed is queued again only this long after the time last noted:
# one that keeps failing costs a write a minute at most, and the last try comes in time.
_REQUEUE_AFTER_MS = 60 * SECOND_MS
# The activities in which a stream is still sounding ("AudioPlayer Interface Reference").
_SOUNDING = ("PLAYING", "BUFFER_UNDERRUN")


def _current_state(state: object, failed: HoldToken) -> PlayerReport:
    """Where the person is in the hold whose stream failed, from `currentPlaybackState`.

    Its token and offset when it names the same hold; otherwise (nothing playing, or
    another hold) the start of the failed stream, and the stored time decides the rest.
    """
    current = HoldToken.parse(getattr(state, "token", None))
    activity = getattr(getattr(state, "player_activity", None), "value", None)
    if current is None or current.hold_id != failed.hold_id:
        start = failed.plan.segments[failed.segment].offset_ms
        return PlayerReport(failed, start, "STOPPED")
    offset = device_offset(getattr(state, "offset_in_milliseconds", None))
    return PlayerReport(current, offset, activity if isinstance(activity, str) else "STOPPED")


class StoppedHandler(AbstractRequestHandler):
    """The stream stopped: note where, for the next request to decide what that was.

    "AudioPlayer.PlaybackStopped ... Sent when Alexa stops playing an audio stream in
    response to a voice request or an AudioPlayer directive" ("AudioPlayer Interface
    Reference"), and the Echo Show's on-screen pause sends the skill no
    PlaybackController request ("PlaybackController Interface Reference": "the skill
    doesn't receive a PlaybackController request" for touch controls on devices with a
    screen): this event is the only word of such a pause. So it keeps the time held
    (one read, one write), a second short of where it stopped: a pause by voice or
    button notes the very second, and a request that finds the device stopped past the
    time noted takes the hold as playing until it spoke (skill.routine.hold_state). So
    the next request decides: "pause" pauses it where it stopped, a question is answered
    and the hold plays on, and if nothing follows, the time is kept.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AudioPlayer.PlaybackStopped")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        token = _event_token(handler_input)
        if token is None:
            return _silent(handler_input)
        request = handler_input.request_envelope.request
        offset = device_offset(getattr(request, "offset_in_milliseconds", None))
        turn = turn_of(handler_input)
        where = checked(turn, PlayerReport(token, offset, "STOPPED"))
        noted = where.held_seconds - 1
        if where.under_way and noted > where.stored_held_ms // SECOND_MS:
            turn.work.note_held(token.hold_id, noted)
        return _silent(handler_input)


class QuietPlaybackEventHandler(AbstractRequestHandler):
    """Playback started: nothing to do."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AudioPlayer.PlaybackStarted")(handler_input))

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
