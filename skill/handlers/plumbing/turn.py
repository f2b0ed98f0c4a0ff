"""One turn of the conversation: the request, the person's profile, the reply, together.

Handlers stay thin by asking a `Turn` for what they need. It composes three parts, each
with one job: a read-only view of the request (request_view.py), the profile's unit of
work, read at most once per request (and cached in the Alexa session) and written at most
once (profile_work.py, with the one policy for store faults in store_calls.py), and the
reply (reply.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple, Unpack

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Directive, Response

from skill.handlers.plumbing.profile_work import ProfileWork
from skill.handlers.plumbing.reply import Reply
from skill.handlers.plumbing.request_view import RequestView, SessionAttributes
from skill.handlers.plumbing.store_calls import ProfileChanges, StoreCalls
from skill.routine.journey import Journey
from skill.routine.speech_rate import SpeechRate
from skill.routine.steps import Holder
from skill.routine.usual_length import usual_length
from skill.speech import english
from skill.speech.english import English
from skill.store import HoldSession, HoldStatus, Profile, SessionStore

JOURNEY = "journey"
SERVICES = "services"
# A pain rating given before a hold, kept until the hold begins.
PAIN_BEFORE = "pain_before"


class Services(NamedTuple):
    """What the wiring gives every request: where profiles live, and the time."""

    store: Callable[[], SessionStore]
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)


class Turn:
    def __init__(self, handler_input: HandlerInput) -> None:
        self.handler_input = handler_input
        services = handler_input.attributes_manager.request_attributes[SERVICES]
        assert isinstance(services, Services)
        self._clock = services.clock
        self.request = RequestView(handler_input)
        self.session = SessionAttributes(self.request)
        self.reply = Reply(handler_input, screen=lambda: self.request.supports_screen)
        calls = StoreCalls(services.store, not_saved=lambda: self.reply.note(english.NOT_SAVED))
        self.work = ProfileWork(lambda: self.request.person, calls, self.session)

    # The request

    @property
    def locale(self) -> str | None:
        return self.request.locale

    @property
    def phrases(self) -> English:
        return self.request.phrases

    @property
    def seed(self) -> int:
        return self.request.seed

    @property
    def person(self) -> str:
        return self.request.person

    @property
    def voice(self) -> str | None:
        return self.request.voice

    @property
    def intent_name(self) -> str:
        return self.request.intent_name

    def slot(self, name: str) -> str | None:
        return self.request.slot(name)

    def slot_id(self, name: str) -> str | None:
        return self.request.slot_id(name)

    @property
    def supports_audio_player(self) -> bool:
        return self.request.supports_audio_player

    @property
    def in_session(self) -> bool:
        return self.request.in_session

    def now(self) -> datetime:
        return self._clock()

    # The session

    def kept_in_session(self, name: str) -> Any:
        return self.session.get(name)

    def keep_in_session(self, name: str, value: Any) -> None:
        self.session.put(name, value)

    def forget_in_session(self, name: str) -> None:
        self.session.pop(name)

    def pain_before(self) -> int | None:
        """The pain rating the person gave on the way to this hold, if any."""
        rating = self.session.get(PAIN_BEFORE)
        return rating if type(rating) is int else None

    # Where the person is

    def journey(self) -> Journey:
        """Where the person is; the holder they chose comes from the profile (may read it)."""
        journey = Journey.from_attributes(self.session.get(JOURNEY))
        if journey.holder is None and self.profile.holder:
            with contextlib.suppress(ValueError):
                journey = journey._replace(holder=Holder(self.profile.holder))
        return journey

    def keep_journey(self, journey: Journey) -> None:
        self.session.put(JOURNEY, journey.to_attributes())

    # The person's profile and holds

    @property
    def profile(self) -> Profile:
        """The profile as read this session, with this turn's changes applied."""
        return self.work.profile()

    @property
    def profile_at_hand(self) -> Profile | None:
        """The profile if this turn has it at hand, without reading the store for it."""
        return self.work.at_hand()

    @property
    def practised(self) -> bool:
        """Has held the point before: a one-line reminder of where it is will do."""
        return self.profile.holds_started > 0

    @property
    def usual_minutes(self) -> int | None:
        """The usual hold length, counting the last hold if the person finished it."""
        profile = self.profile
        return usual_length(profile.usual_minutes, profile.extras, profile.holds_completed)

    @property
    def returning(self) -> bool:
        return not self.profile.is_new

    def remember(self, **changes: Unpack[ProfileChanges]) -> None:
        """Change the profile; saved once, when the turn replies."""
        self.work.remember(**changes)

    def discard_changes(self) -> None:
        """Forget this turn's profile changes unsaved (the person's data was just deleted)."""
        self.work.discard_changes()

    def begin_hold(self, hold: HoldSession) -> bool:
        """Record a new hold with this turn's profile changes, in one write.

        A pain rating the person gave on the way is stored with it only if they agreed to
        their ratings being kept; either way it travels in the hold's token.
        """
        rating = self.pain_before()
        self.session.pop(PAIN_BEFORE)
        return self.work.begin_hold(hold, rating)

    def end_hold(self, hold_id: str, status: HoldStatus, held_seconds: int) -> bool:
        return self.work.end_hold(hold_id, status, held_seconds)

    def restart_hold(self, interrupted: str, held_seconds: int, hold: HoldSession) -> bool:
        return self.work.restart_hold(interrupted, held_seconds, hold)

    def note_held(self, hold_id: str, held_seconds: int) -> bool:
        return self.work.note_held(hold_id, held_seconds)

    def latest_hold(self) -> HoldSession | None:
        """The person's most recent hold, or None (also when the store cannot say)."""
        holds = self.recent_holds(limit=1)
        return holds[0] if holds else None

    def recent_holds(self, limit: int) -> list[HoldSession] | None:
        return self.work.recent_holds(limit)

    def rate_before(self, hold_id: str, rating: int) -> bool:
        return self.work.rate_before(hold_id, rating)

    def rate_after(self, hold_id: str, rating: int, *, before: int | None = None) -> bool:
        return self.work.rate_after(hold_id, rating, before=before)

    def forget_ratings(self) -> bool:
        return self.work.forget_ratings()

    def forget_person(self, *, whole_account: bool = False) -> bool:
        return self.work.forget_person(whole_account=whole_account)

    # The reply: the profile's changes are saved first, so a fault is said with it.

    def show_point(self, text: str) -> None:
        self.reply.show_point(text)

    def show_note(self, title: str, text: str) -> None:
        self.reply.show_note(title, text)

    def ask(self, *said: str, reprompt: str, directives: Sequence[Directive] = ()) -> Response:
        """Speak and keep listening."""
        self.work.save()
        return self.reply.ask(said, reprompt=reprompt, rate=self._rate(), directives=directives)

    def tell(self, *said: str, directives: Sequence[Directive] = ()) -> Response:
        """Speak (with any directives) and end the session."""
        self.work.save()
        return self.reply.tell(said, rate=self._rate(), directives=directives)

    def hand_over(self, directive: Directive, *said: str) -> Response:
        """Speak, then let Alexa take the next turn (a permission prompt, say)."""
        self.work.save()
        return self.reply.hand_over(directive, said, rate=self._rate())

    def _rate(self) -> SpeechRate:
        """The person's speech rate if the profile is at hand; a request that reads only
        holds (to keep to one read) is spoken at the normal rate."""
        profile = self.work.at_hand()
        return SpeechRate.saved(profile.speech_rate) if profile else SpeechRate.NORMAL
