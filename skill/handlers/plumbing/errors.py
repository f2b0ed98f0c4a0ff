"""The last resort: any fault becomes a short apology and a way forward."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.routine.journey import Journey
from skill.speech.languages import words_for
from skill.speech.ssml import sentences, speak

log = logging.getLogger(__name__)


class AnyFaultHandler(AbstractExceptionHandler):
    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:  # noqa: ARG002
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        # Log the fault, never the envelope: it carries the person's tokens.
        log.error("request failed: %s", type(exception).__name__, exc_info=exception)
        builder = handler_input.response_builder
        envelope = handler_input.request_envelope
        if envelope.session is None:
            # Device events (AudioPlayer) may not be answered with speech.
            response: Response = builder.response
            return response
        locale = getattr(envelope.request, "locale", None)
        words = words_for(locale if isinstance(locale, str) else None)
        attributes = envelope.session.attributes or {}
        journey = Journey.from_attributes(attributes.get("journey"))
        reprompt = words.phrases.reprompt(journey, None)
        builder.speak(speak(sentences([words.common.SORRY, reprompt]))).ask(
            speak(sentences([reprompt]))
        )
        builder.set_should_end_session(False)
        return builder.response
