"""The Polly renderer, against a local moto server over HTTP.

moto checks a SynthesizeSpeech request (format, sample rate, voice) and answers with a
few samples of silence, so these tests check the request and what is done with the answer.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError

from tests.support.moto_server import FAKE_CREDENTIALS, MotoServer
from toolkit.audio.espeak import EspeakRenderer
from toolkit.audio.polly import PollyRenderer
from toolkit.audio.renderer import renderer_named

REPO = Path(__file__).resolve().parents[2]
REGION = "us-east-1"


@pytest.fixture(scope="module")
def polly_url() -> Iterator[str]:
    with MotoServer() as server:
        yield server.url


@pytest.fixture
def polly_env(polly_url: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Settings that send boto3's Polly calls to the local server, with fake keys."""
    settings = {
        **FAKE_CREDENTIALS,
        "AWS_DEFAULT_REGION": REGION,
        "AWS_ENDPOINT_URL_POLLY": polly_url,
    }
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    return settings


def recorded_requests(client: Any) -> list[dict[str, Any]]:
    """Every SynthesizeSpeech request the client makes, as its parameters."""
    requests: list[dict[str, Any]] = []

    def record(params: dict[str, Any], **_: Any) -> None:
        requests.append(dict(params))

    client.meta.events.register("provide-client-params.polly.SynthesizeSpeech", record)
    return requests


def test_asks_polly_for_a_neural_voice_as_raw_samples(polly_env: dict[str, str]) -> None:
    client = boto3.client("polly")
    requests = recorded_requests(client)
    pcm = PollyRenderer(voice="Joanna", client=client).speech("One minute left.")
    assert requests == [
        {
            "Engine": "neural",
            "OutputFormat": "pcm",
            "SampleRate": "16000",
            "Text": "One minute left.",
            "TextType": "text",
            "VoiceId": "Joanna",
        }
    ]
    # The server's few samples of silence come back as 16-bit samples at the segments' rate.
    assert len(pcm) % 2 == 0
    assert not any(pcm)


def test_the_voice_comes_from_polly_voice(polly_env: dict[str, str]) -> None:
    renderer = renderer_named("polly", {"POLLY_VOICE": "Matthew"})
    assert isinstance(renderer, PollyRenderer)
    requests = recorded_requests(renderer.client)
    renderer.speech("Ten.")
    assert [request["VoiceId"] for request in requests] == ["Matthew"]
    default = renderer_named("polly", {})
    assert isinstance(default, PollyRenderer)
    assert default.voice == "Joanna"


def test_a_voice_polly_does_not_have_is_an_error(polly_env: dict[str, str]) -> None:
    with pytest.raises(ClientError, match="InvalidParameterValue"):
        PollyRenderer(voice="Nobody").speech("Ten.")


@pytest.mark.slow
def test_silent_speech_fails_the_render_loudly(polly_env: dict[str, str], tmp_path: Path) -> None:
    env = {**os.environ, **polly_env, "AUDIO_RENDERER": "polly", "POLLY_VOICE": "Joanna"}
    command = [sys.executable, "-m", "toolkit.audio.render", "--out", str(tmp_path)]
    result = subprocess.run(
        [*command, "--only", "minute-early"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert "is silent" in result.stderr
    assert not list(tmp_path.glob("*.mp3"))


def test_a_language_s_recordings_are_in_a_voice_of_its_language_and_country(
    polly_env: dict[str, str],
) -> None:
    german = renderer_named("polly", {"POLLY_VOICE": "Matthew"}, recordings="de-DE")
    assert isinstance(german, PollyRenderer)
    assert german.voice == "Vicki"  # POLLY_VOICE is English's
    espeak = renderer_named("espeak", {}, recordings="de-DE")
    assert isinstance(espeak, EspeakRenderer)
    assert espeak.voice == "de"
