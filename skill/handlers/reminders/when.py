"""When a reminder should ring, worked out from what the person said.

What is missing is asked for ("what time?", "7 in the morning, or in the evening?"),
with what was said so far kept in the session for one answer, no longer. A reminder
worked out from a wait that would ring at night comes with a daytime hour to offer
(skill.routine.reminder_hours); a time the person named is set as asked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing import alexa_calls as service
from skill.handlers.plumbing.turn import Turn
from skill.routine.reminder_days import Days, days_of
from skill.routine.reminder_hours import (
    AFTER_NOON_PARTS,
    PART_OF_DAY_TIMES,
    daytime_plan,
    hour_in_part,
)
from skill.routine.reminder_plan import (
    PlanChoice,
    PlanProblem,
    ReminderPlan,
    Repeat,
    clear_hour,
    on_the_clock,
    parse_day,
    plan_after,
    plan_at_peak,
    plan_daily,
    plan_once,
    with_part_of_day,
)
from skill.speech.reminder_answer import ask_daily_time

DRAFT = "reminder_draft"  # "remind me tomorrow": the day, while asking for the time
DAYTIME = "daytime"  # in the draft: the daytime reminder offered instead of one at night
ANSWERS = ("AMAZON.YesIntent", "AMAZON.NoIntent", "OkayIntent")  # to the daytime offer
NOT_UNDERSTOOD = "AMAZON.FallbackIntent"
SETTING_INTENTS = (
    "RemindMeIntent",
    "RemindDailyIntent",
    "RemindAtPeakIntent",
    "PartOfDayIntent",  # "in the evening", answering "7 in the morning, or in the evening?"
)


def _draft_day(turn: Turn) -> date | None:
    draft = turn.session.get(DRAFT)
    return parse_day(draft.get("day")) if isinstance(draft, dict) else None


def _draft_is_daily(turn: Turn) -> bool:
    draft = turn.session.get(DRAFT)
    return isinstance(draft, dict) and draft.get("repeat") == str(Repeat.DAILY)


def _draft_value(turn: Turn, name: str) -> object:
    draft = turn.session.get(DRAFT)
    return draft.get(name) if isinstance(draft, dict) else None


def _slot_id(turn: Turn, name: str, heard: Callable[[str], str | None]) -> str | None:
    """A custom slot's value id; for words sent unresolved, the value they name in the
    person's language (`heard`: "werktags" -> WEEKDAYS), if any."""
    resolved = turn.request.slot_id(name)
    said = turn.request.slot(name)
    return resolved or (heard(said) if said else None)


def _part_said(turn: Turn) -> str | None:
    """PART_OF_DAY's id for the part of the day said ("abends", "por la tarde")."""
    return _slot_id(turn, "part", turn.words.heard.part_of_day)


def _part(turn: Turn) -> str | None:
    """ "Every evening": PART_OF_DAY's id, on a daily reminder."""
    if turn.request.intent_name != "RemindDailyIntent":
        return None
    part = _part_said(turn)
    return part if part in PART_OF_DAY_TIMES else None


def _days(turn: Turn) -> Days | None:
    """The days a daily reminder rings on: said, kept from the question before, or every
    day; None for days said that are none of the DAYS values."""
    if turn.request.slot("days"):
        return days_of(_slot_id(turn, "days", turn.words.heard.days_named))
    kept = _draft_value(turn, "days")
    return days_of(kept if isinstance(kept, str) else None) or Days.EVERY_DAY


def _said_time(turn: Turn) -> str | None:
    """The time said, as AMAZON.TIME would give it; an hour alone only where it is plain.

    "At 7" may be morning or evening: that is asked ("7 in the morning, or in the
    evening?"), with what was said so far kept in the session.
    """
    at = turn.request.slot("time")
    hour = _hour(turn.request.slot("hour"))
    draft = turn.session.get(DRAFT)
    kept_hour = _hour(str(draft.get("hour"))) if isinstance(draft, dict) else None
    if kept_hour is not None and at in ("MO", "AF", "EV", "NI"):
        # "At night", answering "7 in the morning, or in the evening?": AMAZON.TIME's part.
        chosen = with_part_of_day(kept_hour, at != "MO")
        return chosen.strftime("%H:%M") if chosen else None
    if turn.request.intent_name == "PartOfDayIntent" and isinstance(draft, dict):
        hour = hour if hour is not None else _hour(str(draft.get("hour")))
        evening = _is_evening(turn)
        chosen = with_part_of_day(hour, evening) if hour is not None else None
        return chosen.strftime("%H:%M") if chosen else None
    part = _part(turn)
    if part is not None and not at:
        # "Every evening at 8", or "every morning" alone: that part of the day's own time.
        chosen = hour_in_part(hour, part) if hour is not None else PART_OF_DAY_TIMES[part]
        return chosen.strftime("%H:%M") if chosen else None
    if at or hour is None:
        return at
    plain = clear_hour(hour)
    if plain is None:
        raise Unclear(hour)
    return plain.strftime("%H:%M")


def _is_evening(turn: Turn) -> bool:
    return _part_said(turn) in AFTER_NOON_PARTS


