"""A person talking to a skill on one device: sessions, intents, and the device's player."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bench.envelopes import Envelope, request_id, session_id, template

Send = Callable[[Envelope], Envelope]


@dataclass
class Player:
    """What the device's AudioPlayer reports with each request."""

    token: str = ""
    offset_ms: int = 0
    activity: str = "IDLE"

    def context(self) -> dict[str, Any]:
        if not self.token:
            return {"playerActivity": self.activity}
        return {
            "token": self.token,
            "offsetInMilliseconds": self.offset_ms,
            "playerActivity": self.activity,
        }


@dataclass
class Person:
    """Builds each request from the skill's previous answers, and keeps what was sent."""

    send_to_skill: Send
    user_id: str
    locale: str = "en-US"
    player: Player = field(default_factory=Player)
    sent: list[Envelope] = field(default_factory=list)
    # The session attributes the next request in the session carries back.
    attributes: dict[str, Any] = field(default_factory=dict)
    _session: str | None = None

    def send(self, envelope: Envelope) -> Envelope:
        self.sent.append(envelope)
        answer = self.send_to_skill(envelope)
        if "session" in envelope:
            self.attributes = dict(answer.get("sessionAttributes") or {})
            ended = (answer.get("response") or {}).get("shouldEndSession")
            if ended or envelope["request"]["type"] == "SessionEndedRequest":
                self._session = None
        return answer

    def _in_session(self, name: str) -> Envelope:
        envelope = template(name)
        new = self._session is None
        if new:
            self._session = session_id()
            self.attributes = {}
        envelope["session"].update(
            new=new, sessionId=self._session, attributes=copy.deepcopy(self.attributes)
        )
        envelope["session"]["user"]["userId"] = self.user_id
        return self._common(envelope)

    def _common(self, envelope: Envelope) -> Envelope:
        envelope["context"]["System"]["user"]["userId"] = self.user_id
        envelope["context"]["AudioPlayer"] = self.player.context()
        envelope["request"].update(requestId=request_id(), locale=self.locale)
        return envelope

    def launch(self) -> Envelope:
        self._session = None
        return self.send(self._in_session("launch_request.json"))

    def say(self, intent: str, **slots: str) -> Envelope:
        envelope = self._in_session("intent_request.json")
        envelope["request"]["intent"] = {
            "name": intent,
            "confirmationStatus": "NONE",
            "slots": {
                name: {"name": name, "value": value, "confirmationStatus": "NONE"}
                for name, value in slots.items()
            },
        }
        return self.send(envelope)

    def ask(self, intent: str, **slots: str) -> Envelope:
        """A one-shot ("Alexa, pause") in a new session, with the player's state attached."""
        self._session = None
        return self.say(intent, **slots)

    def event(self, kind: str) -> Envelope:
        """An AudioPlayer event about the stream now in the player."""
        envelope = self._common(template("audio_player_event.json"))
        envelope["request"].update(
            type=f"AudioPlayer.{kind}",
            token=self.player.token,
            offsetInMilliseconds=self.player.offset_ms,
        )
        return self.send(envelope)

    def button(self, command: str) -> Envelope:
        envelope = self._common(template("playback_controller_event.json"))
        envelope["request"]["type"] = f"PlaybackController.{command}"
        return self.send(envelope)

    def end_session(self, reason: str = "USER_INITIATED") -> Envelope:
        envelope = self._in_session("session_ended_request.json")
        envelope["request"]["reason"] = reason
        return self.send(envelope)
