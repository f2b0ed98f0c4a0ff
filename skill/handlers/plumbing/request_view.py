"""What a request says, read only: who speaks, in which language, what they asked for.

Nothing here reads the store or changes the session: it answers from the envelope alone.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, request_util

from skill.routine.hold_token import HoldToken
from skill.speech.languages import words_for
from skill.speech.pack import Words
from skill.store import person_key, voice_key, voice_person


class RequestView:
    def __init__(self, handler_input: HandlerInput) -> None:
        self.handler_input = handler_input

    @property
    def locale(self) -> str | None:
        try:
            return str(request_util.get_locale(self.handler_input))
        except (AttributeError, TypeError):
            return None

    @property
    def words(self) -> Words:
        """The language pack the request's locale speaks."""
        return words_for(self.locale)

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
        return voice_person(self.account, self.voice)

    @property
    def account(self) -> str:
        """The Amazon account, as stored: whoever speaks, with no voice of their own."""
        return person_key(str(request_util.get_user_id(self.handler_input) or "unknown"))

    @property
    def voice(self) -> str | None:
        """The hash of the recognised speaker; for a device's own report, the hold's owner.

        The person object is the *current speaker*: "your skill service must extract the
        personId value from the speaker's request to Alexa. The personId field is nested in
        the context.System.person object" ("Add Personalized Greetings or Prompts"). So it
        says who speaks, never whose hold plays: what acts on a hold finds its owner in the
        hold's token (`Turn.hold_work`). Playback events, which no one speaks, carry no
        person; they speak for the hold that plays, whose token names its voice.
        """
        system = getattr(self.handler_input.request_envelope.context, "system", None)
        person_id = getattr(getattr(system, "person", None), "person_id", None)
        if person_id:
            return voice_key(str(person_id))
        if self.in_session:
            return None
        request = self.handler_input.request_envelope.request
        for token in (getattr(request, "token", None), getattr(self.player, "token", None)):
            parsed = HoldToken.parse(token)
            if parsed is not None:
                return parsed.voice
        return None

    @property
    def player(self) -> Any:
        """The device's report of its audio player (`context.AudioPlayer`), if it sent one."""
        return getattr(self.handler_input.request_envelope.context, "audio_player", None)

    @property
    def system(self) -> Any:
        """`context.System`: the device, the person, and what the skill may ask of Alexa."""
        return getattr(self.handler_input.request_envelope.context, "system", None)

    @property
    def device_id(self) -> str:
        return str(getattr(getattr(self.system, "device", None), "device_id", "") or "")

    @property
    def service_clients(self) -> Any:
        """The SDK's factory of clients for Alexa's own APIs (reminders, settings)."""
        return self.handler_input.service_client_factory

    @property
    def intent_name(self) -> str:
        return str(request_util.get_intent_name(self.handler_input))

    def is_intent(self, name: str) -> bool:
        """Whether the person asked for intent `name` (False for any other kind of request)."""
        return bool(is_intent_name(name)(self.handler_input))

    @property
    def is_new_session(self) -> bool:
        return bool(request_util.is_new_session(self.handler_input))

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


class SessionAttributes:
    """What the skill keeps in the Alexa session; nothing is kept outside one."""

    def __init__(self, request: RequestView) -> None:
        self._request = request

    def _attributes(self) -> dict[str, Any]:
        if not self._request.in_session:
            return {}
        manager = self._request.handler_input.attributes_manager
        attributes = manager.session_attributes
        if attributes is None:
            attributes = manager.session_attributes = {}
        return attributes

    def get(self, name: str) -> Any:
        return self._attributes().get(name)

    def put(self, name: str, value: Any) -> None:
        if self._request.in_session:
            self._attributes()[name] = value

    def pop(self, name: str) -> None:
        self._attributes().pop(name, None)

    def clear(self) -> None:
        """Keep nothing more in this session (the person's data was just deleted)."""
        if self._request.in_session:
            self._request.handler_input.attributes_manager.session_attributes = {}
