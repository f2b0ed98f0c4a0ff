"""One turn of the conversation: the request's journey, the person's profile, the reply.

Handlers stay thin by asking a `Turn` for what they need. The profile is read at
most once per request (and cached in the Alexa session), written at most once,
and a store fault never reaches the person as anything but one short sentence.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import request_util
from ask_sdk_model import Directive, Response

from skill.metrics import store_fault
from skill.routine.hold_token import HoldToken
from skill.routine.journey import Journey
from skill.routine.speech_rate import SpeechRate
from skill.routine.steps import Holder
from skill.routine.usual_length import usual_length
from skill.speech import english
from skill.speech.english import English
from skill.speech.locales import phrases_for
from skill.speech.prosody import at_rate
from skill.speech.ssml import sentences, speak
from skill.store import (
    ConflictError,
    HoldSession,
    HoldStatus,
    Profile,
    SessionStore,
    StoreError,
    person_key,
    voice_key,
    voice_person,
)
from skill.visuals.notes import note_card, note_screen
from skill.visuals.screens import point_card, point_screen

log = logging.getLogger(__name__)

JOURNEY = "journey"
PROFILE = "profile"
SERVICES = "services"
# A pain rating given before a hold, kept until the hold begins.
PAIN_BEFORE = "pain_before"


@dataclass(frozen=True)
class Services:
    """What the wiring gives every request: where profiles live, and the time."""

    store: Callable[[], SessionStore]
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)


class Turn:
    def __init__(self, handler_input: HandlerInput) -> None:
        self.handler_input = handler_input
        services = handler_input.attributes_manager.request_attributes[SERVICES]
        assert isinstance(services, Services)
        self._services = services
        self._profile: Profile | None = None
        self._changes: dict[str, Any] = {}
        self._notes: list[str] = []
        self._point_shown: str | None = None
        self._note_shown: tuple[str, str] | None = None
        # The holds this turn read, and how many it asked for: read once per request.
        self._holds: tuple[int, list[HoldSession]] | None = None

    # The request

    @property
    def locale(self) -> str | None:
        try:
            return str(request_util.get_locale(self.handler_input))
        except (AttributeError, TypeError):
            return None

    @property
    def phrases(self) -> English:
        return phrases_for(self.locale)

    @property
    def seed(self) -> int:
        """A number that varies from request to request, to vary the wording."""
        request_id = getattr(self.handler_input.request_envelope.request, "request_id", "") or ""
        return int(hashlib.sha256(request_id.encode()).hexdigest()[:8], 16)

    @property
    def person(self) -> str:
        """Who is speaking, as stored: their own voice where Alexa knows it, else the account.

        With skill personalization on, a request from a recognised speaker carries
        `context.System.person.personId` ("Add Personalization to Your Alexa Skill": "The
        personId field is nested in the context.System.person object"). It is only hashed.
        """
        user = str(request_util.get_user_id(self.handler_input) or "unknown")
        return voice_person(person_key(user), self.voice)

    @property
    def voice(self) -> str | None:
        """The hash of the recognised speaker; for a device's own report, the hold's owner.

        Playback events and out-of-session hold controls speak for the hold that plays,
        whose token names the voice it was started by.
        """
        system = getattr(self.handler_input.request_envelope.context, "system", None)
        person_id = getattr(getattr(system, "person", None), "person_id", None)
        if person_id:
            return voice_key(str(person_id))
        if self.in_session:
            return None
        request = self.handler_input.request_envelope.request
        player = getattr(self.handler_input.request_envelope.context, "audio_player", None)
        for token in (getattr(request, "token", None), getattr(player, "token", None)):
            parsed = HoldToken.parse(token)
            if parsed is not None:
                return parsed.voice
        return None

    @property
    def intent_name(self) -> str:
        return str(request_util.get_intent_name(self.handler_input))

    def slot(self, name: str) -> str | None:
        """What the person said for a slot of the intent, if anything."""
        try:
            slot = request_util.get_slot(self.handler_input, name)
        except (TypeError, AttributeError):
            return None
        value = getattr(slot, "value", None)
        return str(value) if value is not None else None

    def slot_id(self, name: str) -> str | None:
        """The id of the custom slot value Alexa matched (entity resolution), if it matched."""
        try:
            slot = request_util.get_slot(self.handler_input, name)
        except (TypeError, AttributeError):
            return None
        authorities = getattr(getattr(slot, "resolutions", None), "resolutions_per_authority", None)
        for authority in authorities or []:
            status = getattr(getattr(getattr(authority, "status", None), "code", None), "value", "")
            if status == "ER_SUCCESS_MATCH":
                for found in authority.values or []:
                    value_id = getattr(getattr(found, "value", None), "id", None)
                    if value_id:
                        return str(value_id)
        return None

    @property
    def supports_audio_player(self) -> bool:
        interfaces = request_util.get_supported_interfaces(self.handler_input)
        return getattr(interfaces, "audio_player", None) is not None

    @property
    def supports_screen(self) -> bool:
        interfaces = request_util.get_supported_interfaces(self.handler_input)
        return getattr(interfaces, "alexa_presentation_apl", None) is not None

    @property
    def in_session(self) -> bool:
        return self.handler_input.request_envelope.session is not None

    def now(self) -> datetime:
        return self._services.clock()

    def _session(self) -> dict[str, Any]:
        if not self.in_session:
            return {}
        attributes = self.handler_input.attributes_manager.session_attributes
        if attributes is None:
            attributes = self.handler_input.attributes_manager.session_attributes = {}
        return attributes

    def kept_in_session(self, name: str) -> Any:
        return self._session().get(name)

    def keep_in_session(self, name: str, value: Any) -> None:
        if self.in_session:
            self._session()[name] = value

    def forget_in_session(self, name: str) -> None:
        self._session().pop(name, None)

    # Where the person is

    @property
    def journey(self) -> Journey:
        journey = Journey.from_attributes(self._session().get(JOURNEY))
        if journey.holder is None and self.profile.holder:
            with contextlib.suppress(ValueError):
                journey = replace(journey, holder=Holder(self.profile.holder))
        return journey

    @journey.setter
    def journey(self, journey: Journey) -> None:
        if self.in_session:
            self._session()[JOURNEY] = journey.to_attributes()

    # The person's profile

    @property
    def profile(self) -> Profile:
        """The profile as read this session, with this turn's changes applied."""
        if self._profile is None:
            self._profile = self._cached_profile() or self._load_profile()
        return replace(self._profile, **self._changes) if self._changes else self._profile

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

    def remember(self, **changes: Any) -> None:
        """Change the profile; saved once, when the turn replies."""
        self._changes.update(changes)

    def pain_before(self) -> int | None:
        """The pain rating the person gave on the way to this hold, if any."""
        rating = self.kept_in_session(PAIN_BEFORE)
        return rating if type(rating) is int else None

    def discard_changes(self) -> None:
        """Forget this turn's profile changes unsaved (the person's data was just deleted)."""
        self._changes.clear()

    def begin_hold(self, hold: HoldSession) -> bool:
        """Record a new hold with this turn's profile changes, in one write.

        A pain rating the person gave on the way is stored with it only if they agreed to
        their ratings being kept; either way it travels in the hold's token.
        """
        changed = self.profile
        changes = dict(self._changes)
        self._changes.clear()
        rating = self.pain_before()
        if rating is not None and changed.keep_ratings and hold.pain_before is None:
            hold = replace(hold, pain_before=rating)
        self.forget_in_session(PAIN_BEFORE)
        try:
            store = self._services.store()
            try:
                stored = store.begin_hold(changed, hold)
            except ConflictError:
                # A hold ended on another device since the profile was read:
                # start this one on top of what that saved.
                changed = replace(store.load_profile(self.person), **changes)
                stored = store.begin_hold(changed, hold)
        except StoreError as error:
            log.warning("hold could not be recorded: %s", error)
            store_fault("begin_hold", error)
            self._unsaved()
            self._keep(changed)
            return False
        self._keep(stored)
        return True

    def end_hold(self, hold_id: str, status: HoldStatus, held_seconds: int) -> bool:
        """Close a hold; False if it was closed already or could not be saved."""
        try:
            return self._services.store().end_hold(self.person, hold_id, status, held_seconds)
        except StoreError as error:
            log.warning("hold end could not be recorded: %s", error)
            store_fault("end_hold", error)
            self._unsaved()
            return False

    def restart_hold(self, interrupted: str, held_seconds: int, hold: HoldSession) -> bool:
        """Start `hold` afresh in place of `interrupted`, keeping its time; False on a fault."""
        try:
            self._services.store().restart_hold(self.person, interrupted, held_seconds, hold)
        except StoreError as error:
            log.warning("hold could not be started again: %s", error)
            store_fault("restart_hold", error)
            self._unsaved()
            return False
        return True

    def note_held(self, hold_id: str, held_seconds: int) -> bool:
        """Keep the time held so far on a hold that is paused or interrupted."""
        try:
            return self._services.store().record_held(self.person, hold_id, held_seconds)
        except StoreError as error:
            log.warning("time held could not be recorded: %s", error)
            store_fault("record_held", error)
            self._unsaved()
            return False

    def latest_hold(self) -> HoldSession | None:
        """The person's most recent hold, or None (also when the store cannot say)."""
        holds = self.recent_holds(limit=1)
        return holds[0] if holds else None

    def recent_holds(self, limit: int) -> list[HoldSession] | None:
        """The person's holds, newest first; None when the store cannot say.

        Read once per turn: a second ask for as many or fewer uses the first read.
        """
        if self._holds is not None and self._holds[0] >= limit:
            return self._holds[1][:limit]
        try:
            holds = self._services.store().recent_holds(self.person, limit=limit)
            self._holds = (limit, holds)
            return holds
        except StoreError as error:
            log.warning("holds could not be read: %s", error)
            store_fault("recent_holds", error)
            return None

    def rate_after(self, hold_id: str, rating: int, *, before: int | None = None) -> bool:
        """Store how the pain felt after a hold (with consent); False if it could not be."""
        try:
            store = self._services.store()
            return store.record_pain_after(self.person, hold_id, rating, before=before)
        except StoreError as error:
            log.warning("pain rating could not be recorded: %s", error)
            store_fault("record_pain_after", error)
            self._unsaved()
            return False

    def forget_ratings(self) -> bool:
        """Delete the pain ratings kept on the person's holds; False if the store could not."""
        try:
            self._services.store().forget_ratings(self.person)
        except StoreError as error:
            log.warning("pain ratings could not be deleted: %s", error)
            store_fault("forget_ratings", error)
            return False
        return True

    def rate_before(self, hold_id: str, rating: int) -> bool:
        """Store how the pain felt as a hold began (with consent); False if it could not be."""
        try:
            return self._services.store().record_pain_before(self.person, hold_id, rating)
        except StoreError as error:
            log.warning("pain rating could not be recorded: %s", error)
            store_fault("record_pain_before", error)
            self._unsaved()
            return False

    @property
    def profile_at_hand(self) -> Profile | None:
        """The profile if this turn has it at hand, without reading the store for it."""
        if self._profile is None:
            self._profile = self._cached_profile()
        return self.profile if self._profile is not None else None

    def _cached_profile(self) -> Profile | None:
        """The profile kept in the session; None (so it is read again) if it is not sound.

        Someone else speaking in the same session has their own profile read.
        """
        profile = Profile.from_dict(self._session().get(PROFILE))
        return profile if profile is not None and profile.person == self.person else None

    def _load_profile(self) -> Profile:
        try:
            profile = self._services.store().load_profile(self.person)
        except StoreError as error:
            log.warning("profile could not be read: %s", error)
            store_fault("load_profile", error)
            profile = Profile(person=self.person)
        self._keep(profile)
        return profile

    def _keep(self, profile: Profile) -> None:
        self._profile = profile
        if self.in_session:
            self._session()[PROFILE] = asdict(profile)

    def _save_changes(self) -> None:
        if not self._changes:
            return
        changed = self.profile
        try:
            store = self._services.store()
            try:
                stored = store.save_profile(changed)
            except ConflictError:
                # Someone else saved first (a hold ending on another device, say):
                # apply these changes to what they saved.
                stored = store.save_profile(
                    replace(store.load_profile(self.person), **self._changes)
                )
        except StoreError as error:
            log.warning("profile could not be saved: %s", error)
            store_fault("save_profile", error)
            self._unsaved()
            stored = changed
        self._changes.clear()
        self._keep(stored)

    def _unsaved(self) -> None:
        if english.NOT_SAVED not in self._notes:
            self._notes.append(english.NOT_SAVED)

    @property
    def store(self) -> SessionStore:
        return self._services.store()

    # The reply

    def show_point(self, text: str) -> None:
        """Show the picture of the point with `text`: a card, and a screen where there is one."""
        self._point_shown = text

    def show_note(self, title: str, text: str) -> None:
        """Show `text` under `title`: a card, and a screen where there is one."""
        self._note_shown = (title, text)

    def _show(self) -> None:
        builder = self.handler_input.response_builder
        if self._note_shown is not None:
            builder.set_card(note_card(*self._note_shown))
            if self.supports_screen:
                builder.add_directive(note_screen(*self._note_shown))
            return
        if self._point_shown is None:
            return
        builder.set_card(point_card(self._point_shown))
        if self.supports_screen:
            builder.add_directive(point_screen(self._point_shown))

    def _spoken(self, said: Sequence[str]) -> str:
        """SSML for `said`, at the speech rate the person chose.

        The rate comes from the profile when this turn has it at hand; a request that
        reads only holds (to keep to one read) is spoken at the normal rate.
        """
        profile = self.profile_at_hand
        rate = SpeechRate.saved(profile.speech_rate) if profile else SpeechRate.NORMAL
        return speak(at_rate(sentences(said), rate))

    def ask(self, *said: str, reprompt: str, directives: Sequence[Directive] = ()) -> Response:
        """Speak and keep listening."""
        self._save_changes()
        self._show()
        builder = self.handler_input.response_builder
        builder.speak(self._spoken([*self._notes, *said])).ask(self._spoken([reprompt]))
        builder.set_should_end_session(False)
        for directive in directives:
            builder.add_directive(directive)
        return builder.response

    def tell(self, *said: str, directives: Sequence[Directive] = ()) -> Response:
        """Speak (with any directives) and end the session."""
        self._save_changes()
        self._show()
        builder = self.handler_input.response_builder
        builder.speak(self._spoken([*self._notes, *said])).set_should_end_session(True)
        for directive in directives:
            builder.add_directive(directive)
        return builder.response

    def hand_over(self, directive: Directive, *said: str) -> Response:
        """Speak, then let Alexa take the next turn (a permission prompt, say).

        Neither ends the session nor listens: Alexa answers the directive with a request
        of its own, in this session.
        """
        self._save_changes()
        builder = self.handler_input.response_builder
        if said or self._notes:
            builder.speak(self._spoken([*self._notes, *said]))
        builder.add_directive(directive)
        return builder.response
