"""Where Alexa's requests enter: the skill's wiring, and nothing else.

AWS Lambda calls `lambda_handler`. The skill is built once per container, and the
store is opened on first use, not at import, so a cold start stays quick; so is each
handler's module, imported when a request it may take first comes (the groups register
handlers by name: skill/handlers/plumbing/named.py).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model.services import ApiClient

from skill.alexa.api_client import AlexaApiClient, repair_reminder_models
from skill.front_door import RefusedError, admit_event
from skill.handlers.carry_on import CARRY_ON
from skill.handlers.hold import HOLD
from skill.handlers.name_free import NAME_FREE
from skill.handlers.plumbing.catch_all import CATCH_ALL
from skill.handlers.plumbing.errors import SPOKEN_TO, AnyFaultHandler
from skill.handlers.plumbing.named import Named, NamedInterceptor
from skill.handlers.plumbing.order import Before, Group, handlers_of, in_order
from skill.handlers.plumbing.requests_log import RequestLogger
from skill.handlers.plumbing.turn import BeginTurn, EndTurn, Services
from skill.handlers.privacy import PRIVACY
from skill.handlers.progress import PROGRESS
from skill.handlers.questions import QUESTIONS
from skill.handlers.reminders import REMINDERS
from skill.handlers.safety import SAFETY
from skill.handlers.way import WAY
from skill.speech.languages import words_for
from skill.speech.ssml import sentences, speak
from skill.store import SessionStore, StoreError, open_store

log = logging.getLogger(__name__)
# On Lambda with the JSON log format, the runtime sets the level from the function's
# ApplicationLogLevel (it exports it as AWS_LAMBDA_LOG_LEVEL); elsewhere LOG_LEVEL does.
if "AWS_LAMBDA_LOG_LEVEL" not in os.environ:
    logging.getLogger().setLevel(os.environ.get("LOG_LEVEL", "INFO"))


class _LazyStore:
    """Opens the configured store on first use, once per container."""

    def __init__(self) -> None:
        self._store: SessionStore | None = None

    def __call__(self) -> SessionStore:
        if self._store is None:
            try:
                self._store = open_store()
            except Exception as error:  # any failure to open is a store fault
                raise StoreError(
                    f"the store could not be opened: {type(error).__name__}"
                ) from error
        return self._store


# The groups in the order their handlers are tried: Alexa's question before the skill is
# named first (it answers nothing else), then safety (a red flag is answered wherever it
# is said), then the hold's (a device's reports, and what is said over a hold, belong to
# it), what no group took last.
GROUPS: tuple[Group, ...] = (
    NAME_FREE,
    SAFETY,
    HOLD,
    CARRY_ON,
    PRIVACY,
    REMINDERS,
    PROGRESS,
    WAY,
    QUESTIONS,
    CATCH_ALL,
)

# Where handlers of different groups can take the same request, which must win
# (tests/unit/test_handler_overlap.py finds every such pair and requires a rule for it).
ACROSS_GROUPS = (
    *(
        Before(
            safety,
            handlers_of(HOLD, CARRY_ON, PRIVACY, REMINDERS, PROGRESS, WAY, QUESTIONS, CATCH_ALL),
            "a red flag, pain while pressing or an unclear answer to the safety check is "
            "answered for safety first, whatever else was under way or asked",
        )
        for safety in handlers_of(SAFETY)
    ),
    Before(
        "SpokenHoldHandler",
        handlers_of(CARRY_ON, PRIVACY, REMINDERS, PROGRESS, WAY, QUESTIONS, CATCH_ALL),
        "while a hold is spoken aloud, everything said belongs to it",
    ),
    Before(
        "InHoldAnswerHandler",
        handlers_of(REMINDERS, PROGRESS, WAY, QUESTIONS, CATCH_ALL),
        "said over a hold, anything is answered briefly or waits, and the hold plays on",
    ),
    Before(
        "StartOverHoldHandler",
        ("StartOverHandler",),
        "start over, said over a hold, starts the hold again, not the steps",
    ),
    Before(
        "AfterHoldHandler",
        ("NextHandler", "PreviousHandler", "RepeatHandler", "StartOverHandler"),
        "after a hold, the audio controls say it has finished instead of moving the steps",
    ),
    Before("PauseHoldHandler", ("NoHoldHandler",), "pause over a hold pauses it"),
    Before("ResumeHoldHandler", ("NoHoldHandler",), "resume over a paused hold carries it on"),
    Before("StopHoldHandler", ("GoodbyeHandler",), "stop over a hold ends it, its time kept"),
    Before(
        "CarryOnAnswerHandler",
        ("ConfirmDeleteHandler", "KeepRatingsAnswerHandler", "YesHandler", "NoHandler"),
        "yes or no answers 'carry on, or start again?' first, whatever was asked after it",
    ),
    Before(
        "CarryOnAnswerHandler",
        ("BackPainHandler", "StartOverHandler", "NoHoldHandler"),
        "resume, start again or 'for back pain' answer 'carry on, or start again?' first",
    ),
    Before(
        "ConfirmDeleteHandler",
        handlers_of(REMINDERS, PROGRESS, WAY, QUESTIONS, CATCH_ALL),
        "anything said to 'shall I delete it?' answers it, and only yes deletes",
    ),
    Before(
        "KeepRatingsAnswerHandler",
        ("YesHandler", "NoHandler"),
        "yes or no answers 'shall I keep your ratings?' first",
    ),
    Before(
        "DaytimeAnswerHandler",
        ("YesHandler", "NoHandler"),
        "yes or no answers 'shall I remind you at 9 in the morning instead?' first",
    ),
)


def build_skill(services: Services, api_client: ApiClient | None = None) -> CustomSkill:
    """The skill: every group's handlers, in order (checked against the rules above).

    `api_client` calls Alexa's own APIs (reminders, the device's time zone).
    """
    repair_reminder_models()
    builder = CustomSkillBuilder(api_client=api_client or AlexaApiClient())
    for handler in in_order(GROUPS, ACROSS_GROUPS):
        builder.add_request_handler(handler)
    builder.add_global_request_interceptor(BeginTurn(services))
    builder.add_global_request_interceptor(RequestLogger())
    for group in GROUPS:
        for interceptor in group.interceptors:
            builder.add_global_request_interceptor(interceptor)
    builder.add_global_response_interceptor(EndTurn())
    for group in GROUPS:
        for after in group.response_interceptors:
            builder.add_global_response_interceptor(after)
    builder.add_exception_handler(AnyFaultHandler())
    return builder.create()


def load_every_handler() -> None:
    """Import every handler now, not when a request it may take first comes: for a service
    that lives long (the web service), so that no one waits on a handler's first import."""
    for group in GROUPS:
        for handler in group.handlers:
            if isinstance(handler, Named):
                handler.handler()
        for interceptor in group.interceptors:
            if isinstance(interceptor, NamedInterceptor):
                interceptor.interceptor()


