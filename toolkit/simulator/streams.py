"""The audio streams a device's player plays, and what it reports of the one it holds."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlparse

from skill.routine.hold_segments import Mark, segment_spec
from toolkit.simulator.segment_lengths import FileLength

# A device asks for the next stream this long before the current one ends.
NEARLY_FINISHED_BEFORE_END_MS = 10_000


class Activity(StrEnum):
    """What context.AudioPlayer reports as playerActivity.

    The docs list IDLE, PAUSED, PLAYING, BUFFER_UNDERRUN, FINISHED and STOPPED
    ("AudioPlayer Interface Reference"); this player never buffers, and a stream it
    stops (by a Stop directive, or because the person spoke) reports STOPPED.
    """

    IDLE = "IDLE"
    PLAYING = "PLAYING"
    STOPPED = "STOPPED"
    FINISHED = "FINISHED"


@dataclass(frozen=True)
class Stream:
    """One audio stream a Play directive names."""

    token: str
    url: str
    offset_ms: int = 0
    expected_previous: str | None = None

    @property
    def file_name(self) -> str:
        return PurePosixPath(urlparse(self.url).path).name or self.url

    @property
    def audio_id(self) -> str:
        return PurePosixPath(self.file_name).stem

    @classmethod
    def from_play(cls, directive: Mapping[str, Any]) -> Stream | None:
        stream = (directive.get("audioItem") or {}).get("stream") or {}
        token, url = stream.get("token"), stream.get("url")
        if not isinstance(token, str) or not isinstance(url, str):
            return None
        offset = stream.get("offsetInMilliseconds")
        expected = stream.get("expectedPreviousToken")
        return cls(
            token=token,
            url=url,
            offset_ms=offset if isinstance(offset, int) and offset > 0 else 0,
            expected_previous=expected if isinstance(expected, str) else None,
        )


@dataclass
class Playing:
    """The stream in the player, and how far it has got."""

    stream: Stream
    length_ms: int
    # The marks still to come, in order.
    marks: list[Mark]
    position_ms: int
    nearly_finished_sent: bool = False

    @classmethod
    def at(cls, stream: Stream, position_ms: int, lengths: FileLength) -> Playing:
        """`stream` in the player at `position_ms`; KeyError when there is no such recording."""
        length = lengths(stream.audio_id)
        heard = segment_spec(stream.audio_id).heard
        marks = [mark for mark in heard if mark.at_ms >= position_ms]
        return cls(stream, length, marks, position_ms=position_ms)

    @property
    def nearly_finished_at_ms(self) -> int:
        return max(self.position_ms, self.length_ms - NEARLY_FINISHED_BEFORE_END_MS)
