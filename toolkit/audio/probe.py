"""What ffprobe measures in an encoded file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from toolkit.audio.pcm import run_tool


@dataclass(frozen=True)
class Probe:
    codec: str
    bit_rate: int
    sample_rate: int
    channels: int
    duration_ms: int


def probe(path: Path) -> Probe:
    command = ["ffprobe", "-v", "error", "-select_streams", "a:0", "-of", "json"]
    command += ["-show_entries", "stream=codec_name,bit_rate,sample_rate,channels:format=duration"]
    found = json.loads(run_tool([*command, str(path)]))
    stream = found["streams"][0]
    return Probe(
        codec=stream["codec_name"],
        bit_rate=int(stream["bit_rate"]),
        sample_rate=int(stream["sample_rate"]),
        channels=int(stream["channels"]),
        duration_ms=round(float(found["format"]["duration"]) * 1000),
    )
