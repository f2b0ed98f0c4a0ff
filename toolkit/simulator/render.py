"""A skill's answer as readable lines: what Alexa says, the reprompt, the card, the directives."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

from toolkit.simulator.envelopes import ends_session

_BREAK = re.compile(r"<break\b[^>]*/?>", re.IGNORECASE)
_AUDIO = re.compile(r"""<audio\b[^>]*\bsrc\s*=\s*["']([^"']*)["'][^>]*/?>(?:\s*</audio>)?""", re.I)
_SUB = re.compile(r"""<sub\b[^>]*\balias\s*=\s*["']([^"']*)["'][^>]*>.*?</sub>""", re.I | re.S)
_BLOCK_END = re.compile(r"</(?:p|s)\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")
_PAUSES = re.compile(r"(?:\s*…\s*)+")


def _sound(match: re.Match[str]) -> str:
    path = urlparse(html.unescape(match.group(1))).path
    return f" [sound: {path.rsplit('/', 1)[-1] or match.group(1)}] "


def speech_text(ssml: str) -> str:
    """SSML as the words a person hears: breaks as " … ", audio as "[sound: file]"."""
    text = _BREAK.sub(" … ", ssml)
    text = _AUDIO.sub(_sound, text)
    text = _SUB.sub(lambda match: match.group(1), text)
    text = _BLOCK_END.sub(" ", text)
    text = html.unescape(_TAG.sub("", text))
    # A pause before the first word or after the last is not heard as anything.
    return _PAUSES.sub(" … ", _SPACES.sub(" ", text)).strip(" …")


def said_text(response: Mapping[str, Any]) -> str | None:
    """The words Alexa says for this answer, without the reprompt."""
    return _spoken((response.get("response") or {}).get("outputSpeech"))


def _spoken(output_speech: Mapping[str, Any] | None) -> str | None:
    if not output_speech:
        return None
    if output_speech.get("type") == "SSML":
        return speech_text(str(output_speech.get("ssml", "")))
    return str(output_speech.get("text", ""))


def _card(card: Mapping[str, Any]) -> str:
    kind = card.get("type")
    if kind == "Simple":
        return f"  [card] {card.get('title', '')}: {card.get('content', '')}"
    if kind == "Standard":
        line = f"  [card] {card.get('title', '')}: {card.get('text', '')}"
        image = card.get("image") or {}
        url = image.get("largeImageUrl") or image.get("smallImageUrl")
        return f"{line} (image: {url})" if url else line
    if kind == "AskForPermissionsConsent":
        return f"  [card] {kind}: {', '.join(card.get('permissions', []))}"
    return f"  [card] {kind}"


def _directive(directive: Mapping[str, Any]) -> str:
    kind = str(directive.get("type"))
    fields: list[str] = []
    if kind == "AudioPlayer.Play":
        stream = (directive.get("audioItem") or {}).get("stream") or {}
        fields.append(f"playBehavior={directive.get('playBehavior')}")
        for key in ("token", "expectedPreviousToken", "url", "offsetInMilliseconds"):
            if key in stream:
                fields.append(f"{key}={stream[key]}")
        art = ((directive.get("audioItem") or {}).get("metadata") or {}).get("art") or {}
        for source in art.get("sources") or []:
            fields.append(f"art={source.get('url')}")
    elif kind == "Alexa.Presentation.APL.RenderDocument":
        shown = ", ".join(
            f"{name}: {value}"
            for source in (directive.get("datasources") or {}).values()
            if isinstance(source, Mapping)
            for name, value in source.items()
        )
        return f"  [screen] {shown}"
    elif kind == "AudioPlayer.ClearQueue":
        fields.append(f"clearBehavior={directive.get('clearBehavior')}")
    elif kind == "Connections.SendRequest":
        payload = directive.get("payload") or {}
        fields.append(f"name={directive.get('name')}")
        fields.append(f"payload={payload.get('@type', '?')}")
        if "token" in directive:
            fields.append(f"token={directive['token']}")
    else:
        fields.extend(
            f"{key}={value}"
            for key, value in directive.items()
            if key != "type" and isinstance(value, str | int | float | bool)
        )
    return "  [directive] " + " ".join([kind, *fields])


def render_response(response: Mapping[str, Any], *, session_ended: bool | None = None) -> list[str]:
    """The lines a person reads for one answer of the skill.

    `session_ended` defaults to what the answer itself asks for.
    """
    body = response.get("response") or {}
    lines = []
    said = said_text(response)
    if said:
        lines.append(f"Alexa: {said}")
    reprompt = _spoken((body.get("reprompt") or {}).get("outputSpeech"))
    if reprompt:
        lines.append(f"  (if you say nothing: {reprompt})")
    if body.get("card"):
        lines.append(_card(body["card"]))
    lines.extend(_directive(directive) for directive in body.get("directives") or [])
    if ends_session(response) if session_ended is None else session_ended:
        lines.append("  (session ended)")
    return lines


def hold_clock(ms: int) -> str:
    """Time into a hold as minutes and seconds: "05:00", "61:30"."""
    minutes, seconds = divmod(round(ms / 1000), 60)
    return f"{minutes:02d}:{seconds:02d}"


def mark_line(elapsed_ms: int, text: str, *, chime: bool = False) -> str:
    """A mark of a hold as it is heard: "  [05:00] Five minutes. …"."""
    heard = " ".join(part for part in ("(chime)" if chime else "", text) if part)
    return f"  [{hold_clock(elapsed_ms)}] {heard}"


def player_line(text: str) -> str:
    """What the device's audio player did: "  [player] playing minute-opening.mp3 from 0:00"."""
    return f"  [player] {text}"
