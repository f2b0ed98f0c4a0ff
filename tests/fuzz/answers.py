"""What makes an answer one Alexa accepts: the checks every fuzzed answer must pass."""

from __future__ import annotations

import json
import re
from typing import Any
from xml.etree import ElementTree

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import ResponseEnvelope

MAX_SPEECH_CHARS = 8000
MAX_TOKEN_CHARS = 1024
LONGEST_BREAK_MS = 10_000
# Requests whose answers may carry AudioPlayer directives only, never speech.
DEVICE_EVENTS = ("AudioPlayer.", "PlaybackController.")
AUDIO_PLAYER_DIRECTIVES = {"AudioPlayer.Play", "AudioPlayer.Stop", "AudioPlayer.ClearQueue"}
FAULT_TEXT = re.compile(r"Traceback|Exception|[A-Z][a-zA-Z]+Error\b|File \"|line \d+")

_serializer = DefaultSerializer()


def request_type(envelope: Any) -> str | None:
    request = envelope.get("request") if isinstance(envelope, dict) else None
    kind = request.get("type") if isinstance(request, dict) else None
    return kind if isinstance(kind, str) else None


def is_device_event(envelope: Any) -> bool:
    kind = request_type(envelope)
    return kind is not None and kind.startswith(DEVICE_EVENTS)


def _break_ms(value: str) -> float:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(ms|s)", value.strip())
    assert match, f"unreadable break time {value!r}"
    amount, unit = float(match.group(1)), match.group(2)
    return amount * 1000 if unit == "s" else amount


def check_ssml(ssml: Any) -> str:
    """Well-formed SSML in one <speak>; returns the words it says."""
    assert isinstance(ssml, str), f"SSML is not text: {ssml!r}"
    root = ElementTree.fromstring(ssml)  # raises on anything that is not well-formed XML
    assert root.tag == "speak", f"SSML not wrapped in <speak>: {ssml[:80]!r}"
    for pause in root.iter("break"):
        if "time" in pause.attrib:
            assert _break_ms(pause.attrib["time"]) <= LONGEST_BREAK_MS, "a break over 10 s"
    for sound in root.iter("audio"):
        assert sound.attrib.get("src", "").startswith("https://"), "audio not over HTTPS"
    words = " ".join(root.itertext())
    assert len(words) <= MAX_SPEECH_CHARS, f"{len(words)} characters of speech"
    assert not FAULT_TEXT.search(words), f"a fault in the speech: {words[:200]!r}"
    return words


def _check_speech(speech: Any) -> None:
    assert isinstance(speech, dict), f"outputSpeech is not an object: {speech!r}"
    if speech.get("type") == "SSML":
        check_ssml(speech.get("ssml"))
    else:
        assert speech.get("type") == "PlainText", f"unknown speech type {speech.get('type')!r}"
        text = speech.get("text")
        assert isinstance(text, str) and not FAULT_TEXT.search(text)


def _check_directive(directive: Any) -> None:
    assert isinstance(directive, dict) and isinstance(directive.get("type"), str)
    if directive["type"] != "AudioPlayer.Play":
        return
    stream = directive["audioItem"]["stream"]
    assert isinstance(stream["token"], str) and 0 < len(stream["token"]) <= MAX_TOKEN_CHARS
    assert stream["url"].startswith("https://"), "audio not over HTTPS"
    offset = stream.get("offsetInMilliseconds", 0)
    assert isinstance(offset, int) and offset >= 0
    if directive["playBehavior"] == "ENQUEUE":
        assert stream.get("expectedPreviousToken"), "ENQUEUE without expectedPreviousToken"


def check_answer(answer: Any, envelope: Any) -> dict[str, Any]:
    """Raise AssertionError unless `answer` is a valid Alexa answer to `envelope`."""
    assert isinstance(answer, dict), f"the answer is not an object: {answer!r}"
    text = json.dumps(answer)  # JSON through and through
    assert answer.get("version") == "1.0"
    parsed = _serializer.deserialize(text, ResponseEnvelope)
    assert isinstance(parsed, ResponseEnvelope) and parsed.response is not None
    response = answer["response"]
    assert isinstance(response, dict)
    ends = response.get("shouldEndSession")
    assert ends is None or isinstance(ends, bool), f"shouldEndSession {ends!r}"
    attributes = answer.get("sessionAttributes")
    assert attributes is None or isinstance(attributes, dict)
    if "outputSpeech" in response:
        _check_speech(response["outputSpeech"])
    if "reprompt" in response:
        _check_speech(response["reprompt"].get("outputSpeech"))
    directives = response.get("directives") or []
    assert isinstance(directives, list)
    for directive in directives:
        _check_directive(directive)
    if is_device_event(envelope):
        spoken = {"outputSpeech", "reprompt", "card"} & set(response)
        assert not spoken, f"{request_type(envelope)} answered with {sorted(spoken)}"
        kinds = {directive["type"] for directive in directives}
        assert kinds <= AUDIO_PLAYER_DIRECTIVES, f"{request_type(envelope)} answered with {kinds}"
    return response