def make_skill(clock: Callable[[], datetime] | None = None) -> CustomSkill:
    """The skill wired as Lambda runs it, with the store the environment configures.

    `clock` is the time the skill goes by: the real time, unless a local device (whose
    hours can pass in seconds) gives its own.
    """
    services = Services(store=_LazyStore())
    return build_skill(services if clock is None else services._replace(clock=clock))


_serializer = DefaultSerializer()
_skill: CustomSkill | None = None


def spoken_to(request_type: object) -> bool:
    """Whether a person waits on the answer to a request of this type.

    A body too broken to name its type is answered as a person's request would be.
    """
    return not isinstance(request_type, str) or request_type in SPOKEN_TO


def fallback_answer(request_type: object, locale: object = None) -> dict[str, Any]:
    """A valid answer when the skill could not run at all.

    A short apology for a person; nothing for any request no person waits on.
    """
    if not spoken_to(request_type):
        return {"version": "1.0", "response": {}}
    return {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": speak(sentences([_sorry(locale)]))},
            "shouldEndSession": True,
        },
    }


def _sorry(locale: object) -> str:
    return words_for(locale if isinstance(locale, str) else None).common.SORRY


def _request_type(event: object) -> object:
    request = event.get("request") if isinstance(event, dict) else None
    return request.get("type") if isinstance(request, dict) else None


def _request_locale(event: object) -> object:
    request = event.get("request") if isinstance(event, dict) else None
    return request.get("locale") if isinstance(request, dict) else None


def use_skill(skill: CustomSkill) -> None:
    """Answer every request with `skill` from now on (a local device wired to its clock)."""
    global _skill  # noqa: PLW0603 - one skill per Lambda container, built on first use
    _skill = skill


def reset() -> None:
    """Forget the built skill, so the next request wires it from the environment again."""
    global _skill  # noqa: PLW0603 - one skill per Lambda container, built on first use
    _skill = None


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    global _skill  # noqa: PLW0603 - one skill per Lambda container, built on first use
    if _skill is None:
        _skill = make_skill()
    try:
        envelope = admit_event(event, os.environ.get("SKILL_ID"))
    except RefusedError as refused:
        log.warning("request turned away: %s", refused.reason)
        if refused.for_another_skill:
            # Not a person's request to this skill: answer nothing, do nothing.
            return {"version": "1.0", "response": {"shouldEndSession": True}}
        return fallback_answer(_request_type(event), _request_locale(event))
    try:
        response = _skill.invoke(request_envelope=envelope, context=context)
        answer = _serializer.serialize(response)
    except Exception as error:
        # The SDK failed before or after any handler (its exception handlers cover the rest).
        log.error("the skill could not answer: %s", type(error).__name__, exc_info=error)
        return fallback_answer(_request_type(event), _request_locale(event))
    if not isinstance(answer, dict):
        return fallback_answer(_request_type(event), _request_locale(event))
    return answer
