"""Answering something said along the way, then carrying on where the person was."""

from __future__ import annotations

from ask_sdk_model import Response

from skill.handlers.plumbing.turn import JOURNEY, Turn
from skill.routine.journey import Journey


def carry_on(turn: Turn, *said: str) -> Response:
    """Say `said`, then ask again what the journey was waiting for; a one-shot just ends.

    The profile is used only if this turn already has it, so an aside that read the
    person's holds stays within one read.
    """
    kept = turn.session.get(JOURNEY)
    if kept is None:
        return turn.reply.tell(*said)
    profile = turn.work.at_hand()
    journey = turn.journey() if profile else Journey.from_attributes(kept)
    usual = profile.usual if profile else None
    return turn.reply.ask(
        *said,
        turn.words.phrases.prompt(journey, usual),
        reprompt=turn.words.phrases.reprompt(journey, usual),
    )
