"""The hand-off from finding the point to the hold itself."""

from __future__ import annotations

from ask_sdk_model import Response

from skill.handlers.hold.spoken import speak_first_chunk
from skill.handlers.plumbing.player import play_from_start
from skill.handlers.plumbing.turn import Turn
from skill.routine.cadence import cadence_of
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldSession
from skill.routine.usual_length import candidate
from skill.speech import hold_answer
from skill.store.hold_ids import new_hold_id


def start_hold(turn: Turn, minutes: int, *lead: str) -> Response:
    """Record the hold and start counting.

    Its length becomes the person's usual only if they finish it (see routine.usual_length).
    """
    # The hold's plan is loaded when a hold first starts, not with every cold start.
    from skill.routine.hold_plan import plan_hold

    profile = turn.work.profile()
    cadence = cadence_of(profile.cadence)
    started_at = turn.now()
    hold = HoldSession(
        person=turn.work.person,
        hold_id=new_hold_id(started_at),
        started_at=started_at,
        planned_seconds=minutes * 60,
    )
    said = (
        *lead,
        turn.words.phrases.length_chosen(minutes, remembered=False),
        hold_answer.starting(
            turn.words.hold,
            turn.words.marks,
            plan_hold(minutes, cadence),
            first_time=profile.holds_started == 0,
            streamed=turn.request.supports_audio_player,
        ),
    )
    turn.work.remember(
        usual_minutes=turn.work.profile().usual,
        extras={**profile.extras, **candidate(minutes, profile.holds_completed)},
    )
    pain_before = turn.pain_before()
    turn.begin_hold(hold)
    # The rating travels with the hold, so "after" can be compared with nothing stored.
    token = HoldToken(hold.hold_id, minutes, cadence, pain_before=pain_before, voice=turn.voice)
    if turn.request.supports_audio_player:
        return turn.reply.tell(*said, directives=[play_from_start(turn.words.hold, token)])
    return speak_first_chunk(turn, token, *said)
