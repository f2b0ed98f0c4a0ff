"""The question again, when what was said did not answer it: more help each time.

The first time, the question is asked again (after `first`, such as "I didn't catch
that"); the second, the simplest choice; from the third, a way out, in different words
each time. Used for anything not understood, and for what was understood but answers
nothing ("next" while the skill waits for "myself, or someone is helping").
"""

from __future__ import annotations

from ask_sdk_model import Response

from skill.handlers.plumbing.turn import Turn
from skill.handlers.plumbing.waiting import waiting_question
from skill.routine import journey as routine


def asked_again(turn: Turn, *first: str) -> Response:
    journey = routine.missed(turn.journey())
    turn.keep_journey(journey)
    reprompt = waiting_question(turn, journey)
    if journey.misses >= 3:
        still = turn.words.fallback.still_missed(journey.misses)
        return turn.reply.ask(still, reprompt=still)
    if journey.misses == 2:
        simpler = turn.words.fallback.simpler_choice(journey)
        return turn.reply.ask(simpler, reprompt=simpler)
    return turn.reply.ask(*first, reprompt, reprompt=reprompt)
