"""Turning the skill's sentences into SSML, safely."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

# Alexa allows a single <break> of at most ten seconds.
LONGEST_PAUSE_MS = 10_000


def pause(ms: int) -> str:
    """A pause in speech, clamped to what Alexa allows."""
    return f'<break time="{max(0, min(ms, LONGEST_PAUSE_MS))}ms"/>'


def audio(url: str) -> str:
    return f'<audio src="{escape(url, {chr(34): "&quot;"})}"/>'


def sentences(parts: Iterable[str]) -> str:
    """Plain sentences as SSML body text, escaped."""
    return " ".join(escape(part.strip()) for part in parts if part and part.strip())


def speak(body: str) -> str:
    return f"<speak>{body}</speak>"
