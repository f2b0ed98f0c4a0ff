"""AudioPlayer directives for a hold, and reading the device's player state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.interfaces.audioplayer import (
    AudioItem,
    AudioItemMetadata,
    PlayBehavior,
    PlayDirective,
    StopDirective,
    Stream,
)
from ask_sdk_model.interfaces.display import Image as DisplayImage
from ask_sdk_model.interfaces.display import ImageInstance

from skill.audio.urls import segment_url
from skill.routine.hold_state import PlayerReport
from skill.routine.hold_token import HoldToken
from skill.visuals.images import ART, CARD_LARGE, image_url

if TYPE_CHECKING:
    from skill.speech.pack_hold import HoldWords


def player_report(handler_input: HandlerInput) -> PlayerReport | None:
    """The device's report of a hold (context.AudioPlayer), if it names one of ours.

    "AudioPlayer ... offsetInMilliseconds ... playerActivity" come with every request
    from a device with AudioPlayer ("AudioPlayer Interface Reference"). Some clients send
    the offset as a string, as in the docs' own PauseIntent sample.
    """
    context = handler_input.request_envelope.context
    player = getattr(context, "audio_player", None)
    token = HoldToken.parse(getattr(player, "token", None))
    if token is None:
        return None
    offset = getattr(player, "offset_in_milliseconds", None)
    if isinstance(offset, str) and offset.isdigit():
        offset = int(offset)
    activity = getattr(getattr(player, "player_activity", None), "value", None)
    return PlayerReport(
        token=token,
        offset_ms=offset if isinstance(offset, int) and offset >= 0 else 0,
        activity=activity if isinstance(activity, str) else "IDLE",
    )


def play(
    words: HoldWords, token: HoldToken, offset_ms: int, expected_previous: HoldToken | None = None
) -> PlayDirective:
    """Play one segment of the hold from `offset_ms` into its file.

    Queued behind `expected_previous` when it is given (ENQUEUE), else in place of
    whatever plays (REPLACE_ALL).
    """
    segment = token.plan.segments[token.segment]
    behavior = PlayBehavior.ENQUEUE if expected_previous else PlayBehavior.REPLACE_ALL
    return PlayDirective(
        play_behavior=behavior,
        audio_item=AudioItem(
            stream=Stream(
                token=token.encode(),
                url=segment_url(segment.audio_id),
                offset_in_milliseconds=offset_ms,
                expected_previous_token=expected_previous.encode() if expected_previous else None,
            ),
            metadata=AudioItemMetadata(
                title=words.TITLE,
                subtitle=words.subtitle(token.minutes),
                art=DisplayImage(sources=[ImageInstance(url=image_url(ART))]),
                background_image=DisplayImage(sources=[ImageInstance(url=image_url(CARD_LARGE))]),
            ),
        ),
    )


def play_from_start(words: HoldWords, token: HoldToken) -> PlayDirective:
    first = token.at_segment(0)
    return play(words, first, first.plan.segments[0].offset_ms)


def stop() -> StopDirective:
    return StopDirective()
