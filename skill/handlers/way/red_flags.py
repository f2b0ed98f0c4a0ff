"""What follows a red flag, or pain while pressing, wherever it is said.

A red flag (skill/routine/symptoms.py) gets what to do instead of pressing; any hold
under way is paused with its time kept, whether it plays on the device or is spoken;
and the safety check is asked again next time. Pain while pressing pauses the hold too,
with a word on easing off and what to do if it goes on.

Each red-flag answer is counted (skill/metrics.py): a count, nothing of who or what.
"""

from __future__ import annotations

from ask_sdk_model import Response

from skill.handlers.hold.in_hold import paused_for
from skill.handlers.hold.spoken import SPOKEN_HOLD, pause_spoken_hold
from skill.handlers.plumbing.hold_standing import checked, hold_request, unchecked
from skill.handlers.plumbing.turn import JOURNEY, Turn
from skill.handlers.way.flow import where_they_were
from skill.metrics import red_flag_answer
from skill.routine.journey import Pending
from skill.routine.symptoms import Concern, concern_of, denies_every_symptom
from skill.speech import hold_answer

SYMPTOM_SLOT = "symptom"
# At each part of the safety check, what a "yes" to it tells of.
_CHECKED_FOR = {Pending.SAFETY_FIRST: Concern.URGENT, Pending.SAFETY_SECOND: Concern.DOCTOR}


def concern_said(turn: Turn) -> Concern | None:
    """What the symptom the person told of means, if they told of one."""
    return concern_of(
        turn.request.intent_name,
        turn.request.slot_id(SYMPTOM_SLOT),
        turn.request.slot(SYMPTOM_SLOT),
        turn.words.symptoms,
    )


def denied_every_symptom(turn: Turn) -> bool:
    """The person named symptoms only to say they have none: a no."""
    return denies_every_symptom(
        turn.request.intent_name, turn.request.slot(SYMPTOM_SLOT), turn.words.symptoms
    )


def check_again_next_time(turn: Turn) -> None:
    """The safety check is pending again: asked next time, never skipped."""
    if turn.work.profile().heard_safety:
        turn.work.remember(heard_safety=False)


def red_flag(turn: Turn, concern: Concern) -> Response:
    """What to do instead of pressing; any hold paused, its time kept; the check owed."""
    said = turn.words.red_flags.red_flag(concern, turn.request.locale, turn.helping)
    red_flag_answer()
    return _stop_pressing(turn, said, check_safety_again=True)


def yes_to_the_check(turn: Turn, pending: Pending) -> Response:
    """ "Yes" (or a symptom) to a part of the safety check: the answer its red flags need."""
    return red_flag(turn, _CHECKED_FOR.get(pending, Concern.URGENT))


def ease_off(turn: Turn, pending: Pending | None) -> Response:
    """Tingling, sharp or worse: stop pressing, and see a doctor if it goes on.

    Said at the safety check, it answers the part being asked: yes.
    """
    if pending in _CHECKED_FOR:
        return yes_to_the_check(turn, pending)
    words = turn.words.red_flags
    if turn.session.get(JOURNEY) is not None and turn.session.get(SPOKEN_HOLD) is None:
        return where_they_were(turn, words.EASE_OFF, words.if_it_goes_on(turn.helping))
    return _stop_pressing(turn, words.EASE_OFF, words.if_it_goes_on(turn.helping))


def _stop_pressing(turn: Turn, *said: str, check_safety_again: bool = False) -> Response:
    """Say `said` and end the session, pausing any hold under way with its time kept.

    Over a hold, the safety check is owed in the same write that keeps its time (a
    request's budget is one write); otherwise on the profile.
    """
    held_seconds = pause_spoken_hold(turn, check_safety_again=check_safety_again)
    if held_seconds is not None:
        return turn.reply.tell(hold_answer.paused_for_advice(turn.words.hold, held_seconds), *said)
    report = hold_request(turn.request.handler_input)
    # The device alone says whether a hold may be under way; only then is it read.
    if report is not None and unchecked(turn, report).under_way:
        where = checked(turn, report)
        if where.under_way:
            return paused_for(turn, where, *said, check_safety_again=check_safety_again)
    if check_safety_again:
        check_again_next_time(turn)
    return turn.reply.tell(*said)
