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

# The requests a person waits on an answer to ("Request Types Reference"): what they said,
# opening the skill, and Alexa handing back their answer to a permission prompt. Every
# other request (SessionEndedRequest, System.ExceptionEncountered, AlexaSkillEvent.* and
# any kind not known yet, the device's playback events) gets no speech: Alexa ignores an
# answer to SessionEndedRequest, and nobody hears the answer to a skill event.
SPOKEN_TO = ("LaunchRequest", "IntentRequest", "Connections.Response")


class AnyFaultHandler(AbstractExceptionHandler):
    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:  # noqa: ARG002
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        # Log the fault, never the envelope: it carries the person's tokens.
        log.error("request failed: %s", type(exception).__name__, exc_info=exception)
        builder = handler_input.response_builder
        envelope = handler_input.request_envelope
        request_type = getattr(envelope.request, "object_type", None)
        if envelope.session is None or request_type not in SPOKEN_TO:
            # Device events may not be answered with speech, and nobody hears the answer
            # to a SessionEndedRequest, System.ExceptionEncountered or a skill event.
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