def _hour(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() and int(value) <= 23 else None


class Unclear(Exception):  # noqa: N818
    """An hour said without am or pm that could be either."""

    def __init__(self, hour: int) -> None:
        super().__init__(hour)
        self.hour = hour


def choose(turn: Turn) -> PlanChoice:
    intent = turn.request.intent_name
    if intent == "RemindAtPeakIntent":
        return _on_the_clock(turn, plan_at_peak())
    at = _said_time(turn)
    if intent == "RemindDailyIntent" or (_draft_is_daily(turn) and not turn.request.slot("day")):
        days = _days(turn)
        return plan_daily(at, days) if days else PlanChoice(problem=PlanProblem.UNCLEAR)
    if turn.request.slot("delay") and not at:
        choice = plan_after(turn.request.slot("delay"))
        return _on_the_clock(turn, choice.plan) if choice.plan else choice
    day = turn.request.slot("day")
    if not at and day is None and _draft_day(turn) is None:
        return PlanChoice(problem=PlanProblem.NO_TIME)
    # "Tomorrow" and "7 pm" are the person's own day and time: plan on their clock.
    zone = service.time_zone_name(turn)
    choice = plan_once(day, at, now=service.local_now(turn, zone), day_kept=_draft_day(turn))
    if choice.plan is not None and _draft_value(turn, "at_peak") is True:
        # A time of their own for the reminder at the peak, after no to the daytime hour.
        return choice._replace(plan=choice.plan._replace(at_peak=True))
    return choice


def _on_the_clock(turn: Turn, plan: ReminderPlan) -> PlanChoice:
    """ "In a day and a half" set for the time it rings, as the person will hear it said;
    with a daytime hour to offer when that is at night."""
    zone = service.time_zone_name(turn)
    now = service.local_now(turn, zone)
    rings = on_the_clock(plan, now)
    return PlanChoice(rings, daytime=daytime_plan(rings, now))


def ask_am_or_pm(turn: Turn, hour: int) -> Response:
    daily = turn.request.intent_name == "RemindDailyIntent" or _draft_is_daily(turn)
    day = parse_day(turn.request.slot("day")) or _draft_day(turn)
    days = _days(turn) if daily else None
    draft = {
        "repeat": str(Repeat.DAILY if daily else Repeat.ONCE),
        "day": day.isoformat() if day else None,
        "hour": hour,
        "days": str(days) if days else None,
        "at_peak": _draft_value(turn, "at_peak") is True,
    }
    turn.session.put(DRAFT, draft)
    return turn.reply.ask(
        turn.words.reminders.ask_am_or_pm(hour), reprompt=turn.words.reminders.ASK_AM_PM_REPROMPT
    )


def ask_when(turn: Turn, choice: PlanChoice) -> Response:
    """Ask for the time still missing, keeping what was said so far."""
    daily = turn.request.intent_name == "RemindDailyIntent" or _draft_is_daily(turn)
    days = (_days(turn) or Days.EVERY_DAY) if daily else None
    draft = {
        "repeat": str(Repeat.DAILY if daily else Repeat.ONCE),
        "day": choice.day.isoformat() if choice.day else None,
        "days": str(days) if days else None,
        "at_peak": _draft_value(turn, "at_peak") is True,
    }
    turn.session.put(DRAFT, draft)
    if days is not None:
        question = ask_daily_time(turn.words.reminders, days)
    elif choice.day is not None:
        zone = service.zone_or_utc(turn)
        question = turn.words.reminders.ask_time_on(choice.day, turn.now().astimezone(zone).date())
    else:
        question = turn.words.reminders.ASK_WHEN
    return turn.reply.ask(question, reprompt=turn.words.reminders.ASK_WHEN_REPROMPT)


def offer_daytime(turn: Turn, plan: ReminderPlan, daytime: ReminderPlan) -> Response:
    """ "That would be 2:30 at night. Shall I remind you on Wednesday at 9 in the morning
    instead?": the answer is heard by skill.handlers.reminders.daytime."""
    draft = {
        "repeat": str(Repeat.ONCE),
        "day": daytime.day.isoformat() if daytime.day else None,
        "at_peak": plan.at_peak,
        DAYTIME: daytime.to_attributes(),
    }
    turn.session.put(DRAFT, draft)
    today = service.local_now(turn, service.time_zone_name(turn)).date()
    rings = datetime.combine(plan.day or today, plan.at or datetime.min.time())
    instead = datetime.combine(daytime.day or today, daytime.at or datetime.min.time())
    return turn.reply.ask(
        turn.words.reminders.daytime_offer(rings, instead, today),
        reprompt=turn.words.reminders.DAYTIME_REPROMPT,
    )


def am_or_pm_asked(handler_input: HandlerInput) -> bool:
    """ "8 in the morning, or in the evening?" waits for its answer."""
    session = handler_input.request_envelope.session
    draft = (session.attributes or {}).get(DRAFT) if session is not None else None
    return isinstance(draft, dict) and type(draft.get("hour")) is int


def daytime_offered(handler_input: HandlerInput) -> bool:
    session = handler_input.request_envelope.session
    draft = (session.attributes or {}).get(DRAFT) if session is not None else None
    return isinstance(draft, dict) and DAYTIME in draft


class ForgetUnfinishedReminder(AbstractRequestInterceptor):
    """A half-said reminder ("every day…" "what time?") lasts one answer, no longer.

    Otherwise a later "remind me at 8 pm" would come out daily after the person moved on.
    """

    def process(self, handler_input: HandlerInput) -> None:
        if handler_input.request_envelope.session is None:
            return  # device events carry no session
        kept = handler_input.attributes_manager.session_attributes
        setting = any(is_intent_name(name)(handler_input) for name in SETTING_INTENTS)
        answers: tuple[str, ...] = ANSWERS if daytime_offered(handler_input) else ()
        if am_or_pm_asked(handler_input):
            answers = (*ANSWERS, NOT_UNDERSTOOD)  # none answers it: it is asked again
        answering = any(is_intent_name(name)(handler_input) for name in answers)
        if kept and DRAFT in kept and not (setting or answering):
            kept.pop(DRAFT)
