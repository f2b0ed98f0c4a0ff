"""How the person is doing: "how am I doing?" and "when did I last do it?".

Both read the person's recent holds (one read) and nothing else from the store. Days are
the person's own, in the time zone their device reports.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing import alexa_calls
from skill.handlers.plumbing.aside import carry_on
from skill.handlers.plumbing.turn import Turn, turn_of
from skill.routine.progress import HOLDS_READ, Progress, progress
from skill.speech.pack_hold import ProgressWords
from skill.speech.progress_answer import progress_answer


def _progress(turn: Turn, holding: tuple[str, int] | None = None) -> tuple[Progress, date] | None:
    """The person's progress and their today; None when the holds cannot be read.

    `holding` is the hold under way and the seconds held so far, counted as they stand.
    """
    holds = turn.work.recent_holds(limit=HOLDS_READ)
    if holds is None:
        return None
    if holding is not None:
        hold_id, held = holding
        holds = [
            hold._replace(held_seconds=max(hold.held_seconds, held))
            if hold.hold_id == hold_id
            else hold
            for hold in holds
        ]
    zone = alexa_calls.zone_or_utc(turn)
    now = turn.now()
    return progress(holds, now, zone), now.astimezone(zone).date()


def _how_am_i_doing(words: ProgressWords, summary: Progress, today: date) -> list[str]:
    return progress_answer(words, summary, today)


def _last_hold(words: ProgressWords, summary: Progress, today: date) -> list[str]:
    return [words.last_hold(summary.last, today)]


_ANSWERS: dict[str, Callable[[ProgressWords, Progress, date], list[str]]] = {
    "ProgressIntent": _how_am_i_doing,  # "how am I doing?"
    "LastHoldIntent": _last_hold,  # "when did I last do it?"
}


def progress_said(turn: Turn, holding: tuple[str, int] | None = None) -> list[str]:
    """What "how am I doing?" or "when did I last do it?" gets: one read."""
    found = _progress(turn, holding)
    if found is None:
        return [turn.words.progress.HOLDS_UNREADABLE]
    summary, today = found
    return _ANSWERS[turn.request.intent_name](turn.words.progress, summary, today)


class ProgressHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in _ANSWERS)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        found = _progress(turn)
        if found is None:
            return carry_on(turn, turn.words.progress.HOLDS_UNREADABLE)
        summary, today = found
        return carry_on(
            turn, *_ANSWERS[turn.request.intent_name](turn.words.progress, summary, today)
        )
