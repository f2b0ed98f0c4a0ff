"""Opening the skill with a hold under way: the offer to carry on, or start again.

"Alexa, open acupressure helper" after pausing (or "Alexa, stop", which a device sends
as a pause) comes with the device's report of the hold. The time held so far is kept
first (one write, no read), then the person is asked; skill/handlers/carry_on answers.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.handlers.hold.in_hold import hold_request, unchecked
from skill.handlers.plumbing.turn import Turn, turn_of
from skill.routine.hold_state import HoldStanding

# Kept in the session while the person is asked whether to carry on.
CARRY_ON_OFFERED = "carry_on_offered"


def hold_to_carry_on(handler_input: HandlerInput) -> HoldStanding | None:
    """A hold the device reports under way as the skill is opened, by the report alone."""
    report = hold_request(handler_input)
    if report is None:
        return None
    where = unchecked(turn_of(handler_input), report)
    return where if where.under_way else None


def offer_to_carry_on(turn: Turn, where: HoldStanding) -> Response:
    turn.work.note_held(where.token.hold_id, where.held_seconds)
    token, offset = where.carry_on_from()
    turn.session.put(CARRY_ON_OFFERED, {"token": token.encode(), "offset": offset})
    return turn.reply.ask(
        turn.words.hold.offer_carry_on(where.held_ms, where.total_ms),
        reprompt=turn.words.hold.CARRY_ON_REPROMPT,
    )
