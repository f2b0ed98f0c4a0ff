"""A device's audio player, emulated on a virtual clock.

It plays what the skill's AudioPlayer directives ask for, one stream at a time with a
queue behind it, and sends the events a device sends: PlaybackStarted, then
PlaybackNearlyFinished a little before the end, then PlaybackFinished, and the next
queued stream starts; PlaybackStopped when a directive stops it. Each mark of a hold
segment is shown as it is reached, with the time the hold has been playing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlparse

from skill.routine.hold_segments import Mark, segment_spec
from skill.speech.hold_marks import words
from toolkit.audio.manifest import Manifest
from toolkit.simulator.render import hold_clock, mark_line, player_line
from toolkit.simulator.speaker import Speaker

# A device asks for the next stream this long before the current one ends.
NEARLY_FINISHED_BEFORE_END_MS = 10_000
# How long a closing takes to say, for files not rendered yet.
CLOSING_MS_PER_WORD = 400
# A Play from where the player stopped, give or take this, carries the same hold on.
SAME_PLACE_MS = 1_000

# Sends one event to the skill; its answer, or None when there is none to act on.
EventSender = Callable[[str, dict[str, Any]], Mapping[str, Any] | None]
Show = Callable[[str], None]
# The length in milliseconds of a recorded segment, by its audio id.
FileLength = Callable[[str], int]


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


def estimated_length_ms(audio_id: str) -> int:
    """A segment's length before it is rendered: its marks, then its closing said at a calm pace."""
    spec = segment_spec(audio_id)
    closing = spec.closing_mark
    closing_words = len(words(closing.said).split()) if closing is not None else 0
    return spec.nominal_ms + CLOSING_MS_PER_WORD * closing_words


def file_lengths(manifest: Path | None) -> FileLength:
    """Segment lengths: measured ones from a manifest of rendered audio, when there is one."""
    measured: dict[str, int] = {}
    if manifest is not None and manifest.is_file():
        measured = {entry.id: entry.duration_ms for entry in Manifest.load(manifest).entries}

    def length(audio_id: str) -> int:
        return measured.get(audio_id) or estimated_length_ms(audio_id)

    return length


