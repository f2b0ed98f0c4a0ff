"""One request's turn: its parts, built once before any handler is asked, saved once after.

`BeginTurn` (a request interceptor) builds the `Turn` and keeps it in the request's
attributes, so every `can_handle` and the `handle` of that request share one read of the
store. Handlers use its parts directly: the request view (request_view.py), the session
(the same module), the profile's unit of work (profile_work.py, with the one policy for
store faults in store_calls.py) and the reply (reply.py). `EndTurn` (a response
interceptor) saves the unit of work once the handler has answered (and, with the write
left free, repairs the hold the device reports, if its last write failed); a fault in that save
is said before the answer, and an answer whose save was the first to read the person's
profile is spoken at their rate.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import NamedTuple

from ask_sdk_core.dispatch_components import (
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.handlers.plumbing.device_report import player_report
from skill.handlers.plumbing.profile_work import ProfileWork
from skill.handlers.plumbing.reply import Reply
from skill.handlers.plumbing.request_view import RequestView, SessionAttributes
from skill.handlers.plumbing.store_calls import StoreCalls
from skill.routine.hold_token import HoldToken
from skill.routine.journey import Journey
from skill.routine.model import HoldSession
from skill.routine.speech_rate import SpeechRate
from skill.routine.steps import Holder
from skill.store.base import SessionStore, voice_person

TURN = "turn"
JOURNEY = "journey"
# A pain rating given before a hold, kept until the hold begins.
PAIN_BEFORE = "pain_before"


class Services(NamedTuple):
    """What the wiring gives every request: where profiles live, and the time."""

    store: Callable[[], SessionStore]
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)


class Turn:
    """The parts of one request's turn, and what needs more than one of them."""

    def __init__(self, handler_input: HandlerInput, services: Services) -> None:
        self.request = RequestView(handler_input)
        self.session = SessionAttributes(self.request)
        self.words = self.request.words
        self.reply = Reply(
            handler_input, screen=lambda: self.request.supports_screen, rate=self._rate
        )
        self._calls = StoreCalls(
            services.store, not_saved=lambda: self.reply.note(self.words.common.NOT_SAVED)
        )
        self.work = ProfileWork(
            self._whose,
            self._calls,
            self.session,
            device=lambda: player_report(handler_input),
            clock=services.clock,
        )
        self._hold_work: ProfileWork | None = None
        self.now = services.clock

    @property
    def helping(self) -> bool:
        """The speaker said they press the point for someone else (kept in the session)."""
        return self.journey_kept().helping

    @property
    def voice(self) -> str | None:
        """The voice a hold started now belongs to: none for a helper, whose hold it is not."""
        return None if self.helping else self.request.voice

    def _whose(self) -> str:
        """Whose profile and holds this turn works on: the account's for a helper, since the
        hold is someone else's (the helper's own recognised voice is never credited)."""
        return self.request.account if self.helping else self.request.person

    def hold_work(self, token: HoldToken) -> ProfileWork:
        """The unit of work on whom the hold in `token` was for, whoever speaks.

        A hold belongs to the voice that started it (the voice in its token) or, started
        by a helper or an unrecognised voice, to the account: a pause, resume, stop or
        question by anyone else on the device acts on it there. The speaker's own unit of
        work when that is the same person, so the request still reads the store once.
        """
        owner = voice_person(self.request.account, token.voice)
        if owner == self.work.person:
            return self.work
        if self._hold_work is None or self._hold_work.person != owner:
            self._hold_work = ProfileWork(
                lambda: owner,
                self._calls,
                self.session,
                device=lambda: player_report(self.request.handler_input),
                clock=self.now,
            )
        return self._hold_work

    def save(self) -> None:
        """Save the turn's profile changes: the speaker's, and the hold owner's if apart."""
        self.work.save()
        if self._hold_work is not None and self._hold_work is not self.work:
            self._hold_work.save()

    def settle(self) -> None:
        """A hold's repair, if the turn's one write is still free, on whom the hold is for."""
        (self._hold_work or self.work).settle()

    def journey(self) -> Journey:
        """Where the person is; the holder they chose comes from the profile (may read it)."""
        journey = Journey.from_attributes(self.session.get(JOURNEY))
        chosen = self.work.profile().holder if journey.holder is None else None
        if chosen:
            with contextlib.suppress(ValueError):
                journey = journey._replace(holder=Holder(chosen))
        return journey

    def journey_kept(self) -> Journey:
        """The journey as the session kept it, without the profile's holder (no read)."""
        return Journey.from_attributes(self.session.get(JOURNEY))

    def keep_journey(self, journey: Journey) -> None:
        self.session.put(JOURNEY, journey.to_attributes())

    def pain_before(self) -> int | None:
        """The pain rating the person gave on the way to this hold, if any."""
        rating = self.session.get(PAIN_BEFORE)
        return rating if type(rating) is int else None

    def begin_hold(self, hold: HoldSession) -> bool:
        """Record a new hold with this turn's profile changes, in one write.

        A pain rating the person gave on the way is stored with it only if they agreed to
        their ratings being kept; either way it travels in the hold's token.
        """
        rating = self.pain_before()
        self.session.pop(PAIN_BEFORE)
        return self.work.begin_hold(hold, rating)

    def _rate(self) -> SpeechRate:
        """The person's speech rate if the profile is at hand; a request that reads only
        holds (to keep to one read) is spoken at the normal rate."""
        profile = self.work.at_hand()
        return SpeechRate.saved(profile.speech_rate) if profile else SpeechRate.NORMAL


def turn_of(handler_input: HandlerInput) -> Turn:
    """The turn `BeginTurn` built for this request."""
    turn = handler_input.attributes_manager.request_attributes[TURN]
    assert isinstance(turn, Turn)
    return turn


class BeginTurn(AbstractRequestInterceptor):
    """Builds the request's one `Turn` before any handler is asked whether it applies."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes[TURN] = Turn(
            handler_input, self._services
        )


class EndTurn(AbstractResponseInterceptor):
    """Saves the turn's profile changes once the handler has answered (one write at most),
    then lets the reply speak again if the save changed it (reply.py, `finish`)."""

    def process(self, handler_input: HandlerInput, response: Response) -> None:
        turn = turn_of(handler_input)
        turn.save()
        turn.settle()
        turn.reply.finish(response)
