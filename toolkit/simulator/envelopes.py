"""Request envelopes as an Alexa device sends them, with the session they belong to."""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from toolkit.simulator.slots import SlotValue

DEFAULT_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
DEFAULT_DEVICE_ID = "amzn1.ask.device.local-simulator"
API_ENDPOINT = "https://api.amazonalexa.com"
# Not a real token: nothing local can call the Alexa APIs with it.
LOCAL_ACCESS_TOKEN = "local-simulator-access-token"  # noqa: S105 - the local stand-in's
SEND_REQUEST = "Connections.SendRequest"


def utc_now() -> datetime:
    return datetime.now(UTC)


def ends_session(response: Mapping[str, Any]) -> bool:
    """Whether Alexa closes the session after this answer, on a device without a screen.

    True ends it; False keeps it open and listening; left out, a voice-only device ends it
    unless there is a reprompt to listen for.
    """
    body = response.get("response") or {}
    flag = body.get("shouldEndSession")
    if flag is None:
        # Alexa answers a Connections.SendRequest (a permission prompt) in the same session.
        if any(d.get("type") == SEND_REQUEST for d in body.get("directives") or []):
            return False
        return "reprompt" not in body
    return bool(flag)


def _slot(name: str, filled: str | SlotValue | None, skill_id: str) -> dict[str, Any]:
    slot: dict[str, Any] = {"name": name, "confirmationStatus": "NONE"}
    if filled is None:
        return slot
    value = filled if isinstance(filled, SlotValue) else SlotValue(filled)
    slot["value"] = value.value
    resolution = value.resolution
    if resolution is not None:
        authority: dict[str, Any] = {
            "authority": f"amzn1.er-authority.echo-sdk.{skill_id}.{resolution.slot_type}",
            "status": {"code": resolution.status},
        }
        if resolution.name is not None:
            authority["values"] = [{"value": {"name": resolution.name, "id": resolution.id}}]
        slot["resolutions"] = {"resolutionsPerAuthority": [authority]}
    return slot


_DEVICE_EVENTS = ("AudioPlayer.", "PlaybackController.")


