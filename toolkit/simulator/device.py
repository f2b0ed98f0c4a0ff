"""A local Alexa device: turns what a person says into requests and prints the skill's answers."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Protocol, TextIO

from skill.speech.languages import words_for
from toolkit.simulator.alexa_apis import AlexaApis
from toolkit.simulator.audio_controls import audio_control
from toolkit.simulator.device_clock import DeviceClock
from toolkit.simulator.envelopes import API_ENDPOINT, Envelopes
from toolkit.simulator.invocation import Invocation, parse_invocation, without_wake_word
from toolkit.simulator.matcher import FALLBACK_INTENT, Match, Matcher
from toolkit.simulator.model import InteractionModel, listed_name, load_model
from toolkit.simulator.permissions import ASK_FOR, PermissionPrompt
from toolkit.simulator.player import Player
from toolkit.simulator.reminders import StoredReminder, reminder_line
from toolkit.simulator.render import render_response, said_text
from toolkit.simulator.segment_lengths import FileLength, estimated_length_ms
from toolkit.simulator.skill_endpoint import Handler, SkillEndpoint, in_one_line
from toolkit.simulator.speaker import Speaker
from toolkit.simulator.spoken import no_session_note
from toolkit.simulator.variants import Variants, as_heard
from toolkit.simulator.wait_line import wait_ms

TIMED_OUT_NOTE = "  (no answer came, so the session timed out)"
LONGEST_PLAY_ON_MS = 3 * 60 * 60 * 1000  # piped input's hold plays on, but not for ever


class Output(Protocol):
    """Where the device prints: a text stream, or anything that takes text as one does."""

    def write(self, text: str, /) -> int: ...
    def flush(self) -> None: ...


class Device:
    """One Alexa device, one person: hears lines, sends envelopes to `handler`, prints answers.
    Its audio player plays holds on a virtual clock, `speed` times faster than real time."""

    def __init__(
        self,
        handler: Handler,
        *,
        locale: str = "en-US",
        user_id: str = "local-person",
        person_id: str | None = None,
        skill_id: str | None = None,
        supports_audio_player: bool = True,
        has_screen: bool = False,
        speed: float = 1.0,
        model: InteractionModel | None = None,
        out: Output | None = None,
        request_log: TextIO | None = None,
        speak: Speaker | None = None,
        audio_lengths: FileLength = estimated_length_ms,
        alexa_apis: AlexaApis | None = None,
        variants: Variants | None = None,
        switched_on: datetime | None = None,
    ) -> None:
        self._skill = SkillEndpoint(handler, request_log)
        self.variants = variants if variants is not None else Variants.from_env()  # reported quirks
        self.model = model or load_model(locale)
        self.matcher = Matcher(self.model, locale=locale)
        # Virtual time since it was switched on (now, unless told); request timestamps follow it.
        self._clock = DeviceClock(self._play_for, self._until_next_ms, speed, switched_on)
        self.envelopes = Envelopes(
            user_id=user_id,
            person_id=person_id,
            locale=locale,
            skill_id=skill_id,
            supports_audio_player=supports_audio_player,
            has_screen=has_screen,
            clock=self.clock,
            api_endpoint=alexa_apis.endpoint if alexa_apis else API_ENDPOINT,
        )
        # Alexa's own APIs (reminders, time zone), and its voice permission prompt.
        self._apis = alexa_apis
        if alexa_apis is not None:
            alexa_apis.on_change = self._reminder_changed
            if alexa_apis.permission_granted:
                # Allowed in an earlier chat: the account's permission still stands.
                self.envelopes.granted_scopes.add("alexa::alerts:reminders:skill:readwrite")
        name = listed_name(locale, self.model.invocation_name)
        self._permission = PermissionPrompt(name, self.matcher.spoken)
        self._out, self._speak = out, speak
        self.player = Player(self._send_event, self._print, lengths=audio_lengths, speak=speak)
        self.player.marks = words_for(locale).marks  # what its recordings say

    @property
    def speed(self) -> float:  # how much faster than real time the hold's clock runs
        return self._clock.speed

    @property
    def now_ms(self) -> int:  # virtual milliseconds since the device was switched on
        return self._clock.now_ms

    def clock(self) -> datetime:
        """The device's time: when it was switched on, plus the virtual time passed since."""
        return self._clock.now()

    def run(self, lines: Iterable[str]) -> None:
        """Hear every line at once, then end the open session and let any hold play to its end."""
        for line in lines:
            self.hear(line)
        self.finish()
        self.play_on()

    def run_live(self, lines: Iterable[str]) -> None:
        """Hear lines as they are typed while the player plays on its own; stop when they end."""
        with self._clock.live():
            for line in lines:
                self.hear(line)
        self.finish()

    def hear(self, line: str) -> None:
        """One thing the person said, with or without "Alexa," in front; or a wait line."""
        waited = wait_ms(line)
        if waited is not None:
            self.wait(waited)
            return
        tokens = without_wake_word(line)
        if not tokens:
            return
        with self._clock.lock:
            self._clock.catch_up()
            self._hear(tokens)
            self._clock.lock.notify_all()

    def wait(self, ms: int) -> None:
        """Let `ms` of virtual time pass: a hold plays on, its marks shown as they come."""
        with self._clock.lock:
            self._clock.catch_up()
            if self.envelopes.session_open:
                # Nobody answered while Alexa listened: EXCEEDED_MAX_REPROMPTS, "the user
                # does not respond ... while the device is listening for the user's
                # response" ("Request Types Reference", SessionEndedRequest).
                self._print(TIMED_OUT_NOTE)
                self._send(self.envelopes.session_ended("EXCEEDED_MAX_REPROMPTS"))
                self._clock.lock.notify_all()
        self._clock.sleep(ms)

    def play_on(self) -> None:
        """Let what is playing play to its end."""
        played = 0
        while (gap := self._clock.until_next_ms()) is not None and played < LONGEST_PLAY_ON_MS:
            # A moment due now still needs a turn of the clock to be reached.
            step = max(gap, 1)
            self.wait(step)
            played += step

    def finish(self) -> None:
        with self._clock.lock:
            self._report_player()
            if self.envelopes.session_open:
                self._send(self.envelopes.session_ended("USER_INITIATED"))

    def offer(self, line: str) -> dict[str, Any]:
        """What the skill answers when Alexa offers it `line` without its name being said
        (a CanFulfillIntentRequest): its canFulfillIntent, also printed in one line."""
        tokens = without_wake_word(line)
        match = self.matcher.match(" ".join(tokens))
        envelope = self.envelopes.can_fulfill_intent(match.intent, match.slots)
        with self._clock.lock:
            response = self._skill.call(envelope)
        answer: dict[str, Any] = (response.get("response") or {}).get("canFulfillIntent") or {}
        verdict = answer.get("canFulfill", "no answer")
        self._print(f"  (can the skill take {match.intent}? {verdict})")
        return answer

    def _hear(self, tokens: list[str]) -> None:
        self._report_player()
        if self._permission.pending and self.envelopes.session_open:
            self._answer_permission(tokens)
            return
        self._permission.drop()
        invocation = parse_invocation(tokens, self.model.invocation_name, self.matcher.spoken)
        if invocation is not None:
            self._open(invocation)
        elif self.envelopes.session_open:
            match = self.matcher.match(" ".join(tokens))
            self._send(self.envelopes.intent(match.intent, match.slots))
        elif not self._route_outside_session(tokens):
            self._print(no_session_note(self.matcher.spoken, self.model.invocation_name))

    def _route_outside_session(self, tokens: list[str]) -> bool:
        """Give a line said with no session open to the skill that last played audio, if
        it is one of the audio controls that reach a skill without its name."""
        if not self.player.played_last:
            return False
        stopped = not self.player.playing and self.variants.stop_when_stopped
        match = audio_control(self.matcher, tokens, stop_as_stop=stopped)
        if match is None:
            return False
        self._interrupt()
        self._send(self.envelopes.intent(match.intent, match.slots, new_session=True))
        return True

    def _interrupt(self) -> None:
        """The person speaks to the skill: its audio stops, and the skill is told.

        "AudioPlayer.PlaybackStopped ... Sent when Alexa stops playing an audio stream in
        response to a voice request" ("AudioPlayer Interface Reference"); the request then
        reports STOPPED (or PLAYING: toolkit.simulator.variants). Only a Play plays it again.
        """
        was_playing = self.player.playing
        self.player.interrupt()
        self._report_player()
        if was_playing and self.variants.reports_playing:
            self.envelopes.player = {**self.envelopes.player, "playerActivity": "PLAYING"}

    def _play_for(self, ms: int) -> None:
        """Virtual time passes; audio plays only while no session is open, as Alexa ducks it."""
        if not self.envelopes.session_open:
            self.player.play_for(ms)

    def _until_next_ms(self) -> int | None:
        return None if self.envelopes.session_open else self.player.until_next_ms()

    def _report_player(self) -> None:
        self.envelopes.player = self.player.context

    def _open(self, invocation: Invocation) -> None:
        self._interrupt()
        if self.envelopes.session_open:
            self._send(self.envelopes.session_ended("USER_INITIATED"))
        if invocation.is_launch:
            self._send(self.envelopes.launch())
            return
        found = (self.matcher.find(request) for request in invocation.requests)
        match = next((item for item in found if item is not None), Match(FALLBACK_INTENT))
        self._send(self.envelopes.intent(match.intent, match.slots, new_session=True))

    def _send(self, envelope: dict[str, Any]) -> None:
        request_type = envelope["request"]["type"]
        try:
            response = self._skill.call(envelope)
        except Exception as error:
            self._print(f"(the skill failed: {in_one_line(error)})")
            self._end_after_failure(error)
            return
        if request_type == "SessionEndedRequest":
            return  # Alexa does not speak answers to SessionEndedRequest.
        in_session = "session" in envelope
        going_on = self.envelopes.update(response)
        response = as_heard(response, self.variants, self._print)
        for line in render_response(response, session_ended=in_session and not going_on):
            self._print(line)
        said = said_text(response)
        if said and self._speak is not None:
            self._speak(said)
        prompt = self._permission.asked(response) if going_on else None
        if prompt is not None:
            self._print(prompt)
        if self.envelopes.supports_audio_player:
            self.player.apply((response.get("response") or {}).get("directives") or [])

    def _answer_permission(self, tokens: list[str]) -> None:
        """The person's reply to Alexa's permission prompt, reported to the skill."""
        answer = self._permission.answer(tokens)
        if answer.status == "ACCEPTED":
            self.envelopes.granted_scopes.update(answer.scopes)
            if self._apis is not None:
                self._apis.permission_granted = True
        self._send(self.envelopes.connections_response(ASK_FOR, answer.token, answer.payload))

    def _reminder_changed(self, kind: str, reminder: StoredReminder) -> None:
        self._print(reminder_line(kind, reminder))

    def _send_event(self, request_type: str, fields: dict[str, Any]) -> Mapping[str, Any] | None:
        """Send a player event; the answer, unless it failed or is one Alexa would reject."""
        self._report_player()
        try:
            response = self._skill.call(self.envelopes.event(request_type, **fields))
        except Exception as error:
            self._print(f"(the skill failed on {request_type}: {in_one_line(error)})")
            return None
        body = response.get("response") or {}
        if any(key in body for key in ("outputSpeech", "reprompt", "card")):
            self._print(f"(the skill answered {request_type} with speech, which Alexa rejects)")
            return None
        return response

    def _end_after_failure(self, error: BaseException) -> None:
        """Close the session as Alexa does after a failed answer, telling the skill why."""
        if not self.envelopes.session_open:
            return
        failure = {"type": "INVALID_RESPONSE", "message": in_one_line(error)}
        envelope = self.envelopes.session_ended("ERROR", failure)
        # Alexa ignores the answer to this request, whether or not it fails too.
        with contextlib.suppress(Exception):
            self._skill.call(envelope)

    def _print(self, line: str) -> None:
        print(line, file=self._out or sys.stdout, flush=True)
