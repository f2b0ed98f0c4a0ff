"""What turns a sentence into speech, and how to pick one."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Protocol

from toolkit.audio.voices import voice_for

RENDERERS = ("espeak", "polly")


class Renderer(Protocol):
    def speech(self, text: str) -> bytes:
        """The sentence spoken, as PCM (see toolkit.audio.pcm)."""
        ...


def renderer_named(
    name: str, environ: Mapping[str, str] | None = None, recordings: str = ""
) -> Renderer:
    """The renderer called `name`, in the voice of a recordings folder ("" English's).

    espeak (offline), or polly; POLLY_VOICE names English's Polly voice.
    """
    environ = os.environ if environ is None else environ
    voice = voice_for(recordings)
    if name == "espeak":
        from toolkit.audio.espeak import EspeakRenderer

        return EspeakRenderer(voice=voice.espeak)
    if name == "polly":
        from toolkit.audio.polly import PollyRenderer

        chosen = (environ.get("POLLY_VOICE") if not recordings else None) or voice.polly
        return PollyRenderer(voice=chosen)
    raise ValueError(f"no renderer called {name!r}; choose one of {', '.join(RENDERERS)}")


def default_renderer_name(environ: Mapping[str, str] | None = None) -> str:
    """The renderer `AUDIO_RENDERER` names, espeak when unset."""
    environ = os.environ if environ is None else environ
    return environ.get("AUDIO_RENDERER") or "espeak"
