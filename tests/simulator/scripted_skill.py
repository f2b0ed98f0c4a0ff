"""A tiny stand-in skill for the simulator's tests: it says back what it was asked.

Run by the chat command with `--handler tests.simulator.scripted_skill:handler`.
"""

from __future__ import annotations

import os
from typing import Any

# Read at import, as the real skill's wiring does: the chat command must set it first.
STORE_AT_IMPORT = os.environ.get("ACUPRESSURE_DB", "none")


def _answer(speech: str, attributes: dict[str, Any], *, end: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "outputSpeech": {"type": "SSML", "ssml": f"<speak>{speech}</speak>"},
        "shouldEndSession": end,
    }
    if not end:
        body["reprompt"] = {"outputSpeech": {"type": "PlainText", "text": "Say something."}}
    return {"version": "1.0", "sessionAttributes": attributes, "response": body}


def handler(envelope: dict[str, Any], context: Any) -> dict[str, Any]:
    request = envelope["request"]
    attributes = dict((envelope.get("session") or {}).get("attributes") or {})
    turn = int(attributes.get("turn", 0)) + 1
    attributes["turn"] = turn
    if request["type"] == "SessionEndedRequest":
        return {"version": "1.0", "response": {}}
    if request["type"] == "LaunchRequest":
        return _answer(f"Welcome. Store {STORE_AT_IMPORT}. Turn {turn}.", attributes, end=False)
    intent = request["intent"]
    name = intent["name"]
    if name == "AMAZON.HelpIntent":
        raise RuntimeError("help is broken\nand this line is not shown")
    if name == "AMAZON.NoIntent":
        return []  # type: ignore[return-value]  # a broken answer, on purpose
    if name == "AMAZON.StopIntent":
        return _answer("Goodbye.", attributes, end=True)
    filled = sorted(
        f"{slot['name']}={slot['value']}"
        for slot in (intent.get("slots") or {}).values()
        if "value" in slot
    )
    heard = f" with {', '.join(filled)}" if filled else ""
    return _answer(f"You asked for {name}{heard}. Turn {turn}.", attributes, end=False)
