"""Yes or no to a reminder offered at a daytime hour instead of at night; and to "8 in the
morning, or in the evening?", which neither answers.

Yes sets the daytime reminder. No asks what time would suit them on that day, keeping
the day (and, for the reminder at the peak of the effect, what it is for); whatever
time they then name is theirs, at night too.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing import alexa_calls as service
from skill.handlers.plumbing.turn import turn_of
from skill.handlers.reminders.setting import set_reminder
from skill.handlers.reminders.when import (
    ANSWERS,
    DAYTIME,
    DRAFT,
    NOT_UNDERSTOOD,
    am_or_pm_asked,
    daytime_offered,
)
from skill.routine.reminder_plan import ReminderPlan


class DaytimeAnswerHandler(AbstractRequestHandler):
    """ "Shall I remind you on Wednesday at 9 in the morning instead?": yes, or no."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        answering = any(is_intent_name(name)(handler_input) for name in ANSWERS)
        return answering and daytime_offered(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        draft = dict(turn.session.get(DRAFT))
        daytime = ReminderPlan.from_attributes(draft.pop(DAYTIME, None))
        if daytime is None or daytime.day is None:
            turn.session.pop(DRAFT)
            return turn.reply.ask(
                turn.words.reminders.ASK_WHEN, reprompt=turn.words.reminders.ASK_WHEN_REPROMPT
            )
        if turn.request.is_intent("AMAZON.NoIntent"):
            turn.session.put(DRAFT, draft)
            today = service.local_now(turn, service.time_zone_name(turn)).date()
            return turn.reply.ask(
                turn.words.reminders.ask_own_time(daytime.day, today),
                reprompt=turn.words.reminders.ASK_WHEN_REPROMPT,
            )
        turn.session.pop(DRAFT)
        return set_reminder(turn, daytime)


class AmOrPmUnclearHandler(AbstractRequestHandler):
    """ "8 in the morning, or in the evening?" answered with yes, no, okay or something not
    understood: asked again, then in fewer words, then with a way out in other words each
    time; the reminder waits."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        unclear = any(is_intent_name(name)(handler_input) for name in (*ANSWERS, NOT_UNDERSTOOD))
        return unclear and am_or_pm_asked(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        # Counted in the draft, not the journey: a reminder asked for on its own leaves no
        # routine behind to offer once it is set.
        turn = turn_of(handler_input)
        draft = dict(turn.session.get(DRAFT))
        before = draft.get("misses")
        misses = (before if isinstance(before, int) else 0) + 1
        turn.session.put(DRAFT, {**draft, "misses": misses})
        words = turn.words.reminders
        if misses >= 3:
            said = turn.words.fallback.still_missed(misses)
        else:
            said = words.ask_am_or_pm(draft["hour"]) if misses == 1 else words.ASK_AM_PM_REPROMPT
        return turn.reply.ask(said, reprompt=words.ASK_AM_PM_REPROMPT)
