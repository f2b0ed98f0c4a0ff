"""The device's side of a hold: the events an Echo sends while it streams the skill's audio.

Given an answer that starts playback, the device reports each stream started, nearly
finished and finished. An ENQUEUE directive queues the next stream, but only when its
`expectedPreviousToken` names the stream playing, as a real device insists.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.envelopes import Envelope
from bench.person import Person


@dataclass(frozen=True)
class Stream:
    token: str
    offset_ms: int
    expected_previous: str | None = None


def plays(answer: Envelope, behavior: str | None = None) -> list[Stream]:
    """The streams an answer's AudioPlayer.Play directives name (of one play behavior)."""
    streams = []
    for directive in (answer.get("response") or {}).get("directives") or []:
        if directive.get("type") != "AudioPlayer.Play":
            continue
        if behavior is not None and directive.get("playBehavior") != behavior:
            continue
        stream: dict[str, Any] = directive["audioItem"]["stream"]
        streams.append(
            Stream(
                stream["token"],
                int(stream.get("offsetInMilliseconds") or 0),
                stream.get("expectedPreviousToken"),
            )
        )
    return streams


def play_through(person: Person, answer: Envelope) -> int:
    """Play the hold `answer` starts to its end; returns how many requests the device sent."""
    started = plays(answer, "REPLACE_ALL")
    if not started:
        return 0
    playing: Stream | None = started[-1]
    sent = 0
    while playing is not None:
        person.player.token, person.player.offset_ms = playing.token, playing.offset_ms
        person.player.activity = "PLAYING"
        person.event("PlaybackStarted")
        queued = [
            stream
            for stream in plays(person.event("PlaybackNearlyFinished"), "ENQUEUE")
            if stream.expected_previous == playing.token
        ]
        following = queued[-1] if queued else None
        if following is None:
            person.player.activity = "FINISHED"
        person.event("PlaybackFinished")
        sent += 3
        playing = following
    return sent
