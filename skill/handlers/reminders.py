"""Reminders: set one when asked, list them, cancel them, and ask for permission by voice.

The person's own words ("remind me every day at 7 pm") are their consent to that one
reminder. Without permission to set reminders at all, Alexa asks for it
(`Connections.SendRequest`), and its answer arrives as a `Connections.Response`; what was
asked for waits in the session meanwhile. Someone who says no is not asked again in the
same session.
"""

from __future__ import annotations

import time
from datetime import date

from ask_sdk_core.dispatch_components import AbstractRequestHandler, AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response
from ask_sdk_model.interfaces.connections import SendRequestDirective

from skill.handlers import reminder_service as service
from skill.handlers.aside import carry_on
from skill.handlers.reminder_service import ReminderError, ReminderFault
from skill.handlers.turn import Turn
from skill.routine.reminder_plan import (
    PlanChoice,
    PlanProblem,
    ReminderPlan,
    Repeat,
    parse_day,
    plan_after,
    plan_at_peak,
    plan_daily,
    plan_once,
)
from skill.speech import reminder_words as words

PENDING = "pending_reminder"  # waits for the answer to the permission prompt
DECLINED = "reminders_declined"
DRAFT = "reminder_draft"  # "remind me tomorrow": the day, while asking for the time
_PERMISSION_TOKEN = "reminder"
_FAULT_WORDS = {
    ReminderFault.BUSY: words.BUSY,
    ReminderFault.UNREACHABLE: words.UNREACHABLE,
    ReminderFault.NO_PERMISSION: words.STILL_DECLINED,
}


def _permission_request() -> SendRequestDirective:
    return SendRequestDirective(
        name="AskFor",
        payload={
            "@type": "AskForPermissionsConsentRequest",
            "@version": "2",
            "permissionScopes": [
                {"permissionScope": service.REMINDERS_SCOPE, "consentLevel": "ACCOUNT"}
            ],
        },
        token=_PERMISSION_TOKEN,
    )


def _ask_permission(turn: Turn, plan: ReminderPlan) -> Response:
    turn.keep_in_session(PENDING, plan.to_attributes())
    return turn.hand_over(_permission_request(), words.PERMISSION_LEAD)


def set_reminder(turn: Turn, plan: ReminderPlan, *, just_allowed: bool = False) -> Response:
    """Set `plan` and say when it rings; ask for permission first where it is missing."""
    if turn.kept_in_session(DECLINED):
        return carry_on(turn, words.STILL_DECLINED)
    if not just_allowed and service.has_consent(turn.handler_input) is False:
        return _ask_permission(turn, plan)
    try:
        zone = service.time_zone_name(turn)
        alert_token = service.create(turn, plan, zone)
    except ReminderError as error:
        if error.fault != ReminderFault.NO_PERMISSION:
            return carry_on(turn, _FAULT_WORDS[error.fault])
        if just_allowed:
            # Allowed a moment ago, yet refused: asking again would go round in circles.
            return carry_on(turn, words.UNREACHABLE)
        return _ask_permission(turn, plan)
    profile = turn.profile
    turn.remember(reminder_ids=[*profile.reminder_ids, alert_token], reminder_offered=True)
    return carry_on(turn, words.reminder_set(plan, service.local_now(turn, zone)))


def reminder_offer(turn: Turn) -> str | None:
    """The one-time offer of a reminder, due after the person's first completed hold."""
    profile = turn.profile
    if profile.reminder_offered or profile.holds_completed < 1:
        return None
    turn.remember(reminder_offered=True)
    return None if profile.reminder_ids else words.OFFER


def _draft_day(turn: Turn) -> date | None:
    draft = turn.kept_in_session(DRAFT)
    return parse_day(draft.get("day")) if isinstance(draft, dict) else None


def _draft_is_daily(turn: Turn) -> bool:
    draft = turn.kept_in_session(DRAFT)
    return isinstance(draft, dict) and draft.get("repeat") == str(Repeat.DAILY)


def _choose(turn: Turn) -> PlanChoice:
    intent = turn.intent_name
    if intent == "RemindAtPeakIntent":
        return PlanChoice(plan_at_peak())
    if intent == "RemindDailyIntent" or (_draft_is_daily(turn) and not turn.slot("day")):
        return plan_daily(turn.slot("time"))
    if turn.slot("delay") and not turn.slot("time"):
        return plan_after(turn.slot("delay"))
    day, at = turn.slot("day"), turn.slot("time")
    if not at and day is None and _draft_day(turn) is None:
        return PlanChoice(problem=PlanProblem.NO_TIME)
    # "Tomorrow" and "7 pm" are the person's own day and time: plan on their clock.
    zone = service.time_zone_name(turn)
    return plan_once(day, at, now=service.local_now(turn, zone), day_kept=_draft_day(turn))


def _ask_when(turn: Turn, choice: PlanChoice) -> Response:
    """Ask for the time still missing, keeping what was said so far."""
    daily = turn.intent_name == "RemindDailyIntent" or _draft_is_daily(turn)
    draft = {
        "repeat": str(Repeat.DAILY if daily else Repeat.ONCE),
        "day": choice.day.isoformat() if choice.day else None,
    }
    turn.keep_in_session(DRAFT, draft)
    if daily:
        question = words.ASK_DAILY_TIME
    elif choice.day is not None:
        zone = service.zone_or_utc(turn)
        question = words.ask_time_on(choice.day, turn.now().astimezone(zone).date())
    else:
        question = words.ASK_WHEN
    return turn.ask(question, reprompt=words.ASK_WHEN_REPROMPT)


