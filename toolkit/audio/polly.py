"""Speech from Amazon Polly's neural voices, for the production recordings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import boto3

from toolkit.audio.pcm import to_pcm

DEFAULT_VOICE = "Joanna"
# Polly gives raw PCM at 8 or 16 kHz only; 16 kHz is resampled to the segments' rate.
POLLY_SAMPLE_RATE = 16_000


class SpeechClient(Protocol):
    """The one call this renderer makes on a boto3 Polly client."""

    def synthesize_speech(self, *args: Any, **kwargs: Any) -> Mapping[str, Any]: ...


class PollyRenderer:
    def __init__(self, voice: str = DEFAULT_VOICE, client: SpeechClient | None = None) -> None:
        self.voice = voice
        # Created here, not at import; endpoint, region and credentials come from the
        # usual AWS settings (AWS_REGION, AWS_ENDPOINT_URL_POLLY, ...).
        self.client: SpeechClient = client if client is not None else boto3.client("polly")

    def speech(self, text: str) -> bytes:
        response = self.client.synthesize_speech(
            Engine="neural",
            OutputFormat="pcm",
            SampleRate=str(POLLY_SAMPLE_RATE),
            Text=text,
            TextType="text",
            VoiceId=self.voice,
        )
        with response["AudioStream"] as stream:
            raw: bytes = stream.read()
        input_format = ("-f", "s16le", "-ac", "1", "-ar", str(POLLY_SAMPLE_RATE))
        return to_pcm(raw, input_format)
