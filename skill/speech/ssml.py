"""Turning the skill's sentences into SSML, safely."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape as html_escape

# Alexa allows a single <break> of at most ten seconds.
LONGEST_PAUSE_MS = 10_000


def pause(ms: int) -> str:
    """A pause in speech, clamped to what Alexa allows."""
    return f'<break time="{max(0, min(ms, LONGEST_PAUSE_MS))}ms"/>'


def audio(url: str) -> str:
    return f'<audio src="{html_escape(url)}"/>'


class Ssml(str):
    """Text that is already SSML, to be spoken as it is."""


def escape(text: str) -> str:
    """Text safe inside SSML: &, < and > escaped (xml.sax's escape pulls in urllib.request)."""
    return html_escape(text, quote=False)


def sentences(parts: Iterable[str]) -> str:
    """Sentences as SSML body text: plain ones escaped, `Ssml` ones kept."""
    return " ".join(
        part.strip() if isinstance(part, Ssml) else escape(part.strip())
        for part in parts
        if part and part.strip()
    )


def speak(body: str) -> str:
    return f"<speak>{body}</speak>"
