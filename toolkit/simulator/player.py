"""A device's audio player, emulated on a virtual clock.

It plays what the skill's AudioPlayer directives ask for, one stream at a time with a
queue behind it, and sends the events a device sends: PlaybackStarted, then
PlaybackNearlyFinished a little before the end, then PlaybackFinished, and the next
queued stream starts; PlaybackStopped when a directive stops it. Each mark of a hold
segment is shown as it is reached, with the time the hold has been playing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from skill.speech.languages import words_for
from skill.speech.marks_said import words
from skill.speech.pack_hold import HoldMarks
from toolkit.simulator.render import hold_clock, mark_line, player_line
from toolkit.simulator.segment_lengths import FileLength, estimated_length_ms
from toolkit.simulator.speaker import Speaker
from toolkit.simulator.streams import Activity, Playing, Stream

# A Play from where the player stopped, give or take this, carries the same hold on.
SAME_PLACE_MS = 1_000

# Sends one event to the skill; its answer, or None when there is none to act on.
EventSender = Callable[[str, dict[str, Any]], Mapping[str, Any] | None]
Show = Callable[[str], None]


def _file_clock(ms: int) -> str:
    minutes, seconds = divmod(ms // 1000, 60)
    return f"{minutes}:{seconds:02d}"


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
        # What the recordings say: the marks of the device's language's pack.
        self.marks: HoldMarks = words_for("en-US").marks
        self._show = show
        self._lengths = lengths
        self._speak = speak
        self._current: Playing | None = None
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
            self._current = Playing.at(stream, offset, self._lengths)
        except KeyError:
            return
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

    def _next_moment(self, playing: Playing) -> tuple[int, Callable[[Playing], None]]:
        """Where in the file the next thing happens, and what; at one place, marks come first."""
        moments: list[tuple[int, int, Callable[[Playing], None]]] = [
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
            self._current = Playing.at(stream, stream.offset_ms, self._lengths)
        except KeyError:
            self._fail(stream)
            return
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

    def _mark(self, playing: Playing) -> None:
        mark = playing.marks.pop(0)
        text = words(self.marks, mark.said)
        self._show(mark_line(self.hold_ms, text, chime=mark.chime))
        if text and self._speak is not None:
            self._speak(text)

    def _nearly_finished(self, playing: Playing) -> None:
        playing.nearly_finished_sent = True
        self._event("AudioPlayer.PlaybackNearlyFinished")

    def _end(self, playing: Playing) -> None:
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
