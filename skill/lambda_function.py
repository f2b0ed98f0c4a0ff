"""Where Alexa's requests enter: the skill's wiring, and nothing else.

AWS Lambda calls `lambda_handler`. The skill is built once per container, and the
store is opened on first use, not at import, so a cold start stays quick.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model.services import ApiClient

from skill.alexa.api_client import AlexaApiClient, repair_reminder_models
from skill.front_door import RefusedError, admit_event
from skill.handlers.hold.controls import (
    AfterHoldHandler,
    NoHoldHandler,
    PauseHoldHandler,
    ResumeHoldHandler,
    StartOverHoldHandler,
    StopHoldHandler,
)
from skill.handlers.hold.in_hold import InHoldAnswerHandler
from skill.handlers.hold.playback import (
    FailedHandler,
    FinishedHandler,
    NearlyFinishedHandler,
    OtherButtonHandler,
    PauseButtonHandler,
    PlayButtonHandler,
    QuietPlaybackEventHandler,
)
from skill.handlers.hold.spoken import SpokenHoldHandler
from skill.handlers.plumbing.catch_all import (
    AnyOtherRequestHandler,
    FallbackHandler,
    GoodbyeHandler,
    HelpHandler,
    SessionEndedHandler,
)
from skill.handlers.plumbing.errors import AnyFaultHandler
from skill.handlers.plumbing.requests_log import RequestLogger
from skill.handlers.plumbing.turn import SERVICES, Services
from skill.handlers.privacy.privacy import (
    ConfirmDeleteHandler,
    DeleteDataHandler,
    SkillDisabledHandler,
)
from skill.handlers.progress.pain import PainRatingHandler
from skill.handlers.progress.preferences import (
    CadenceHandler,
    SpeechRateHandler,
    UsualLengthHandler,
)
from skill.handlers.progress.progress import ProgressHandler
from skill.handlers.progress.rating_consent import (
    ForgetUnansweredQuestion,
    KeepRatingsAnswerHandler,
    KeepRatingsHandler,
    StopKeepingRatingsHandler,
)
from skill.handlers.questions.asked import HesitationHandler, OtherPainHandler, QuestionHandler
from skill.handlers.reminders.cancel import CancelOneReminderHandler, CancelRemindersHandler
from skill.handlers.reminders.listing import ListRemindersHandler
from skill.handlers.reminders.setting import PermissionAnswerHandler, SetReminderHandler
from skill.handlers.reminders.when import ForgetUnfinishedReminder
from skill.handlers.way.answers import NoHandler, NotTodayHandler, YesHandler
from skill.handlers.way.carry_on import CarryOnAnswerHandler
from skill.handlers.way.hold_length import (
    HoldLengthHandler,
    NamedLengthHandler,
    RecommendedLengthHandler,
    SameAsUsualHandler,
)
from skill.handlers.way.holder import HolderHandler
from skill.handlers.way.launch import BackPainHandler, LaunchHandler
from skill.handlers.way.locating import (
    FoundItHandler,
    NextHandler,
    PreviousHandler,
    RepeatHandler,
    StartOverHandler,
    WhereIsItHandler,
)
from skill.handlers.way.safety import SafetyInfoHandler
from skill.speech import english
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


class _ProvideServices(AbstractRequestInterceptor):
    def __init__(self, services: Services) -> None:
        self._services = services

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes[SERVICES] = self._services


def build_skill(services: Services, api_client: ApiClient | None = None) -> CustomSkill:
    """The skill, with its handlers in the order they are tried.

    `api_client` calls Alexa's own APIs (reminders, the device's time zone).
    """
    repair_reminder_models()
    builder = CustomSkillBuilder(api_client=api_client or AlexaApiClient())
    for handler in (
        # The device's reports while a hold plays, and its buttons.
        NearlyFinishedHandler(),
        FinishedHandler(),
        FailedHandler(),
        QuietPlaybackEventHandler(),
        PlayButtonHandler(),
        PauseButtonHandler(),
        OtherButtonHandler(),
        # What is said during a hold.
        SpokenHoldHandler(),
        CarryOnAnswerHandler(),
        PauseHoldHandler(),
        ResumeHoldHandler(),
        StopHoldHandler(),
        StartOverHoldHandler(),
        AfterHoldHandler(),
        InHoldAnswerHandler(),
        # Deleting what is kept about the person: when they ask, or disable the skill.
        SkillDisabledHandler(),
        DeleteDataHandler(),
        ConfirmDeleteHandler(),
        # Asides at any point: reminders, progress, pain ratings, preferences.
        PermissionAnswerHandler(),
        SetReminderHandler(),
        ListRemindersHandler(),
        CancelRemindersHandler(),
        CancelOneReminderHandler(),
        ProgressHandler(),
        KeepRatingsAnswerHandler(),
        PainRatingHandler(),
        KeepRatingsHandler(),
        StopKeepingRatingsHandler(),
        UsualLengthHandler(),
        CadenceHandler(),
        SpeechRateHandler(),
        # The conversation on the way to the point.
        LaunchHandler(),
        BackPainHandler(),
        SafetyInfoHandler(),
        HolderHandler(),
        YesHandler(),
        NoHandler(),
        NotTodayHandler(),
        QuestionHandler(),
        OtherPainHandler(),
        HesitationHandler(),
        NextHandler(),
        PreviousHandler(),
        RepeatHandler(),
        StartOverHandler(),
        FoundItHandler(),
        WhereIsItHandler(),
        HoldLengthHandler(),
        NamedLengthHandler(),
        SameAsUsualHandler(),
        RecommendedLengthHandler(),
        HelpHandler(),
        GoodbyeHandler(),
        NoHoldHandler(),
        SessionEndedHandler(),
        FallbackHandler(),  # any intent not handled above
        AnyOtherRequestHandler(),
    ):
        builder.add_request_handler(handler)
    builder.add_global_request_interceptor(_ProvideServices(services))
    builder.add_global_request_interceptor(RequestLogger())
    builder.add_global_request_interceptor(ForgetUnfinishedReminder())
    builder.add_global_request_interceptor(ForgetUnansweredQuestion())
    builder.add_exception_handler(AnyFaultHandler())
    return builder.create()


def make_skill(clock: Callable[[], datetime] | None = None) -> CustomSkill:
    """The skill wired as Lambda runs it, with the store the environment configures.

    `clock` is the time the skill goes by: the real time, unless a local device (whose
    hours can pass in seconds) gives its own.
    """
    services = Services(store=_LazyStore())
    return build_skill(services if clock is None else services._replace(clock=clock))


_serializer = DefaultSerializer()
_skill: CustomSkill | None = None


_DEVICE_EVENTS = ("AudioPlayer.", "PlaybackController.")


def fallback_answer(request_type: object) -> dict[str, Any]:
    """A valid answer when the skill could not run at all.

    A short apology for a person; nothing for a device's playback events, which may
    not be answered with speech.
    """
    if isinstance(request_type, str) and request_type.startswith(_DEVICE_EVENTS):
        return {"version": "1.0", "response": {}}
    return {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": speak(sentences([english.SORRY]))},
            "shouldEndSession": True,
        },
    }


def _request_type(event: object) -> object:
    request = event.get("request") if isinstance(event, dict) else None
    return request.get("type") if isinstance(request, dict) else None


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
        return fallback_answer(_request_type(event))
    try:
        response = _skill.invoke(request_envelope=envelope, context=context)
        answer = _serializer.serialize(response)
    except Exception as error:
        # The SDK failed before or after any handler (its exception handlers cover the rest).
        log.error("the skill could not answer: %s", type(error).__name__, exc_info=error)
        return fallback_answer(_request_type(event))
    if not isinstance(answer, dict):
        return fallback_answer(_request_type(event))
    return answer