# Time spent cancelling before answering with what is done so far.
CANCEL_SECONDS = 3.0
_SET_REMINDER_INTENTS = ("RemindMeIntent", "RemindDailyIntent", "RemindAtPeakIntent")


class ForgetUnfinishedReminder(AbstractRequestInterceptor):
    """A half-said reminder ("every day…" "what time?") lasts one answer, no longer.

    Otherwise a later "remind me at 8 pm" would come out daily after the person moved on.
    """

    def process(self, handler_input: HandlerInput) -> None:
        if handler_input.request_envelope.session is None:
            return  # device events carry no session
        kept = handler_input.attributes_manager.session_attributes
        setting = any(is_intent_name(name)(handler_input) for name in _SET_REMINDER_INTENTS)
        if kept and DRAFT in kept and not setting:
            kept.pop(DRAFT)


class SetReminderHandler(AbstractRequestHandler):
    """ "Remind me tomorrow at 7 pm", "every day at 8 am", "in a day and a half"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in _SET_REMINDER_INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        try:
            choice = _choose(turn)
        except ReminderError as error:
            return carry_on(turn, _FAULT_WORDS[error.fault])
        if choice.problem == PlanProblem.NO_TIME:
            return _ask_when(turn, choice)
        if choice.plan is None:
            problem = words.problem(choice.problem or PlanProblem.UNCLEAR)
            return turn.ask(problem, words.ASK_WHEN_REPROMPT, reprompt=words.ASK_WHEN_REPROMPT)
        turn.forget_in_session(DRAFT)
        return set_reminder(turn, choice.plan)


class PermissionAnswerHandler(AbstractRequestHandler):
    """Alexa's report of what the person said to the permission prompt."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        return bool(is_request_type("Connections.Response")(handler_input)) and (
            getattr(request, "name", None) == "AskFor"
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        request = handler_input.request_envelope.request
        payload = getattr(request, "payload", None) or {}
        plan = ReminderPlan.from_attributes(turn.kept_in_session(PENDING))
        turn.forget_in_session(PENDING)
        answer = payload.get("status")
        if answer == "ACCEPTED":
            if plan is None:
                return turn.ask(words.ASK_WHEN, reprompt=words.ASK_WHEN_REPROMPT)
            return set_reminder(turn, plan, just_allowed=True)
        if answer == "DENIED":
            turn.keep_in_session(DECLINED, True)
            return carry_on(turn, words.DECLINED)
        return carry_on(turn, words.NOT_ANSWERED)


class ListRemindersHandler(AbstractRequestHandler):
    """ "What reminders do I have?"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ListRemindersIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        if service.has_consent(handler_input) is False:
            return carry_on(turn, words.NOT_ALLOWED_TO_LIST)
        try:
            reminders = service.active_reminders(turn)
        except ReminderError as error:
            if error.fault == ReminderFault.NO_PERMISSION:
                return carry_on(turn, words.NOT_ALLOWED_TO_LIST)
            return carry_on(turn, _FAULT_WORDS[error.fault])
        zone = service.zone_or_utc(turn)
        plans = [plan for plan in (service.plan_of(r, zone) for r in reminders) if plan]
        return carry_on(turn, words.listed(plans, turn.now().astimezone(zone)))


class CancelRemindersHandler(AbstractRequestHandler):
    """ "Cancel my reminders": every reminder this skill set for the person."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("CancelRemindersIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        kept = list(turn.profile.reminder_ids)
        try:
            listed = [str(r.alert_token) for r in service.active_reminders(turn)]
        except ReminderError as error:
            if error.fault == ReminderFault.NO_PERMISSION:
                return carry_on(turn, words.NOT_ALLOWED_TO_LIST)
            # The ones the profile knows can still go.
            listed = []
        to_cancel = list(dict.fromkeys([*listed, *kept]))
        if not to_cancel:
            return carry_on(turn, words.NOTHING_TO_CANCEL)
        gone: list[str] = []
        fault: ReminderFault | None = None
        started = time.monotonic()
        for alert_token in to_cancel:
            # Each call may take seconds; Alexa waits at most 8 for the whole answer.
            if gone and time.monotonic() - started > CANCEL_SECONDS:
                turn.remember(reminder_ids=[token for token in kept if token not in gone])
                return carry_on(turn, words.cancelled_some(len(gone), len(to_cancel)))
            try:
                service.delete(turn, alert_token)
            except ReminderError as error:
                fault = error.fault
                break
            gone.append(alert_token)
        if kept:
            turn.remember(reminder_ids=[token for token in kept if token not in gone])
        if fault is None:
            return carry_on(turn, words.cancelled(len(gone)))
        if gone:
            return carry_on(turn, words.partly_cancelled(len(gone), len(to_cancel)))
        return carry_on(turn, _FAULT_WORDS[fault])
