"""Laying a segment's sounds over exact silence, and encoding it once as MP3."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from skill.routine.hold_segments import Mark, Said, SegmentSpec
from skill.speech import hold_marks
from skill.speech.marks_said import saying
from toolkit.audio.pcm import RAW_FORMAT, SAMPLE_RATE, length_ms, ms_to_bytes

# Alexa's format for SSML audio, used for every file so the same ones serve both.
MP3_FORMAT = ("-c:a", "libmp3lame", "-b:a", "48k", "-ar", str(SAMPLE_RATE), "-ac", "1")
_SILENCE_STEP = bytes(ms_to_bytes(10_000))

# What English's marks say: the words of the recordings rendered when no language is named.
_IN_ENGLISH = saying(hold_marks)


class RenderError(RuntimeError):
    """A segment cannot be rendered as its marks say."""


@dataclass(frozen=True)
class Placement:
    """A mark's sound (chime, then words), starting exactly at `at_ms` in the segment."""

    mark: Mark
    sound: bytes

    @property
    def end_ms(self) -> int:
        return self.mark.at_ms + length_ms(self.sound)


def lay_out(
    spec: SegmentSpec,
    speech: Mapping[str, bytes],
    chime: bytes,
    said_as: Callable[[Said | None], str] = _IN_ENGLISH,
) -> list[Placement]:
    """Every mark's sound in place; fails when one would run into the next or past the end.

    `said_as`: a language pack's words for a mark (skill.speech.marks_said.saying),
    English's by default.
    """
    placements = []
    for mark in spec.heard:
        text = said_as(mark.said)
        sound = speech[text] if text else b""
        if text and not sound:
            raise RenderError(f"{spec.audio_id}: the speech for {text!r} is silent")
        placements.append(Placement(mark, (chime if mark.chime else b"") + sound))
    limits = [p.mark.at_ms for p in placements[1:]]
    limits.append(spec.nominal_ms if spec.closing is None else placements[-1].end_ms)
    for placement, limit in zip(placements, limits, strict=True):
        if placement.end_ms > limit:
            raise RenderError(
                f"{spec.audio_id}: {said_as(placement.mark.said) or 'the chime'!r} at "
                f"{placement.mark.at_ms} ms lasts {length_ms(placement.sound)} ms "
                f"and would run past {limit} ms"
            )
    return placements


def _silence(byte_count: int) -> Iterator[bytes]:
    while byte_count > 0:
        step = _SILENCE_STEP[:byte_count]
        yield step
        byte_count -= len(step)


def segment_pcm(spec: SegmentSpec, placements: Iterable[Placement]) -> Iterator[bytes]:
    """The segment's PCM from start to end, in pieces."""
    written = 0
    for placement in placements:
        yield from _silence(ms_to_bytes(placement.mark.at_ms) - written)
        yield placement.sound
        written = ms_to_bytes(placement.mark.at_ms) + len(placement.sound)
    yield from _silence(ms_to_bytes(spec.nominal_ms) - written)


def encode_mp3(pcm: Iterable[bytes], path: Path) -> None:
    """Encode PCM pieces into one MP3 file, written whole or not at all."""
    partial = path.with_name(f".{path.name}.partial")
    command = ["ffmpeg", "-nostdin", "-v", "error", "-y", *RAW_FORMAT, "-i", "pipe:0"]
    # No tags: nothing but the sound, so identical audio gives identical files.
    command += [*MP3_FORMAT, "-map_metadata", "-1", "-id3v2_version", "0"]
    command += ["-f", "mp3", str(partial)]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.PIPE) as ffmpeg:
        assert ffmpeg.stdin is not None and ffmpeg.stderr is not None
        try:
            for piece in pcm:
                ffmpeg.stdin.write(piece)
            ffmpeg.stdin.close()
        except BrokenPipeError:
            pass  # ffmpeg stopped early; its own message says why
        problem = ffmpeg.stderr.read().decode(errors="replace").strip()
        if ffmpeg.wait() != 0:
            partial.unlink(missing_ok=True)
            raise RenderError(f"ffmpeg could not encode {path.name}: {problem}")
    partial.replace(path)
