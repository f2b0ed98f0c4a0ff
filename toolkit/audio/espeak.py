"""Speech from espeak-ng: offline, for development and tests."""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.audio.pcm import run_tool, to_pcm


@dataclass(frozen=True)
class EspeakRenderer:
    """A calm British voice at an unhurried pace."""

    voice: str = "en-gb"
    words_per_minute: int = 145
    pitch: int = 40

    def speech(self, text: str) -> bytes:
        command = ["espeak-ng", "-v", self.voice, "-s", str(self.words_per_minute)]
        # The text goes in on stdin, so nothing in it can be read as an option.
        wav = run_tool([*command, "-p", str(self.pitch), "--stdout"], text.encode())
        return to_pcm(wav)
