"""Raw audio as the segments are built: 16-bit mono PCM at 24 kHz, Alexa's rate for SSML audio."""

from __future__ import annotations

import subprocess
from array import array
from collections.abc import Sequence

SAMPLE_RATE = 24_000
SAMPLE_BYTES = 2
BYTES_PER_MS = SAMPLE_RATE * SAMPLE_BYTES // 1000
FULL_SCALE = 32_767
# Below this a sample counts as silence (about -50 dBFS): the breath before a word.
SILENCE_LEVEL = 100
# Kept after the last loud sample so a word's tail fades rather than stops.
TAIL_MS = 40

RAW_FORMAT = ("-f", "s16le", "-ac", "1", "-ar", str(SAMPLE_RATE))


class AudioToolError(RuntimeError):
    """ffmpeg or another audio tool failed."""


def run_tool(command: Sequence[str], data: bytes = b"") -> bytes:
    """Run an audio tool, feeding it `data`, and return what it writes; fail loudly."""
    result = subprocess.run(list(command), input=data, capture_output=True, check=False)
    if result.returncode != 0:
        problem = result.stderr.decode(errors="replace").strip()
        raise AudioToolError(f"{command[0]} failed ({result.returncode}): {problem}")
    return result.stdout


def to_pcm(audio: bytes, input_format: Sequence[str] = ()) -> bytes:
    """Any audio ffmpeg can read (a WAV, or raw samples described by `input_format`) as PCM."""
    command = ["ffmpeg", "-nostdin", "-v", "error", *input_format, "-i", "pipe:0"]
    return run_tool([*command, *RAW_FORMAT, "pipe:1"], audio)


def ms_to_bytes(ms: int) -> int:
    return ms * BYTES_PER_MS


def length_ms(pcm: bytes) -> int:
    """The length in whole milliseconds, rounded up."""
    return -(-len(pcm) // BYTES_PER_MS)


def silence(ms: int) -> bytes:
    return bytes(ms_to_bytes(ms))


def samples(pcm: bytes) -> array[int]:
    values = array("h")
    values.frombytes(pcm[: len(pcm) - len(pcm) % SAMPLE_BYTES])
    return values


def trim(pcm: bytes) -> bytes:
    """The sound without the silence around it: it starts on its first audible sample."""
    values = samples(pcm)
    loud = [i for i, value in enumerate(values) if abs(value) >= SILENCE_LEVEL]
    if not loud:
        return b""
    tail = TAIL_MS * SAMPLE_RATE // 1000
    return values[loud[0] : min(len(values), loud[-1] + 1 + tail)].tobytes()
