"""Moving the person along their journey and saying what comes next."""

from __future__ import annotations

from ask_sdk_model import Response

from skill.handlers.plumbing.turn import Turn
from skill.handlers.plumbing.waiting import waiting_question
from skill.handlers.reminders.offer import reminder_offer
from skill.routine import journey as routine
from skill.routine.journey import Journey, Pending, Stage

_SAFETY_CHECKS = (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND)


def continue_journey(turn: Turn, journey: Journey, *lead: str) -> Response:
    """Keep the journey and say what it calls for now (the safety check first, until passed).

    A question asked on the way (the safety check, a suggested length) is asked
    again until it is answered; then the stage's own question follows.
    """
    journey = routine.understood(journey)
    if journey.pending is None and journey.started and not turn.work.profile().heard_safety:
        journey = routine.ask(journey, Pending.SAFETY_FIRST)
    if journey.pending is None and journey.stage == Stage.HOLD and journey.minutes is not None:
        # The hold's machinery (its plan, ids, directives) loads when a hold begins: no
        # cold start pays for it before the way to the point is walked.
        from skill.handlers.hold.start import start_hold

        turn.keep_journey(journey)
        return start_hold(turn, journey.minutes, *lead)
    turn.keep_journey(journey)
    usual = turn.work.profile().usual
    prompt = turn.words.phrases.prompt(journey, usual)
    if journey.pending in _SAFETY_CHECKS:
        turn.reply.show_note(turn.words.checks.SAFETY_TITLE, prompt)
    elif journey.pending is None and journey.stage in (Stage.LOCATE, Stage.QUICK_LOCATE):
        turn.reply.show_point(turn.words.common.POINT_TITLE, prompt)
    return turn.reply.ask(*lead, prompt, reprompt=turn.words.phrases.reprompt(journey, usual))


def where_they_were(turn: Turn, *said: str) -> Response:
    """Say `said`, then ask briefly for what the journey was waiting for, without moving it."""
    journey = routine.understood(turn.journey())
    turn.keep_journey(journey)
    question = waiting_question(turn, journey)
    return turn.reply.ask(*said, question, reprompt=question)


def begin_routine(turn: Turn, journey: Journey, *lead: str) -> Response:
    """Start the way to the point: who presses it, then the steps."""
    return continue_journey(
        turn, routine.begin(journey, returning=turn.work.profile().practised), *lead
    )


def welcome(turn: Turn) -> Response:
    """The opening of a session: a first-time welcome, or the returning person's usual hold.

    After their first completed hold, a returning person is offered a reminder, once.
    """
    profile = turn.work.profile()
    phrases = turn.words.phrases
    usual = profile.usual
    offer = reminder_offer(turn) if not profile.is_new else None
    if not profile.is_new and usual:
        journey = routine.offer_usual(Journey())
        turn.keep_journey(journey)
        reprompt = phrases.reprompt(journey, usual)
        if offer:
            return turn.reply.ask(offer, phrases.prompt(journey, usual), reprompt=reprompt)
        return turn.reply.ask(
            phrases.welcome_back_usual(usual, turn.request.seed), reprompt=reprompt
        )
    journey = Journey()
    turn.keep_journey(journey)
    if offer:
        return turn.reply.ask(
            offer, phrases.prompt(journey, usual), reprompt=phrases.reprompt(journey, usual)
        )
    greeting = phrases.welcome_new() if profile.is_new else phrases.welcome_back(turn.request.seed)
    return turn.reply.ask(greeting, reprompt=phrases.reprompt(journey, usual))
