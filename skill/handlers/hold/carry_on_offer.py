"""Opening the skill with a hold under way: the offer to carry on, or start again.

"Alexa, open acupressure helper" after pausing (or "Alexa, stop", which a device sends
as a pause) comes with the device's report of the hold. The device goes on reporting its
last hold long after it ended, so the stored hold decides (the request's one read): only
a hold still under way is offered. The time held so far is kept first (one write), then
the person is asked; skill/handlers/carry_on answers.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.handlers.plumbing.hold_standing import checked, hold_request, unchecked
from skill.handlers.plumbing.turn import Turn, turn_of
from skill.handlers.plumbing.waiting import CARRY_ON_OFFERED
from skill.routine.hold_state import HoldStanding


def hold_to_carry_on(handler_input: HandlerInput) -> HoldStanding | None:
    """A hold still under way as the skill is opened: the device reports it, and the stored
    hold (whoever it was for) is neither finished nor ended, and no red flag since owes the
    safety check. A report that shows it finished, or left longer than a hold is kept,
    needs no read."""
    report = hold_request(handler_input)
    if report is None:
        return None
    turn = turn_of(handler_input)
    if not unchecked(turn, report).under_way:
        return None
    where = checked(turn, report)
    if not where.under_way:
        return None
    # A hold paused for a red flag is not offered: the safety check is owed first.
    return where if turn.hold_work(where.token).profile().heard_safety else None


def offer_to_carry_on(turn: Turn, where: HoldStanding) -> Response:
    from skill.speech import hold_answer  # the hold's words: not loaded by every launch

    turn.hold_work(where.token).note_held(where.token.hold_id, where.held_seconds)
    token, offset = where.carry_on_from()
    turn.session.put(CARRY_ON_OFFERED, {"token": token.encode(), "offset": offset})
    return turn.reply.ask(
        hold_answer.offer_carry_on(turn.words.hold, where.held_ms, where.total_ms),
        reprompt=turn.words.hold.CARRY_ON_REPROMPT,
    )
