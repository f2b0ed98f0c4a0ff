"""Handlers registered by name, loaded the first time a request they may take arrives.

The ASK SDK asks every handler ahead of the one that answers whether it can handle the
request. Registered as instances, every handler's module would be imported on every cold
start, whatever was asked: on a launch, dozens of modules that only answer other requests.
A `Named` handler says which request types and intents it may take, a bound its own
`can_handle` works within, and is imported only when a request inside that bound comes;
its own `can_handle` then decides, as before. The bound is checked, not trusted:
tests/unit/test_handler_overlap.py fails if any handler would take a request outside it.
"""

from __future__ import annotations

from collections.abc import Container
from importlib import import_module
from typing import Final

from ask_sdk_core.dispatch_components import AbstractRequestHandler, AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

INTENT_REQUEST: Final = "IntentRequest"


class _Every:
    """Every request type, or every intent."""

    def __contains__(self, name: object) -> bool:
        return True


EVERY: Final = _Every()


class Named(AbstractRequestHandler):
    """The handler class at `where` ("package.module.Class"), made on first use.

    It may take requests of the types in `requests`, and intent requests whose intent is in
    `intents` (`EVERY` for all of them) or, with `slot`, of any intent that carries
    something in that slot; with `kept`, only while the session keeps that (the question
    it answers is waiting); with `over_a_hold`, only when the device reports audio of
    its own (context.AudioPlayer's token), as it does over and after a hold: "AudioPlayer
    ... offsetInMilliseconds ... playerActivity" come with every request from a device
    with AudioPlayer ("AudioPlayer Interface Reference"; plumbing/device_report.py).
    """

    def __init__(
        self,
        where: str,
        *,
        requests: Container[str] = (),
        intents: Container[str] = (),
        slot: str | None = None,
        kept: str | None = None,
        over_a_hold: bool = False,
    ) -> None:
        self.module, _, self.name = where.rpartition(".")
        self.requests = requests
        self.intents = intents
        self.slot = slot
        self.kept = kept
        self.over_a_hold = over_a_hold
        self._handler: AbstractRequestHandler | None = None

    def may_take(self, handler_input: HandlerInput) -> bool:
        """Whether the request is inside this handler's bound (the handler is not loaded)."""
        envelope = handler_input.request_envelope
        if self.kept is not None:
            session = envelope.session
            if session is None or self.kept not in (session.attributes or {}):
                return False
        if self.over_a_hold:
            player = getattr(envelope.context, "audio_player", None)
            if not getattr(player, "token", None):
                return False
        kind = getattr(envelope.request, "object_type", None)
        if kind in self.requests:
            return True
        if kind != INTENT_REQUEST:
            return False
        intent = getattr(envelope.request, "intent", None)
        return getattr(intent, "name", None) in self.intents or self._carries_slot(intent)

    def _carries_slot(self, intent: object) -> bool:
        """Whether the intent carries something (words or a matched value) in `slot`."""
        if self.slot is None:
            return False
        slots = getattr(intent, "slots", None)
        found = slots.get(self.slot) if isinstance(slots, dict) else None
        return getattr(found, "value", None) is not None or bool(
            getattr(found, "resolutions", None)
        )

    def handler(self) -> AbstractRequestHandler:
        """The handler itself, its module imported the first time."""
        if self._handler is None:
            self._handler = getattr(import_module(self.module), self.name)()
        return self._handler

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return self.may_take(handler_input) and bool(self.handler().can_handle(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response | None:
        return self.handler().handle(handler_input)

    def __repr__(self) -> str:
        return f"Named({self.module}.{self.name})"


def name_of(handler: AbstractRequestHandler) -> str:
    """The name of a handler's class, whether registered by name or as an instance."""
    return handler.name if isinstance(handler, Named) else type(handler).__name__


class NamedInterceptor(AbstractRequestInterceptor):
    """The request interceptor class at `where`, made on first use, that tidies what the
    session keeps under `kept`: it has nothing to do, and is not loaded, until a session
    holds that."""

    def __init__(self, where: str, *, kept: str) -> None:
        self.module, _, self.name = where.rpartition(".")
        self.kept = kept
        self._interceptor: AbstractRequestInterceptor | None = None

    def interceptor(self) -> AbstractRequestInterceptor:
        """The interceptor itself, its module imported the first time."""
        if self._interceptor is None:
            self._interceptor = getattr(import_module(self.module), self.name)()
        return self._interceptor

    def process(self, handler_input: HandlerInput) -> None:
        if handler_input.request_envelope.session is None:
            return  # device events carry no session
        if self.kept in (handler_input.attributes_manager.session_attributes or {}):
            self.interceptor().process(handler_input)
