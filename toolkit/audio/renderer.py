"""What turns a sentence into speech, and how to pick one."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Protocol

RENDERERS = ("espeak", "polly")


class Renderer(Protocol):
    def speech(self, text: str) -> bytes:
        """The sentence spoken, as PCM (see toolkit.audio.pcm)."""
        ...


def renderer_named(name: str, environ: Mapping[str, str] | None = None) -> Renderer:
    """The renderer called `name`: espeak (offline), or polly (voice from POLLY_VOICE)."""
    environ = os.environ if environ is None else environ
    if name == "espeak":
        from toolkit.audio.espeak import EspeakRenderer

        return EspeakRenderer()
    if name == "polly":
        from toolkit.audio.polly import DEFAULT_VOICE, PollyRenderer

        return PollyRenderer(voice=environ.get("POLLY_VOICE") or DEFAULT_VOICE)
    raise ValueError(f"no renderer called {name!r}; choose one of {', '.join(RENDERERS)}")


def default_renderer_name(environ: Mapping[str, str] | None = None) -> str:
    """The renderer `AUDIO_RENDERER` names, espeak when unset."""
    environ = os.environ if environ is None else environ
    return environ.get("AUDIO_RENDERER") or "espeak"
