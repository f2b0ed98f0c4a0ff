"""A local Alexa device: turns what a person says into requests and prints the skill's answers."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from skill.simulator.envelopes import Envelopes
from skill.simulator.invocation import Invocation, parse_invocation, without_wake_word
from skill.simulator.matcher import FALLBACK_INTENT, Match, Matcher
from skill.simulator.model import InteractionModel, load_model
from skill.simulator.render import render_response, said_text
from skill.simulator.speaker import Speaker

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]

NO_SESSION_NOTE = '(no skill session is open: say "Alexa, open acupressure helper")'


@dataclass(frozen=True)
class LambdaContext:
    """The little of AWS Lambda's context object a skill may read."""

    function_name: str = "acupressure-helper-local"
    aws_request_id: str = "local"
    # Alexa waits at most 8 seconds for an answer.
    remaining_millis: int = 8000

    def get_remaining_time_in_millis(self) -> int:
        return self.remaining_millis


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    detail = f"{type(error).__name__}: {text[0]}" if text else type(error).__name__
    return detail[:200]


class Device:
    """One Alexa device, one person: hears lines, sends envelopes to `handler`, prints answers."""

    def __init__(
        self,
        handler: Handler,
        *,
        locale: str = "en-US",
        user_id: str = "local-person",
        skill_id: str | None = None,
        supports_audio_player: bool = True,
        speed: float = 1.0,
        model: InteractionModel | None = None,
        out: TextIO | None = None,
        request_log: TextIO | None = None,
        speak: Speaker | None = None,
    ) -> None:
        self.handler = handler
        self.model = model or load_model(locale)
        self.matcher = Matcher(self.model)
        self.envelopes = Envelopes(
            user_id=user_id,
            locale=locale,
            skill_id=skill_id,
            supports_audio_player=supports_audio_player,
        )
        # How much faster than real time the hold's clock runs.
        self.speed = speed
        self._out = out
        self._request_log = request_log
        self._speak = speak

    def run(self, lines: Iterable[str]) -> None:
        """Hear every line, then end the open session as a device does when the person leaves."""
        for line in lines:
            self.hear(line)
        self.finish()

    def hear(self, line: str) -> None:
        """One thing the person said, with or without "Alexa," in front."""
        tokens = without_wake_word(line)
        if not tokens:
            return
        invocation = parse_invocation(tokens, self.model.invocation_name)
        if invocation is not None:
            self._open(invocation)
        elif self.envelopes.session_open:
            match = self.matcher.match(" ".join(tokens))
            self._send(self.envelopes.intent(match.intent, match.slots))
        elif not self._route_outside_session(tokens):
            self._print(NO_SESSION_NOTE)

    def finish(self) -> None:
        if self.envelopes.session_open:
            self._send(self.envelopes.session_ended("USER_INITIATED"))

    def _route_outside_session(self, tokens: list[str]) -> bool:
        """Give a line said with no session open to whatever is playing; True if it took it.

        Nothing plays yet, so no line is taken.
        """
        return False

    def _open(self, invocation: Invocation) -> None:
        if self.envelopes.session_open:
            self._send(self.envelopes.session_ended("USER_INITIATED"))
        if invocation.is_launch:
            self._send(self.envelopes.launch())
            return
        found = (self.matcher.find(request) for request in invocation.requests)
        match = next((item for item in found if item is not None), Match(FALLBACK_INTENT))
        self._send(self.envelopes.intent(match.intent, match.slots, new_session=True))

    def _call(self, envelope: dict[str, Any]) -> dict[str, Any]:
        if self._request_log is not None:
            self._request_log.write(json.dumps(envelope) + "\n")
            self._request_log.flush()
        response = self.handler(envelope, LambdaContext())
        if not isinstance(response, dict):
            raise TypeError(f"the answer is a {type(response).__name__}, not a JSON object")
        return response

    def _send(self, envelope: dict[str, Any]) -> None:
        request_type = envelope["request"]["type"]
        try:
            response = self._call(envelope)
        except Exception as error:
            self._print(f"(the skill failed: {_one_line(error)})")
            self._end_after_failure(error)
            return
        if request_type == "SessionEndedRequest":
            return  # Alexa does not speak answers to SessionEndedRequest.
        in_session = "session" in envelope
        going_on = self.envelopes.update(response)
        for line in render_response(response, session_ended=in_session and not going_on):
            self._print(line)
        said = said_text(response)
        if said and self._speak is not None:
            self._speak(said)

    def _end_after_failure(self, error: BaseException) -> None:
        """Close the session as Alexa does after a failed answer, telling the skill why."""
        if not self.envelopes.session_open:
            return
        failure = {"type": "INVALID_RESPONSE", "message": _one_line(error)}
        envelope = self.envelopes.session_ended("ERROR", failure)
        # Alexa ignores the answer to this request, whether or not it fails too.
        with contextlib.suppress(Exception):
            self._call(envelope)

    def _print(self, line: str) -> None:
        print(line, file=self._out or sys.stdout, flush=True)