class Envelopes:
    """Builds the envelopes one device sends for one person, and tracks their skill session."""

    def __init__(
        self,
        *,
        user_id: str = "local-person",
        person_id: str | None = None,
        locale: str = "en-US",
        skill_id: str | None = None,
        supports_audio_player: bool = True,
        has_screen: bool = False,
        device_id: str = DEFAULT_DEVICE_ID,
        clock: Callable[[], datetime] = utc_now,
        api_endpoint: str = API_ENDPOINT,
    ) -> None:
        self._request_ids: Iterator[str] | None = None
        prefixed = user_id.startswith("amzn1.ask.account.")
        self.user_id = user_id if prefixed else f"amzn1.ask.account.{user_id}"
        # A recognised voice ("Add Personalization to Your Alexa Skill"): sent as
        # context.System.person.personId with what the person says, never with the
        # device's own playback events.
        self.person_id: str | None = None
        if person_id:
            named = person_id.startswith("amzn1.ask.person.")
            self.person_id = person_id if named else f"amzn1.ask.person.{person_id}"
        self.locale = locale
        self.skill_id = skill_id or os.environ.get("SKILL_ID") or DEFAULT_SKILL_ID
        self.supports_audio_player = supports_audio_player
        self.has_screen = has_screen
        self.device_id = device_id
        self._clock = clock
        self.api_endpoint = api_endpoint
        # Permission scopes the person granted, as context.System.user.permissions shows them.
        self.granted_scopes: set[str] = set()
        # What context.AudioPlayer reports; the audio player emulation keeps it current.
        self.player: dict[str, Any] = {"playerActivity": "IDLE"}
        self.attributes: dict[str, Any] = {}
        self._session_id: str | None = None
        self._new = False

    @property
    def session_open(self) -> bool:
        return self._session_id is not None

    @property
    def session_id(self) -> str | None:
        return self._session_id

    def number_requests(self, name: str) -> None:
        """Number the request ids from here on, the same in every run named `name`.

        Alexa's are random; a chat numbers its own, so that the same lines get the same
        words (the skill varies its wording by the request id).
        """
        self._request_ids = numbered_request_ids(name)

    def _request_id(self) -> str:
        if self._request_ids is not None:
            return next(self._request_ids)
        return f"amzn1.echo-api.request.{uuid.uuid4()}"

    def start_session(self) -> None:
        self._session_id = f"amzn1.echo-api.session.{uuid.uuid4()}"
        self._new = True
        self.attributes = {}

    def close_session(self) -> None:
        self._session_id = None
        self._new = False
        self.attributes = {}

    def launch(self) -> dict[str, Any]:
        """A LaunchRequest, in a new session."""
        self.start_session()
        return self._in_session({"type": "LaunchRequest"})

    def intent(
        self,
        name: str,
        slots: Mapping[str, str | SlotValue | None] | None = None,
        *,
        new_session: bool = False,
    ) -> dict[str, Any]:
        """An IntentRequest; it opens a new session when asked to or when none is open."""
        if new_session or not self.session_open:
            self.start_session()
        intent: dict[str, Any] = {"name": name, "confirmationStatus": "NONE"}
        if slots:
            intent["slots"] = {
                slot_name: _slot(slot_name, value, self.skill_id)
                for slot_name, value in slots.items()
            }
        return self._in_session({"type": "IntentRequest", "intent": intent})

    def can_fulfill_intent(
        self, name: str, slots: Mapping[str, str | SlotValue | None] | None = None
    ) -> dict[str, Any]:
        """Alexa asking, before the skill is named, whether it can take this intent.

        Sent in a session of its own that the skill's answer does not continue, as in the
        request of "Implement CanFulfillIntentRequest for Name-free Interactions"; the
        device's own session, if one is open, is left as it was.
        """
        intent: dict[str, Any] = {"name": name, "confirmationStatus": "NONE"}
        if slots:
            intent["slots"] = {
                slot_name: _slot(slot_name, value, self.skill_id)
                for slot_name, value in slots.items()
            }
        own = (self._session_id, self._new, self.attributes)
        self.start_session()
        try:
            return self._in_session({"type": "CanFulfillIntentRequest", "intent": intent})
        finally:
            self._session_id, self._new, self.attributes = own

    def session_ended(
        self, reason: str = "USER_INITIATED", error: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        """A SessionEndedRequest for the open session, which it closes."""
        request: dict[str, Any] = {"type": "SessionEndedRequest", "reason": reason}
        if error is not None:
            request["error"] = dict(error)
        envelope = self._in_session(request)
        self.close_session()
        return envelope

    def connections_response(
        self, name: str, token: str, payload: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Alexa's report, in the open session, of how a Connections.SendRequest went."""
        return self._in_session(
            {
                "type": "Connections.Response",
                "name": name,
                "status": {"code": "200", "message": "OK"},
                "token": token,
                "payload": dict(payload),
            }
        )

    def event(self, request_type: str, **fields: Any) -> dict[str, Any]:
        """A request outside any session, such as an AudioPlayer event."""
        return self._envelope({"type": request_type, **fields}, with_session=False)

    def update(self, response: Mapping[str, Any]) -> bool:
        """Take in the skill's answer; True while the session goes on."""
        if not self.session_open:
            return False
        if ends_session(response):
            self.close_session()
            return False
        self.attributes = dict(response.get("sessionAttributes") or {})
        return True

    def _in_session(self, request: dict[str, Any]) -> dict[str, Any]:
        envelope = self._envelope(request, with_session=True)
        self._new = False
        return envelope

    def _envelope(self, request: dict[str, Any], *, with_session: bool) -> dict[str, Any]:
        application = {"applicationId": self.skill_id}
        user: dict[str, Any] = {"userId": self.user_id}
        if self.granted_scopes:
            user["permissions"] = {
                "consentToken": LOCAL_ACCESS_TOKEN,
                "scopes": {scope: {"status": "GRANTED"} for scope in sorted(self.granted_scopes)},
            }
        device: dict[str, Any] = {"deviceId": self.device_id, "supportedInterfaces": {}}
        context: dict[str, Any] = {
            "System": {
                "application": application,
                "user": user,
                "device": device,
                "apiEndpoint": self.api_endpoint,
                "apiAccessToken": LOCAL_ACCESS_TOKEN,
            }
        }
        spoken = not str(request.get("type", "")).startswith(_DEVICE_EVENTS)
        if self.person_id is not None and spoken:
            context["System"]["person"] = {"personId": self.person_id}
        if self.supports_audio_player:
            device["supportedInterfaces"]["AudioPlayer"] = {}
            context["AudioPlayer"] = dict(self.player)
        if self.has_screen:
            device["supportedInterfaces"]["Alexa.Presentation.APL"] = {
                "runtime": {"maxVersion": "2023.3"}
            }
        envelope: dict[str, Any] = {"version": "1.0"}
        if with_session and self._session_id is not None:
            envelope["session"] = {
                "new": self._new,
                "sessionId": self._session_id,
                "application": dict(application),
                "attributes": dict(self.attributes),
                "user": dict(user),
            }
        envelope["context"] = context
        envelope["request"] = {
            "type": request.pop("type"),
            "requestId": self._request_id(),
            "timestamp": self._clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "locale": self.locale,
            **request,
        }
        return envelope


def numbered_request_ids(name: str) -> Iterator[str]:
    """Request ids the same in every run named `name`: the first, the second, and so on."""
    for number in itertools.count(1):
        yield f"amzn1.echo-api.request.{uuid.uuid5(uuid.NAMESPACE_URL, f'{name}/{number}')}"
