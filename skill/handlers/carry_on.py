"""Opening the skill with a hold under way: carry on, or start again.

"Alexa, open acupressure helper" after pausing (or "Alexa, stop", which a device sends
as a pause) comes with the device's report of the hold. The time held so far is kept
first (one write, no read); yes carries on from the device's offset, no goes to the
routine, whose next hold supersedes this one.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.flow import begin_routine
from skill.handlers.hold_controls import resume
from skill.handlers.in_hold import checked, hold_request, unchecked
from skill.handlers.player import player_report
from skill.handlers.turn import Turn
from skill.routine.hold_state import HoldStanding, Where
from skill.routine.journey import Journey
from skill.speech import hold_words

# Kept in the session while the person is asked whether to carry on.
CARRY_ON_OFFERED = "carry_on_offered"


def hold_to_carry_on(handler_input: HandlerInput) -> HoldStanding | None:
    """A hold the device reports under way as the skill is opened, by the report alone."""
    report = hold_request(handler_input)
    if report is None:
        return None
    where = unchecked(Turn(handler_input), report)
    return where if where.under_way else None


def offer_to_carry_on(turn: Turn, where: HoldStanding) -> Response:
    turn.note_held(where.token.hold_id, where.held_seconds)
    turn.keep_in_session(CARRY_ON_OFFERED, True)
    return turn.ask(
        hold_words.offer_carry_on(
            where.held_ms, where.total_ms, playing=where.where is Where.PLAYING
        ),
        reprompt=hold_words.CARRY_ON_REPROMPT,
    )


class CarryOnAnswerHandler(AbstractRequestHandler):
    """Yes (or "carry on") carries the hold on; no (or "start again") goes to the routine."""

    _CARRY_ON = ("AMAZON.YesIntent", "AMAZON.ResumeIntent")
    _START_AGAIN = ("AMAZON.NoIntent", "AMAZON.StartOverIntent", "BackPainIntent")

    def can_handle(self, handler_input: HandlerInput) -> bool:
        attributes = handler_input.attributes_manager.session_attributes or {}
        if not attributes.get(CARRY_ON_OFFERED):
            return False
        return any(
            is_intent_name(name)(handler_input) for name in (*self._CARRY_ON, *self._START_AGAIN)
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        turn.forget_in_session(CARRY_ON_OFFERED)
        report = player_report(handler_input)
        if turn.intent_name in self._CARRY_ON and report is not None:
            where = checked(turn, report)
            if where.under_way:
                return resume(turn, where)
            return turn.tell(hold_words.kept(where.held_seconds), hold_words.ANOTHER_HINT)
        return begin_routine(turn, Journey())
