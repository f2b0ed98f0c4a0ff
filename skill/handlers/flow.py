"""Moving the person along their journey and saying what comes next."""

from __future__ import annotations

from ask_sdk_model import Response

from skill.handlers.hold import start_hold
from skill.handlers.reminders import reminder_offer
from skill.handlers.turn import Turn
from skill.routine import journey as routine
from skill.routine.journey import Journey, Stage
from skill.speech.english import SAFETY_NOTE


def continue_journey(turn: Turn, journey: Journey, *lead: str) -> Response:
    """Keep the journey and say what it calls for now (the safety note first, once)."""
    if journey.started and not turn.profile.heard_safety:
        lead = (*lead, SAFETY_NOTE)
        turn.remember(heard_safety=True)
    if journey.stage == Stage.HOLD and journey.minutes is not None:
        turn.journey = journey
        return start_hold(turn, journey.minutes, *lead)
    turn.journey = journey
    usual = turn.profile.usual_minutes
    prompt = turn.phrases.prompt(journey, usual)
    if journey.stage in (Stage.LOCATE, Stage.QUICK_LOCATE):
        turn.show_point(prompt)
    return turn.ask(*lead, prompt, reprompt=turn.phrases.reprompt(journey, usual))


def begin_routine(turn: Turn, journey: Journey, *lead: str) -> Response:
    """Start the way to the point: who presses it, then the steps."""
    return continue_journey(turn, routine.begin(journey, returning=turn.practised), *lead)


def welcome(turn: Turn) -> Response:
    """The opening of a session: a first-time welcome, or the returning person's usual hold.

    After their first completed hold, a returning person is offered a reminder, once.
    """
    usual = turn.profile.usual_minutes
    offer = reminder_offer(turn) if turn.returning else None
    if turn.returning and usual:
        journey = routine.offer_usual(Journey())
        turn.journey = journey
        reprompt = turn.phrases.reprompt(journey, usual)
        if offer:
            return turn.ask(offer, turn.phrases.prompt(journey, usual), reprompt=reprompt)
        return turn.ask(turn.phrases.welcome_back_usual(usual, turn.seed), reprompt=reprompt)
    journey = Journey()
    turn.journey = journey
    if offer:
        return turn.ask(
            offer,
            turn.phrases.prompt(journey, usual),
            reprompt=turn.phrases.reprompt(journey, usual),
        )
    greeting = (
        turn.phrases.welcome_back(turn.seed) if turn.returning else turn.phrases.welcome_new()
    )
    return turn.ask(greeting, reprompt=turn.phrases.reprompt(journey, usual))
