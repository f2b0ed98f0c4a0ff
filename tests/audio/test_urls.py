"""Where devices fetch the segments from."""

from __future__ import annotations

import pytest

from skill.audio.urls import chime_url, segment_url
from skill.routine.hold_segments import catalogue


def test_segments_are_served_from_the_configured_folder() -> None:
    env = {"AUDIO_BASE_URL": "https://cdn.example.com/acupressure/v2/"}
    assert (
        segment_url("five-final-short", env)
        == "https://cdn.example.com/acupressure/v2/five-final-short.mp3"
    )
    assert chime_url(env) == "https://cdn.example.com/acupressure/v2/chime.mp3"


def test_without_a_folder_the_audio_is_local() -> None:
    assert segment_url("quiet-final-full", {}) == "https://localhost/audio/quiet-final-full.mp3"
    assert chime_url({}) == "https://localhost/audio/chime.mp3"


def test_every_segment_has_its_own_address() -> None:
    urls = {segment_url(spec.audio_id, {}) for spec in catalogue()}
    assert len(urls) == len(catalogue())


@pytest.mark.parametrize(
    "base", ["http://cdn.example.com/audio", "cdn.example.com/audio", "https://"]
)
def test_alexa_only_streams_over_https(base: str) -> None:
    with pytest.raises(ValueError, match="https://"):
        segment_url("minute-early", {"AUDIO_BASE_URL": base})


def test_an_unknown_segment_has_no_address() -> None:
    with pytest.raises(KeyError, match="minute-encore"):
        segment_url("minute-encore", {})


def test_a_language_s_recordings_are_in_a_folder_named_after_its_locale() -> None:
    env = {"AUDIO_BASE_URL": "https://cdn.example.com/audio"}
    assert (
        segment_url("five-final-short", env, recordings="de-DE")
        == "https://cdn.example.com/audio/de-DE/five-final-short.mp3"
    )
    assert (
        segment_url("five-final-short", env) == "https://cdn.example.com/audio/five-final-short.mp3"
    )


@pytest.mark.parametrize("folder", ["../x", "de", "de-DE/..", "https://elsewhere"])
def test_a_recordings_folder_is_a_locale_and_nothing_else(folder: str) -> None:
    with pytest.raises(ValueError, match="recordings folder"):
        segment_url("five-final-short", {}, recordings=folder)
