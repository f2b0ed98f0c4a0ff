"""Setting a reminder when asked, and asking for permission by voice.

The person's own words ("remind me every day at 7 pm") are their consent to that one
reminder. Without permission to set reminders at all, Alexa asks for it
(`Connections.SendRequest`), and its answer arrives as a `Connections.Response`; what was
asked for waits in the session meanwhile, and in the profile too (the turn's one write):
nothing in "Set Up Voice Permissions for Reminders" promises the answer comes back in the
same session, and "they can grant permission later by using the Alexa app" ("Use
Voice-Forward Consent"), so an answer in a new session still finds the time the person
already gave. Someone who says no is not asked again in the same session. When the
reminder rings is worked out in skill.handlers.reminders.when.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.alexa.errors import ReminderError, ReminderFault
from skill.handlers.plumbing import alexa_calls as service
from skill.handlers.plumbing.aside import carry_on
from skill.handlers.plumbing.turn import Turn, turn_of
from skill.handlers.reminders.cancel import fault_words, own_reminders
from skill.handlers.reminders.when import (
    DRAFT,
    SETTING_INTENTS,
    Unclear,
    ask_am_or_pm,
    ask_when,
    choose,
    offer_daytime,
)
from skill.routine.reminder_plan import PlanProblem, ReminderPlan, already_covered
from skill.speech.reminder_answer import already_set, reminder_set

if TYPE_CHECKING:
    from ask_sdk_model.interfaces.connections import SendRequestDirective

PENDING = "pending_reminder"  # waits for the answer to the permission prompt
DECLINED = "reminders_declined"
_PERMISSION_TOKEN = "reminder"  # noqa: S105 - names the request, not a secret


def _permission_request() -> SendRequestDirective:
    # Loaded when first asked for: most requests never need the Connections models.
    from ask_sdk_model.interfaces.connections import SendRequestDirective

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
    turn.session.put(PENDING, plan.to_attributes())
    # Kept where a new session finds it too: the profile's one write this turn.
    extras = turn.work.profile().extras
    turn.work.remember(extras={**extras, PENDING: json.dumps(plan.to_attributes())})
    return turn.reply.hand_over(_permission_request(), turn.words.reminders.PERMISSION_LEAD)


def pending_plan(turn: Turn) -> ReminderPlan | None:
    """What waits for the permission: from the session, or the profile in a new session."""
    kept = turn.session.get(PENDING)
    if kept is None:
        try:
            kept = json.loads(turn.work.profile().extras.get(PENDING, "null"))
        except ValueError:
            kept = None
    return ReminderPlan.from_attributes(kept)


def drop_pending(turn: Turn) -> None:
    """Nothing waits for the permission any more."""
    turn.session.pop(PENDING)
    extras = turn.work.profile().extras
    if PENDING in extras:
        turn.work.remember(extras={k: v for k, v in extras.items() if k != PENDING})


def set_reminder(turn: Turn, plan: ReminderPlan, *, just_allowed: bool = False) -> Response:
    """Set `plan` and say when it rings; ask for permission first where it is missing."""
    if turn.session.get(DECLINED):
        return carry_on(turn, turn.words.reminders.STILL_DECLINED)
    if not just_allowed and service.has_consent(turn) is False:
        return _ask_permission(turn, plan)
    try:
        zone = service.time_zone_name(turn)
        now = service.local_now(turn, zone)
        have = _already_have(turn, plan, zone)
        if have is not None:
            turn.work.remember(reminder_offered=True)
            return carry_on(turn, already_set(turn.words.reminders, have, now))
        alert_token = service.create(turn, plan, zone)
    except ReminderError as error:
        if error.fault != ReminderFault.NO_PERMISSION:
            return carry_on(turn, fault_words(turn, error.fault))
        if just_allowed:
            # Allowed a moment ago, yet refused: asking again would go round in circles.
            return carry_on(turn, turn.words.reminders.UNREACHABLE)
        return _ask_permission(turn, plan)
    profile = turn.work.profile()
    turn.work.remember(reminder_ids=[*profile.reminder_ids, alert_token], reminder_offered=True)
    return carry_on(turn, reminder_set(turn.words.reminders, plan, now))


def _already_have(turn: Turn, plan: ReminderPlan, zone: str) -> ReminderPlan | None:
    """The speaker's reminder that already rings when `plan` would, if they have one.

    Asked of the API each time (GET /v1/alerts/reminders), since a reminder can be
    deleted in the Alexa app without the skill hearing of it.
    """
    reminders = own_reminders(turn, service.active_reminders(turn))
    tz = service.zone(zone)
    for reminder in reminders:
        existing = service.plan_of(reminder, tz)
        if existing is not None and already_covered(plan, existing):
            return existing
    return None


class SetReminderHandler(AbstractRequestHandler):
    """ "Remind me tomorrow at 7 pm", "every day at 8 am", "in a day and a half"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in SETTING_INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        if turn.request.intent_name == "PartOfDayIntent" and not isinstance(
            turn.session.get(DRAFT), dict
        ):
            # "In the evening" with no reminder being set: nothing to go on.
            return carry_on(turn, turn.words.common.DIDNT_CATCH)
        try:
            choice = choose(turn)
        except ReminderError as error:
            return carry_on(turn, fault_words(turn, error.fault))
        except Unclear as unclear:
            return ask_am_or_pm(turn, unclear.hour)
        if choice.problem == PlanProblem.NO_TIME:
            return ask_when(turn, choice)
        if choice.plan is None:
            problem = turn.words.reminders.PROBLEMS[choice.problem or PlanProblem.UNCLEAR]
            return turn.reply.ask(
                problem,
                turn.words.reminders.ASK_WHEN_REPROMPT,
                reprompt=turn.words.reminders.ASK_WHEN_REPROMPT,
            )
        if choice.daytime is not None:
            return offer_daytime(turn, choice.plan, choice.daytime)
        turn.session.pop(DRAFT)
        return set_reminder(turn, choice.plan)


class PermissionAnswerHandler(AbstractRequestHandler):
    """Alexa's report of what the person said to the permission prompt."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        return bool(is_request_type("Connections.Response")(handler_input)) and (
            getattr(request, "name", None) == "AskFor"
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        request = handler_input.request_envelope.request
        payload = getattr(request, "payload", None) or {}
        plan = pending_plan(turn)
        drop_pending(turn)
        answer = payload.get("status")
        if answer == "ACCEPTED":
            if plan is None:
                return turn.reply.ask(
                    turn.words.reminders.ASK_WHEN, reprompt=turn.words.reminders.ASK_WHEN_REPROMPT
                )
            return set_reminder(turn, plan, just_allowed=True)
        if answer == "DENIED":
            turn.session.put(DECLINED, True)
            return carry_on(turn, turn.words.reminders.DECLINED)
        return carry_on(turn, turn.words.reminders.NOT_ANSWERED)
