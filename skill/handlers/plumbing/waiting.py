"""The question a person was last asked, still waiting for its answer: what a miss, a
question of theirs or a word of frustration comes back to."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skill.handlers.plumbing.turn import Turn
    from skill.routine.journey import Journey

# Kept in the session while the person is asked whether to carry on a hold
# (skill/handlers/hold/carry_on_offer.py asks; skill/handlers/carry_on answers).
CARRY_ON_OFFERED = "carry_on_offered"


def waiting_question(turn: Turn, journey: Journey) -> str:
    """ "Say carry on, or start again." while that offer waits; else the journey's question."""
    if turn.session.get(CARRY_ON_OFFERED):
        return turn.words.hold.CARRY_ON_REPROMPT
    return turn.words.phrases.reprompt(journey, turn.work.profile().usual)