def _file_clock(ms: int) -> str:
    minutes, seconds = divmod(ms // 1000, 60)
    return f"{minutes}:{seconds:02d}"


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
class _Playing:
    """The stream in the player, and how far it has got."""

    stream: Stream
    length_ms: int
    # The marks still to come, in order.
    marks: list[Mark]
    position_ms: int
    nearly_finished_sent: bool = False

    @property
    def nearly_finished_at_ms(self) -> int:
        return max(self.position_ms, self.length_ms - NEARLY_FINISHED_BEFORE_END_MS)


class Player:
    """One device's audio player. Time only passes in `play_for`."""

    def __init__(
        self,
        send: EventSender,
        show: Show,
        *,
        lengths: FileLength = estimated_length_ms,
        speak: Speaker | None = None,
    ) -> None:
        self._send = send
        self._show = show
        self._lengths = lengths
        self._speak = speak
        self._current: _Playing | None = None
        self._queue: list[Stream] = []
        self.activity = Activity.IDLE
        # How long the hold has played: pauses not counted, back to 0 when it starts afresh.
        self.hold_ms = 0

    @property
    def context(self) -> dict[str, Any]:
        """What the device reports as context.AudioPlayer."""
        if self._current is None:
            return {"playerActivity": self.activity.value}
        return {
            "token": self._current.stream.token,
            "offsetInMilliseconds": self._current.position_ms,
            "playerActivity": self.activity.value,
        }

    @property
    def playing(self) -> bool:
        return self.activity is Activity.PLAYING

    @property
    def holds_audio(self) -> bool:
        """A stream is playing or stopped part-way: what is said may be about it."""
        return self._current is not None and self.activity in (Activity.PLAYING, Activity.STOPPED)

    def snapshot(self) -> dict[str, Any] | None:
        """What the device remembers of its last audio when switched off, if any."""
        if self._current is None:
            return None
        stream = self._current.stream
        activity = Activity.STOPPED if self.playing else self.activity
        return {
            "token": stream.token,
            "url": stream.url,
            "offsetInMilliseconds": self._current.position_ms,
            "playerActivity": activity.value,
        }

    def restore(self, kept: Mapping[str, Any]) -> None:
        """Come back as switched off: the last stream stopped (or finished) where it was."""
        token, url, offset = kept.get("token"), kept.get("url"), kept.get("offsetInMilliseconds")
        activity = kept.get("playerActivity")
        if not (isinstance(token, str) and isinstance(url, str) and isinstance(offset, int)):
            return
        if activity not in (Activity.STOPPED.value, Activity.FINISHED.value):
            return
        stream = Stream(token=token, url=url, offset_ms=offset)
        try:
            length = self._lengths(stream.audio_id)
            heard = segment_spec(stream.audio_id).heard
        except KeyError:
            return
        marks = [mark for mark in heard if mark.at_ms >= offset]
        self._current = _Playing(stream, length, marks, position_ms=offset)
        self.activity = Activity(activity)

    @property
    def played_last(self) -> bool:
        """This skill's audio is playing, or was the last audio the device played."""
        return self._current is not None

    def interrupt(self) -> None:
        """The person spoke to Alexa: a playing stream stops where it is."""
        self._stop()

    @property
    def queued(self) -> tuple[Stream, ...]:
        return tuple(self._queue)

    def apply(self, directives: Sequence[Mapping[str, Any]]) -> None:
        """Carry out an answer's AudioPlayer directives; other directives are not the player's."""
        self._apply(directives)
        self.play_for(0)

    def until_next_ms(self) -> int | None:
        """Playing time until the next mark or event; None when nothing plays."""
        if self._current is None or not self.playing:
            return None
        return self._next_moment(self._current)[0] - self._current.position_ms

    def play_for(self, ms: int) -> None:
        """Let `ms` of time pass, reaching marks and sending events on the way."""
        left = ms
        while self._current is not None and self.playing:
            playing = self._current
            due, reach = self._next_moment(playing)
            gap = due - playing.position_ms
            if gap > left:
                playing.position_ms += left
                self.hold_ms += left
                return
            playing.position_ms = due
            self.hold_ms += gap
            left -= gap
            reach(playing)

    def _next_moment(self, playing: _Playing) -> tuple[int, Callable[[_Playing], None]]:
        """Where in the file the next thing happens, and what; at one place, marks come first."""
        moments: list[tuple[int, int, Callable[[_Playing], None]]] = [
            (playing.length_ms, 2, self._end)
        ]
        if playing.marks:
            moments.append((playing.marks[0].at_ms, 0, self._mark))
        if not playing.nearly_finished_sent:
            moments.append((playing.nearly_finished_at_ms, 1, self._nearly_finished))
        due, _, reach = min(moments, key=lambda moment: moment[:2])
        return max(due, playing.position_ms), reach

    def _apply(self, directives: Sequence[Mapping[str, Any]]) -> None:
        for directive in directives:
            kind = directive.get("type")
            if kind == "AudioPlayer.Play":
                self._play(directive)
            elif kind == "AudioPlayer.Stop":
                self._stop()
            elif kind == "AudioPlayer.ClearQueue":
                self._clear_queue(str(directive.get("clearBehavior")))

    def _play(self, directive: Mapping[str, Any]) -> None:
        stream = Stream.from_play(directive)
        if stream is None:
            self._show(player_line("ignored a Play directive with no token or no url"))
            return
        behavior = directive.get("playBehavior")
        if behavior == "ENQUEUE":
            self._enqueue(stream)
        elif behavior == "REPLACE_ENQUEUED":
            self._queue = [stream]
            self._show_queued(stream)
        else:
            carries_on = self._at_same_place(stream)
            self._queue.clear()
            self._stop()
            if not carries_on:
                self.hold_ms = 0
            self._start(stream)

    def _enqueue(self, stream: Stream) -> None:
        last = self._queue[-1] if self._queue else self._current.stream if self._current else None
        if last is None or stream.expected_previous != last.token:
            # A device drops it: what it expected to follow is no longer there.
            self._show(player_line(f"did not queue {stream.file_name}: it expects another stream"))
            return
        self._queue.append(stream)
        self._show_queued(stream)

    def _show_queued(self, stream: Stream) -> None:
        self._show(player_line(f"queued {stream.file_name} from {_file_clock(stream.offset_ms)}"))

    def _at_same_place(self, stream: Stream) -> bool:
        current = self._current
        return (
            current is not None
            and self.holds_audio
            and current.stream.token == stream.token
            and abs(current.position_ms - stream.offset_ms) <= SAME_PLACE_MS
        )

    def _start(self, stream: Stream) -> None:
        try:
            length = self._lengths(stream.audio_id)
            heard = segment_spec(stream.audio_id).heard
        except KeyError:
            self._fail(stream)
            return
        marks = [mark for mark in heard if mark.at_ms >= stream.offset_ms]
        self._current = _Playing(stream, length, marks, position_ms=stream.offset_ms)
        self.activity = Activity.PLAYING
        self._show(player_line(f"playing {stream.file_name} from {_file_clock(stream.offset_ms)}"))
        self._event("AudioPlayer.PlaybackStarted")

    def _fail(self, stream: Stream) -> None:
        self._current, self._queue, self.activity = None, [], Activity.IDLE
        self._show(player_line(f"cannot play {stream.url}: there is no such recording"))
        error = {"type": "MEDIA_ERROR_INVALID_REQUEST", "message": "not found"}
        state = {"token": stream.token, "offsetInMilliseconds": stream.offset_ms}
        self._send_and_apply(
            "AudioPlayer.PlaybackFailed",
            {
                "token": stream.token,
                "error": error,
                "currentPlaybackState": {**state, "playerActivity": Activity.IDLE.value},
            },
        )

    def _stop(self) -> None:
        if self._current is None or not self.playing:
            return
        self.activity = Activity.STOPPED
        stopped = self._current
        at = f"{_file_clock(stopped.position_ms)}, {hold_clock(self.hold_ms)} into the hold"
        self._show(player_line(f"stopped {stopped.stream.file_name} at {at}"))
        self._event("AudioPlayer.PlaybackStopped")

    def _clear_queue(self, behavior: str) -> None:
        self._queue.clear()
        if behavior == "CLEAR_ALL":
            self._stop()

    def _mark(self, playing: _Playing) -> None:
        mark = playing.marks.pop(0)
        text = words(mark.said)
        self._show(mark_line(self.hold_ms, text, chime=mark.chime))
        if text and self._speak is not None:
            self._speak(text)

    def _nearly_finished(self, playing: _Playing) -> None:
        playing.nearly_finished_sent = True
        self._event("AudioPlayer.PlaybackNearlyFinished")

    def _end(self, playing: _Playing) -> None:
        self.activity = Activity.FINISHED
        self._event("AudioPlayer.PlaybackFinished")
        if self._current is not playing or self.activity is not Activity.FINISHED:
            return  # The answer to PlaybackFinished already played something else.
        if self._queue:
            self._start(self._queue.pop(0))
        else:
            self._show(player_line("finished"))

    def _event(self, request_type: str) -> None:
        assert self._current is not None
        fields = {
            "token": self._current.stream.token,
            "offsetInMilliseconds": self._current.position_ms,
        }
        self._send_and_apply(request_type, fields)

    def _send_and_apply(self, request_type: str, fields: dict[str, Any]) -> None:
        answer = self._send(request_type, fields)
        if answer is not None:
            self._apply((answer.get("response") or {}).get("directives") or [])


class LiveClock:
    """Runs a player on its own thread, `speed` times faster than real time.

    Every change to the device happens under `lock`; whoever takes it calls
    `catch_up()` first, so time is always spent in the state it passed in.
    """

    def __init__(
        self,
        lock: threading.Condition,
        pass_time: Callable[[int], None],
        until_next_ms: Callable[[], int | None],
        speed: float,
    ) -> None:
        self._lock = lock
        self._pass_time = pass_time
        self._until_next_ms = until_next_ms
        self._speed = speed
        self._last = time.monotonic()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="audio-player", daemon=True)

    def start(self) -> None:
        self._last = time.monotonic()
        self._thread.start()

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            self._lock.notify_all()
        self._thread.join()

    def catch_up(self) -> None:
        """Pass the virtual time that has gone by since the last catch-up. Hold the lock."""
        now = time.monotonic()
        ms = int((now - self._last) * 1000 * self._speed)
        # Keep the fraction of a virtual millisecond not passed yet for next time.
        self._last += ms / 1000 / self._speed
        if ms > 0:
            self._pass_time(ms)

    def _run(self) -> None:
        with self._lock:
            while not self._stopping:
                self.catch_up()
                gap = self._until_next_ms()
                self._lock.wait(None if gap is None else (gap + 1) / 1000 / self._speed)
