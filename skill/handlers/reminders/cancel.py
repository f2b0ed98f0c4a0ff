"""Cancelling reminders: all of them, one named by its time, and all of them with the data.

The Reminders API keeps reminders per Amazon account: a skill "can only modify, edit, and
delete reminders that the skill itself has created for that customer" (Alexa Reminders
Overview). So a recognised voice's reminders are the ones its own profile names; someone
Alexa does not recognise speaks for the account, as before voices were told apart, and
their reminders are every one the skill set on it.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import NamedTuple

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response
from ask_sdk_model.services.reminder_management import Reminder

from skill.alexa.errors import ReminderError, ReminderFault
from skill.handlers.plumbing import alexa_calls as service
from skill.handlers.plumbing.aside import carry_on
from skill.handlers.plumbing.turn import Turn, turn_of
from skill.routine.reminder_plan import ReminderPlan, named_by, named_loosely
from skill.speech.counted import counted
from skill.speech.reminder_answer import cancelled_these, none_at

# Time spent cancelling before answering with what is done so far.
CANCEL_SECONDS = 3.0


# What the person hears when Alexa's Reminders API could not do it.
def fault_words(turn: Turn, fault: ReminderFault) -> str:
    words = turn.words.reminders
    return {
        ReminderFault.BUSY: words.BUSY,
        ReminderFault.UNREACHABLE: words.UNREACHABLE,
        ReminderFault.NO_PERMISSION: words.STILL_DECLINED,
    }[fault]


def own_reminders(turn: Turn, reminders: Sequence[Reminder]) -> list[Reminder]:
    """The speaker's reminders among the skill's on the account."""
    if turn.request.voice is None:
        return list(reminders)
    mine = set(turn.work.profile().reminder_ids)
    return [reminder for reminder in reminders if str(reminder.alert_token) in mine]


def _own_tokens(turn: Turn) -> list[str]:
    return [str(r.alert_token) for r in own_reminders(turn, service.active_reminders(turn))]


def own_reminders_or_apology(turn: Turn) -> list[Reminder] | Response:
    """The speaker's reminders from the skill, or what to say when they cannot be listed."""
    try:
        return own_reminders(turn, service.active_reminders(turn))
    except ReminderError as error:
        if error.fault == ReminderFault.NO_PERMISSION:
            return carry_on(turn, turn.words.reminders.NOT_ALLOWED_TO_LIST)
        return carry_on(turn, fault_words(turn, error.fault))


class Cancelled(NamedTuple):
    gone: list[str]
    asked: int
    fault: ReminderFault | None = None
    cut_short: bool = False


def cancel(turn: Turn, alert_tokens: Sequence[str]) -> Cancelled:
    """Delete these reminders, stopping at a fault or when time runs short.

    Each call may take seconds; Alexa waits at most 8 for the whole answer. The profile
    forgets the ones that are gone.
    """
    gone: list[str] = []
    started = time.monotonic()
    result = Cancelled(gone, len(alert_tokens))
    for alert_token in alert_tokens:
        if gone and time.monotonic() - started > CANCEL_SECONDS:
            result = Cancelled(gone, len(alert_tokens), cut_short=True)
            break
        try:
            service.delete(turn, alert_token)
        except ReminderError as error:
            result = Cancelled(gone, len(alert_tokens), fault=error.fault)
            break
        gone.append(alert_token)
    kept = turn.work.profile().reminder_ids
    if gone and any(token in gone for token in kept):
        turn.work.remember(reminder_ids=[token for token in kept if token not in gone])
    return result


def _answer(turn: Turn, done: Cancelled, *, cancelled_words: str) -> Response:
    if done.cut_short:
        return carry_on(turn, turn.words.reminders.cancelled_some(len(done.gone), done.asked))
    if done.fault is None:
        return carry_on(turn, cancelled_words)
    if done.gone:
        return carry_on(turn, turn.words.reminders.partly_cancelled(len(done.gone), done.asked))
    return carry_on(turn, fault_words(turn, done.fault))


class CancelRemindersHandler(AbstractRequestHandler):
    """ "Cancel all my reminders": every reminder this skill set for the speaker."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("CancelRemindersIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        kept = list(turn.work.profile().reminder_ids)
        try:
            listed = _own_tokens(turn)
        except ReminderError as error:
            if error.fault == ReminderFault.NO_PERMISSION:
                return carry_on(turn, turn.words.reminders.NOT_ALLOWED_TO_LIST)
            # The ones the profile knows can still go.
            listed = []
        to_cancel = list(dict.fromkeys([*listed, *kept]))
        if not to_cancel:
            return carry_on(turn, turn.words.reminders.NOTHING_TO_CANCEL)
        done = cancel(turn, to_cancel)
        said = counted(turn.words.reminders.CANCELLED, len(done.gone))
        return _answer(turn, done, cancelled_words=said)


class CancelOneReminderHandler(AbstractRequestHandler):
    """ "Cancel my 7 pm reminder", "cancel my morning reminder": the ones at that time."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("CancelOneReminderIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        said = turn.request.slot("time")
        reminders = own_reminders_or_apology(turn)
        if not isinstance(reminders, list):
            return reminders
        zone = service.zone_or_utc(turn)
        plans: list[tuple[str, ReminderPlan]] = [
            (str(reminder.alert_token), plan)
            for reminder in reminders
            if (plan := service.plan_of(reminder, zone)) is not None
        ]
        chosen = [(token, plan) for token, plan in plans if named_by(plan, said)]
        if not chosen:
            chosen = [(token, plan) for token, plan in plans if named_loosely(plan, said)]
        now = turn.now().astimezone(zone)
        if not chosen:
            return carry_on(
                turn, none_at(turn.words.reminders, said, [plan for _, plan in plans], now)
            )
        done = cancel(turn, [token for token, _ in chosen])
        said_back = cancelled_these(turn.words.reminders, [plan for _, plan in chosen], now)
        return _answer(turn, done, cancelled_words=said_back)


def cancel_with_data(turn: Turn) -> str | None:
    """Cancel the speaker's reminders as their data is deleted; what to tell them, if anything.

    Called before the profile goes, while it still names a recognised voice's reminders.
    """
    kept = list(turn.work.profile().reminder_ids)
    if not kept and service.has_consent(turn) is False:
        return None  # never allowed: there are none to cancel
    try:
        listed = _own_tokens(turn)
    except ReminderError:
        # Only the ones the skill knows it set are worth a word.
        return turn.words.reminders.REMINDERS_LEFT if kept else None
    to_cancel = list(dict.fromkeys([*listed, *kept]))
    if not to_cancel:
        return None
    done = cancel(turn, to_cancel)
    if done.fault is None and not done.cut_short:
        return counted(turn.words.reminders.CANCELLED_WITH_DATA, len(done.gone))
    return turn.words.reminders.REMINDERS_LEFT
