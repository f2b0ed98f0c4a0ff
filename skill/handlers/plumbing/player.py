"""AudioPlayer directives for a hold: play a segment from a place in it, stop, clear."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ask_sdk_model.interfaces.audioplayer import (
    AudioItem,
    AudioItemMetadata,
    ClearBehavior,
    ClearQueueDirective,
    PlayBehavior,
    PlayDirective,
    StopDirective,
    Stream,
)
from ask_sdk_model.interfaces.display import Image as DisplayImage
from ask_sdk_model.interfaces.display import ImageInstance

from skill.audio.urls import segment_url
from skill.routine.hold_token import HoldToken
from skill.visuals.images import ART, NOW_PLAYING_BACKGROUND, image_url

if TYPE_CHECKING:
    from skill.speech.pack_hold import HoldWords


def within_segment(token: HoldToken, offset_ms: int) -> int:
    """`offset_ms` clamped to the part of its file the hold's plan plays."""
    plan = token.plan
    segment = plan.segments[token.segment]
    following = token.segment + 1
    ends_at = plan.segments[following].starts_at_ms if following < len(plan.segments) else None
    played_ms = (ends_at if ends_at is not None else plan.total_ms) - segment.starts_at_ms
    return max(segment.offset_ms, min(offset_ms, segment.offset_ms + max(0, played_ms)))


def play(
    words: HoldWords, token: HoldToken, offset_ms: int, expected_previous: HoldToken | None = None
) -> PlayDirective:
    """Play one segment of the hold from `offset_ms` into its file.

    Queued behind `expected_previous` when it is given (ENQUEUE), else in place of
    whatever plays (REPLACE_ALL).
    """
    segment = token.plan.segments[token.segment]
    # Whatever a device reported, the Play stays inside what the plan plays of the file.
    offset_ms = within_segment(token, offset_ms)
    behavior = PlayBehavior.ENQUEUE if expected_previous else PlayBehavior.REPLACE_ALL
    return PlayDirective(
        play_behavior=behavior,
        audio_item=AudioItem(
            stream=Stream(
                token=token.encode(),
                url=segment_url(segment.audio_id, recordings=words.RECORDINGS),
                offset_in_milliseconds=offset_ms,
                expected_previous_token=expected_previous.encode() if expected_previous else None,
            ),
            metadata=AudioItemMetadata(
                title=words.TITLE,
                subtitle=words.subtitle(token.minutes),
                art=DisplayImage(sources=[ImageInstance(url=image_url(ART))]),
                background_image=DisplayImage(
                    sources=[ImageInstance(url=image_url(NOW_PLAYING_BACKGROUND))]
                ),
            ),
        ),
    )


def play_from_start(words: HoldWords, token: HoldToken) -> PlayDirective:
    first = token.at_segment(0)
    return play(words, first, first.plan.segments[0].offset_ms)


def stop() -> StopDirective:
    """Stop the hold's stream, in an answer with no words (or to an event, which has none)."""
    return StopDirective()


def stop_saying() -> ClearQueueDirective:
    """Stop the hold's stream in an answer whose words the person must hear.

    `ClearQueue` with `CLEAR_ALL` "clears the entire playback queue and stops the
    currently playing stream (if applicable)" (the AudioPlayer Interface Reference's
    ClearQueue directive, as the ASK SDK for Node.js quotes it for
    `audioPlayerClearQueue`). It is used instead of `AudioPlayer.Stop` because speech
    sent with a Stop is reported dropped: "The audio stops playing, but Alexa does not
    deliver the speech output" (alexa/alexa-skills-kit-sdk-for-nodejs#321; the
    `stop-drops-speech` variant of toolkit.simulator.variants). Nothing is queued behind
    it: a paused hold plays again only by a Play carrying it on from where it stands.
    """
    return ClearQueueDirective(clear_behavior=ClearBehavior.CLEAR_ALL)
