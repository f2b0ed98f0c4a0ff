"""Drive whole dialogues through `lambda_handler` with envelopes shaped like Alexa's."""

from __future__ import annotations

import copy
import html
import json
import os
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skill.lambda_function import lambda_handler
from skill.routine.journey import Journey, Pending
from skill.speech.languages import words_for
from toolkit.simulator.variants import ENV, Variants, heard

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# How the skill stops a hold in an answer the person must hear (skill/handlers/plumbing/player.py).
CLEAR_ALL = {"type": "AudioPlayer.ClearQueue", "clearBehavior": "CLEAR_ALL"}


def fixture(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return loaded


def plain(ssml: str | None) -> str:
    """What a person hears: the SSML without its tags."""
    if not ssml:
        return ""
    text = re.sub(r"<[^>]+>", " ", ssml)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


@dataclass
class Reply:
    raw: dict[str, Any]

    @property
    def response(self) -> dict[str, Any]:
        response: dict[str, Any] = self.raw.get("response", {})
        return response

    @property
    def speech(self) -> str:
        """What the person hears; nothing where the device drops speech sent with a Stop
        (the `stop-drops-speech` variant of toolkit.simulator.variants)."""
        if not heard(self.raw, Variants.from_env()):
            return ""
        return plain(self.response.get("outputSpeech", {}).get("ssml"))

    @property
    def reprompt(self) -> str:
        return plain(self.response.get("reprompt", {}).get("outputSpeech", {}).get("ssml"))

    @property
    def ended(self) -> bool:
        return bool(self.response.get("shouldEndSession"))

    @property
    def directives(self) -> list[dict[str, Any]]:
        directives: list[dict[str, Any]] = self.response.get("directives", [])
        return directives

    def play_directive(self) -> dict[str, Any]:
        [play] = [d for d in self.directives if d["type"] == "AudioPlayer.Play"]
        return play

    @property
    def session_attributes(self) -> dict[str, Any]:
        attributes: dict[str, Any] = self.raw.get("sessionAttributes") or {}
        return attributes


@dataclass
class Conversation:
    """One person talking to the skill on one device."""

    user_id: str = "amzn1.ask.account.TESTPERSON"
    # A voice Alexa recognises (context.System.person.personId), or None for anyone else.
    person_id: str | None = None
    locale: str = "en-US"
    audio_player: bool = True
    screen: bool = False
    attributes: dict[str, Any] | None = None
    session_id: str | None = None
    log: list[dict[str, Any]] = field(default_factory=list)
    # Answer "no" to the safety check whenever it is asked, as most people would, and
    # return what follows it; tests of the check itself turn this off.
    clears_safety_check: bool = True

    def _envelope(self, template: str) -> dict[str, Any]:
        envelope = copy.deepcopy(fixture(template))
        for holder in (envelope["session"], envelope["context"]["System"]):
            holder["user"]["userId"] = self.user_id
        if self.person_id is not None:
            # As in "Add Personalization to Your Alexa Skill": context.System.person.
            envelope["context"]["System"]["person"] = {"personId": self.person_id}
        envelope["request"]["locale"] = self.locale
        envelope["request"]["requestId"] = f"amzn1.echo-api.request.{uuid.uuid4()}"
        interfaces = envelope["context"]["System"]["device"]["supportedInterfaces"]
        if not self.audio_player:
            del interfaces["AudioPlayer"]
        if self.screen:
            interfaces["Alexa.Presentation.APL"] = {"runtime": {"maxVersion": "2023.3"}}
        new = self.session_id is None
        if new:
            self.session_id = f"amzn1.echo-api.session.{uuid.uuid4()}"
            self.attributes = {}
        envelope["session"]["new"] = new
        envelope["session"]["sessionId"] = self.session_id
        envelope["session"]["attributes"] = copy.deepcopy(self.attributes or {})
        return envelope

    def send(self, envelope: dict[str, Any]) -> Reply:
        self.log.append(envelope)
        reply = Reply(lambda_handler(envelope, None))
        if "session" in envelope:
            self.attributes = reply.session_attributes
            if reply.ended or envelope["request"]["type"] == "SessionEndedRequest":
                self.session_id = None
        if self.clears_safety_check and not reply.ended and self._asks_safety_check(reply):
            return self.say("AMAZON.NoIntent")
        return reply

    def _asks_safety_check(self, reply: Reply) -> bool:
        """The reply ends with a part of the safety check, in the person's language."""
        phrases = words_for(self.locale).phrases
        parts = (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND)
        return any(reply.speech.endswith(phrases.prompt(Journey(pending=p), None)) for p in parts)

    def launch(self) -> Reply:
        self.session_id = None
        envelope = self._envelope("launch_request.json")
        return self.send(envelope)

    def _intent_envelope(self, intent: str, slots: Mapping[str, str | None]) -> dict[str, Any]:
        envelope = self._envelope("intent_request.json")
        envelope["request"]["intent"] = {
            "name": intent,
            "confirmationStatus": "NONE",
            "slots": {
                name: {"name": name, "value": value, "confirmationStatus": "NONE"}
                for name, value in slots.items()
            },
        }
        return envelope

    def say(self, intent: str, **slots: str | None) -> Reply:
        """An intent in the open session (or a one-shot that opens one)."""
        return self.send(self._intent_envelope(intent, slots))

    def start_hold(self, minutes: int) -> Reply:
        """ "For back pain", pressing it themselves, found it, and a length: the hold begins."""
        self.ask("BackPainIntent")
        self.say("SelfHoldIntent")
        self.say("FoundItIntent")
        return self.say("HoldLengthIntent", minutes=str(minutes))

    def ask(self, intent: str, **slots: str | None) -> Reply:
        """ "Alexa, ask acupressure helper ...": a one-shot in a new session."""
        self.session_id = None
        return self.say(intent, **slots)

    def _player(self, envelope: dict[str, Any], token: str, offset_ms: int, activity: str) -> None:
        envelope["context"]["AudioPlayer"] = {
            "token": token,
            "offsetInMilliseconds": offset_ms,
            "playerActivity": activity,
        }

    def event(self, kind: str, token: str, offset_ms: int = 0, activity: str = "PLAYING") -> Reply:
        """An AudioPlayer event from the device: no session, directives only in reply."""
        envelope = copy.deepcopy(fixture("audio_player_event.json"))
        envelope["context"]["System"]["user"]["userId"] = self.user_id
        self._player(envelope, token, offset_ms, activity)
        envelope["request"].update(
            type=f"AudioPlayer.{kind}",
            requestId=f"amzn1.echo-api.request.{uuid.uuid4()}",
            locale=self.locale,
            token=token,
            offsetInMilliseconds=offset_ms,
        )
        return self.send(envelope)

    def button(
        self, command: str, token: str, offset_ms: int = 0, activity: str = "STOPPED"
    ) -> Reply:
        """A PlaybackController button press (PlayCommandIssued, PauseCommandIssued, ...)."""
        envelope = copy.deepcopy(fixture("playback_controller_event.json"))
        envelope["context"]["System"]["user"]["userId"] = self.user_id
        self._player(envelope, token, offset_ms, activity)
        envelope["request"].update(
            type=f"PlaybackController.{command}",
            requestId=f"amzn1.echo-api.request.{uuid.uuid4()}",
            locale=self.locale,
        )
        return self.send(envelope)

    def during_hold(
        self,
        intent: str,
        token: str,
        offset_ms: int,
        activity: str = "PLAYING",
        *,
        answering: bool = False,
        **slots: str,
    ) -> Reply:
        """ "Alexa, pause" and the like while audio plays: a new session, player state attached.

        `answering`: an answer to the skill's own question, in the session it left open
        (the device still reports its player, as with every request).
        """
        if not answering:
            self.session_id = None
        envelope = self._intent_envelope(intent, slots)
        self._player(envelope, token, offset_ms, _spoken_over(activity))
        return self.send(envelope)

    def launch_during_hold(self, token: str, offset_ms: int, activity: str = "STOPPED") -> Reply:
        """ "Alexa, open acupressure helper" with a hold in the device's player."""
        self.session_id = None
        envelope = self._envelope("launch_request.json")
        self._player(envelope, token, offset_ms, _spoken_over(activity))
        return self.send(envelope)

    def end_session(self, reason: str = "USER_INITIATED") -> Reply:
        envelope = self._envelope("session_ended_request.json")
        envelope["request"]["reason"] = reason
        return self.send(envelope)


def _spoken_over(activity: str) -> str:
    """What a request spoken over playing audio reports, under the device variants in use:
    STOPPED, as the docs' PauseIntent sample, unless the device reports PLAYING."""
    variants = Variants.from_env()
    if activity == "PLAYING" and os.environ.get(ENV) and not variants.reports_playing:
        return "STOPPED"
    return activity
