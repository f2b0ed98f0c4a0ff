"""Reminders: set one when asked, list them, cancel them, and ask for permission by voice.

The person's own words ("remind me every day at 7 pm") are their consent to that one
reminder. Without permission to set reminders at all, Alexa asks for it
(`Connections.SendRequest`), and its answer arrives as a `Connections.Response`; what was
asked for waits in the session meanwhile. Someone who says no is not asked again in the
same session.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from ask_sdk_core.dispatch_components import AbstractRequestHandler, AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response
from ask_sdk_model.interfaces.connections import SendRequestDirective

from skill.alexa.errors import ReminderError, ReminderFault
from skill.handlers import alexa_calls as service
from skill.handlers.aside import carry_on
from skill.handlers.reminder_cancel import own_reminders
from skill.handlers.turn import Turn
from skill.routine.reminder_offer import offer_due, worth_offering
from skill.routine.reminder_plan import (
    PlanChoice,
    PlanProblem,
    ReminderPlan,
    Repeat,
    already_covered,
    clear_hour,
    on_the_clock,
    parse_day,
    plan_after,
    plan_at_peak,
    plan_daily,
    plan_once,
    with_part_of_day,
)
from skill.speech import english
from skill.speech import reminder_words as words

AT_PEAK = "reminder_at_peak"  # the pending reminder is the one for the peak of the effect
PENDING = "pending_reminder"  # waits for the answer to the permission prompt
DECLINED = "reminders_declined"
DRAFT = "reminder_draft"  # "remind me tomorrow": the day, while asking for the time
_PERMISSION_TOKEN = "reminder"  # noqa: S105 - names the request, not a secret
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
    if is_intent_name("RemindAtPeakIntent")(turn.handler_input):
        turn.keep_in_session(AT_PEAK, True)
    return turn.hand_over(_permission_request(), words.PERMISSION_LEAD)


def set_reminder(turn: Turn, plan: ReminderPlan, *, just_allowed: bool = False) -> Response:
    """Set `plan` and say when it rings; ask for permission first where it is missing."""
    if turn.kept_in_session(DECLINED):
        return carry_on(turn, words.STILL_DECLINED)
    if not just_allowed and service.has_consent(turn.handler_input) is False:
        return _ask_permission(turn, plan)
    try:
        zone = service.time_zone_name(turn)
        now = service.local_now(turn, zone)
        have = _already_have(turn, plan, zone)
        if have is not None:
            turn.remember(reminder_offered=True)
            return carry_on(turn, words.already_set(have, now))
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
    return carry_on(turn, words.reminder_set(plan, now, at_peak=_at_peak(turn)))


def _at_peak(turn: Turn) -> bool:
    asked = is_intent_name("RemindAtPeakIntent")(turn.handler_input)
    return bool(asked) or bool(turn.kept_in_session(AT_PEAK))


def _already_have(turn: Turn, plan: ReminderPlan, zone: str) -> ReminderPlan | None:
    """The speaker's reminder that already rings when `plan` would, if they have one.

    Asked of the API each time (GET /v1/alerts/reminders), since a reminder can be
    deleted in the Alexa app without the skill hearing of it.
    """
    reminders = own_reminders(turn, service.active_reminders(turn))
    tz = ZoneInfo(zone)
    for reminder in reminders:
        existing = service.plan_of(reminder, tz)
        if existing is not None and already_covered(plan, existing):
            return existing
    return None


def reminder_offer(turn: Turn) -> str | None:
    """The one-time offer of a reminder, when due (see routine.reminder_offer)."""
    profile = turn.profile
    if not offer_due(profile):
        return None
    turn.remember(reminder_offered=True)
    return words.OFFER if worth_offering(profile) else None


def _draft_day(turn: Turn) -> date | None:
    draft = turn.kept_in_session(DRAFT)
    return parse_day(draft.get("day")) if isinstance(draft, dict) else None


def _draft_is_daily(turn: Turn) -> bool:
    draft = turn.kept_in_session(DRAFT)
    return isinstance(draft, dict) and draft.get("repeat") == str(Repeat.DAILY)


def _said_time(turn: Turn) -> str | None:
    """The time said, as AMAZON.TIME would give it; an hour alone only where it is plain.

    "At 7" may be morning or evening: that is asked ("7 in the morning, or in the
    evening?"), with what was said so far kept in the session.
    """
    at = turn.slot("time")
    hour = _hour(turn.slot("hour"))
    draft = turn.kept_in_session(DRAFT)
    kept_hour = _hour(str(draft.get("hour"))) if isinstance(draft, dict) else None
    if kept_hour is not None and at in ("MO", "AF", "EV", "NI"):
        # "At night", answering "7 in the morning, or in the evening?": AMAZON.TIME's part.
        chosen = with_part_of_day(kept_hour, at != "MO")
        return chosen.strftime("%H:%M") if chosen else None
    if turn.intent_name == "PartOfDayIntent" and isinstance(draft, dict):
        hour = hour if hour is not None else _hour(str(draft.get("hour")))
        evening = _is_evening(turn)
        chosen = with_part_of_day(hour, evening) if hour is not None else None
        return chosen.strftime("%H:%M") if chosen else None
    if at or hour is None:
        return at
    plain = clear_hour(hour)
    if plain is None:
        raise _Unclear(hour)
    return plain.strftime("%H:%M")


# PART_OF_DAY's evening value and synonyms, for a client that sends the words unresolved.
_EVENING_WORDS = {"evening", "pm", "p m", "p.m.", "afternoon", "night", "tonight"}


def _is_evening(turn: Turn) -> bool:
    resolved = turn.slot_id("part")
    if resolved is not None:
        return resolved == "EVENING"
    return (turn.slot("part") or "").strip().lower() in _EVENING_WORDS


def _hour(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() and int(value) <= 23 else None


class _Unclear(Exception):  # noqa: N818
    """An hour said without am or pm that could be either."""

    def __init__(self, hour: int) -> None:
        super().__init__(hour)
        self.hour = hour


def _choose(turn: Turn) -> PlanChoice:
    intent = turn.intent_name
    if intent == "RemindAtPeakIntent":
        return _on_the_clock(turn, plan_at_peak())
    at = _said_time(turn)
    if intent == "RemindDailyIntent" or (_draft_is_daily(turn) and not turn.slot("day")):
        return plan_daily(at)
    if turn.slot("delay") and not at:
        choice = plan_after(turn.slot("delay"))
        return _on_the_clock(turn, choice.plan) if choice.plan else choice
    day = turn.slot("day")
    if not at and day is None and _draft_day(turn) is None:
        return PlanChoice(problem=PlanProblem.NO_TIME)
    # "Tomorrow" and "7 pm" are the person's own day and time: plan on their clock.
    zone = service.time_zone_name(turn)
    return plan_once(day, at, now=service.local_now(turn, zone), day_kept=_draft_day(turn))


def _on_the_clock(turn: Turn, plan: ReminderPlan) -> PlanChoice:
    """ "In a day and a half" set for the time it rings, as the person will hear it said."""
    zone = service.time_zone_name(turn)
    return PlanChoice(on_the_clock(plan, service.local_now(turn, zone)))


def _ask_am_or_pm(turn: Turn, hour: int) -> Response:
    daily = turn.intent_name == "RemindDailyIntent" or _draft_is_daily(turn)
    day = parse_day(turn.slot("day")) or _draft_day(turn)
    draft = {
        "repeat": str(Repeat.DAILY if daily else Repeat.ONCE),
        "day": day.isoformat() if day else None,
        "hour": hour,
    }
    turn.keep_in_session(DRAFT, draft)
    return turn.ask(words.ask_am_or_pm(hour), reprompt=words.ASK_AM_PM_REPROMPT)


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


_SET_REMINDER_INTENTS = (
    "RemindMeIntent",
    "RemindDailyIntent",
    "RemindAtPeakIntent",
    "PartOfDayIntent",  # "in the evening", answering "7 in the morning, or in the evening?"
)


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
        if turn.intent_name == "PartOfDayIntent" and not isinstance(
            turn.kept_in_session(DRAFT), dict
        ):
            # "In the evening" with no reminder being set: nothing to go on.
            return carry_on(turn, english.DIDNT_CATCH)
        try:
            choice = _choose(turn)
        except ReminderError as error:
            return carry_on(turn, _FAULT_WORDS[error.fault])
        except _Unclear as unclear:
            return _ask_am_or_pm(turn, unclear.hour)
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
            reminders = own_reminders(turn, service.active_reminders(turn))
        except ReminderError as error:
            if error.fault == ReminderFault.NO_PERMISSION:
                return carry_on(turn, words.NOT_ALLOWED_TO_LIST)
            return carry_on(turn, _FAULT_WORDS[error.fault])
        zone = service.zone_or_utc(turn)
        plans = [plan for plan in (service.plan_of(r, zone) for r in reminders) if plan]
        return carry_on(turn, words.listed(plans, turn.now().astimezone(zone)))
