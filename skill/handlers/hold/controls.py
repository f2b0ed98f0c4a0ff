"""Pause, resume, stop and start over during a hold, and the built-ins after it.

"For skills that stream audio using the AudioPlayer interface, users can invoke this
intent without using your invocation name if your skill is currently playing audio or
was the most recent skill to play audio" ("Standard Built-in Intents", for Cancel,
Loop, Next, Pause, Previous, Repeat, Resume, Shuffle and StartOver). And "when your
skill is not in an active session but is playing audio, or was the skill most recently
playing audio, utterances such as 'stop' send your skill an AMAZON.PauseIntent instead
of an AMAZON.StopIntent" (the Alexa docs' note on stopping): so pause is the person's
stop, and keeps every minute pressed. These come in a new session, with the device's report of the
hold; each reads the stored hold once to know where it stands, and writes at most once.

They act on the hold the device plays or last played, whoever speaks: a helper's voice,
or the same person unrecognised this time, pauses and resumes the hold of the voice that
started it, and its minutes go to whom the hold was for (`Turn.hold_work`).
"""

from __future__ import annotations

from datetime import timedelta

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.hold.in_hold import in_hold, where_it_stands
from skill.handlers.plumbing.hold_standing import checked, hold_request
from skill.handlers.plumbing.player import play, play_from_start, stop, stop_saying
from skill.handlers.plumbing.turn import Turn, turn_of
from skill.routine.hold_state import HoldStanding, Where
from skill.routine.hold_state import started_at as started
from skill.routine.hold_token import HoldToken, Replaced
from skill.routine.model import HoldSession, HoldStatus
from skill.speech import hold_answer
from skill.store.hold_ids import new_hold_id

_AFTER_A_HOLD = (
    "AMAZON.NextIntent",
    "AMAZON.PreviousIntent",
    "AMAZON.RepeatIntent",
    "AMAZON.LoopOnIntent",
    "AMAZON.LoopOffIntent",
    "AMAZON.ShuffleOnIntent",
    "AMAZON.ShuffleOffIntent",
)
_QUIET = ("AMAZON.PauseIntent", "AMAZON.CancelIntent", "AMAZON.StopIntent")


def settle(turn: Turn, where: HoldStanding) -> None:
    """Repair a finished hold whose last write failed: the device says it played out."""
    if where.end_unrecorded:
        turn.hold_work(where.token).end_hold(
            where.token.hold_id, HoldStatus.COMPLETED, where.completed_seconds
        )


class _HoldIntentHandler(AbstractRequestHandler):
    intents: tuple[str, ...] = ()

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return hold_request(handler_input) is not None and any(
            is_intent_name(name)(handler_input) for name in self.intents
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        report = hold_request(handler_input)
        assert report is not None
        where = checked(turn, report)
        if not where.under_way:
            return self.after(turn, where)
        return self.answer(turn, where)

    def answer(self, turn: Turn, where: HoldStanding) -> Response:
        raise NotImplementedError

    def after(self, turn: Turn, where: HoldStanding) -> Response:
        """The hold has finished or ended: a short word, never the routine."""
        settle(turn, where)
        if turn.request.intent_name in _QUIET:
            return turn.reply.tell(directives=[stop()])
        said = (
            turn.words.hold.HOLD_FINISHED
            if where.where is Where.FINISHED
            else turn.words.hold.HOLD_ENDED
        )
        return turn.reply.tell(said, turn.words.hold.ANOTHER_HINT)


class PauseHoldHandler(_HoldIntentHandler):
    """ "Alexa, pause", and "Alexa, stop" as a device sends it: the time so far is kept."""

    intents = ("AMAZON.PauseIntent",)

    def answer(self, turn: Turn, where: HoldStanding) -> Response:
        turn.hold_work(where.token).note_held(where.token.hold_id, where.held_seconds)
        return turn.reply.tell(
            hold_answer.paused_at(turn.words.hold, where.held_ms, where.total_ms),
            directives=[stop_saying()],
        )


class ResumeHoldHandler(_HoldIntentHandler):
    """ "Alexa, resume", or "ask acupressure helper to carry on": from where it stands."""

    intents = ("AMAZON.ResumeIntent",)

    def answer(self, turn: Turn, where: HoldStanding) -> Response:
        return resume(turn, where)

    def after(self, turn: Turn, where: HoldStanding) -> Response:
        settle(turn, where)
        if where.where is Where.FINISHED:
            return turn.reply.tell(turn.words.hold.HOLD_FINISHED, turn.words.hold.ANOTHER_HINT)
        return turn.reply.tell(
            hold_answer.kept(turn.words.hold, where.held_seconds), turn.words.hold.ANOTHER_HINT
        )


def resume(turn: Turn, where: HoldStanding) -> Response:
    """From where the hold stands; not while the safety check is owed after a red flag."""
    if not turn.hold_work(where.token).profile().heard_safety:
        return turn.reply.tell(turn.words.red_flags.PAUSED_FOR_SAFETY)
    token, offset = where.carry_on_from()
    return turn.reply.tell(
        hold_answer.carrying_on(turn.words.hold, where.remaining_ms),
        directives=[play(turn.words.hold, token, offset)],
    )


class StopHoldHandler(_HoldIntentHandler):
    """Stop or cancel said to the skill by name mid-hold: it ends, its time kept."""

    intents = ("AMAZON.StopIntent", "AMAZON.CancelIntent")

    def answer(self, turn: Turn, where: HoldStanding) -> Response:
        status, held_seconds = where.stopped()
        ended = turn.hold_work(where.token).end_hold(where.token.hold_id, status, held_seconds)
        said = hold_answer.stopped(turn.words.hold, held_seconds if ended else 0)
        return turn.reply.tell(said, directives=[stop_saying()])


class StartOverHoldHandler(_HoldIntentHandler):
    """Start over mid-hold: the minutes pressed stay on this hold, and a new one begins."""

    intents = ("AMAZON.StartOverIntent",)

    def answer(self, turn: Turn, where: HoldStanding) -> Response:
        started_at = turn.now()
        began = started(where.token)
        if began is not None:
            # This hold's start is known to the second (from its id): a second later, the
            # new one surely sorts after it.
            started_at = max(started_at, began + timedelta(seconds=1))
        minutes = where.total_ms // 60_000
        work = turn.hold_work(where.token)
        hold = HoldSession(
            person=work.person,
            hold_id=new_hold_id(started_at),
            started_at=started_at,
            planned_seconds=minutes * 60,
        )
        kept = work.restart_hold(where.token.hold_id, where.held_seconds, hold)
        # Not saved: the new hold's token carries the old one's time, for the next request
        # its device sends to record with it (skill/routine/hold_repair.py).
        replaced = None if kept else Replaced(where.token.hold_id, where.held_seconds)
        # The new hold is for whom the old one was: its token keeps their voice.
        token = HoldToken(
            hold.hold_id, minutes, where.token.cadence, voice=where.token.voice, replaced=replaced
        )
        return turn.reply.tell(
            hold_answer.starting_over(turn.words.hold, where.held_seconds if kept else 0),
            directives=[play_from_start(turn.words.hold, token)],
        )


class AfterHoldHandler(_HoldIntentHandler):
    """Next, previous, repeat, loop and shuffle: a hold has no tracks."""

    intents = _AFTER_A_HOLD

    def answer(self, turn: Turn, where: HoldStanding) -> Response:
        return in_hold(turn, where, where_it_stands(turn, where))
