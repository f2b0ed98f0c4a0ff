"""Answering a person in the context of their hold: short words, then the hold goes on.

While the skill's audio plays, or it was the last skill to play audio, what the person
says reaches the skill in a new session with the device's report of the hold
(`context.AudioPlayer`): its token, the offset into the segment and the player's
activity. The answer must not lose the hold:

- "AudioPlayer.PlaybackStopped ... Sent when Alexa stops playing an audio stream in
  response to a voice request or an AudioPlayer directive" ("AudioPlayer Interface
  Reference"): speaking to Alexa can stop the hold's stream, and the docs' own
  PauseIntent sample reports `"playerActivity": "STOPPED"`. So an answer to a hold that
  was playing carries a Play from where it stands. The same reference says that with
  outputSpeech in the same response as a Play directive, Alexa speaks the text and then
  starts streaming the audio. A paused hold stays paused, with a word on how to resume.

Other handlers add answers to `IN_HOLD_ANSWERS`: intent name -> words for a standing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.handlers.plumbing.hold_standing import (
    READS_HOLDS,
    checked,
    hold_request,
    unchecked,
)
from skill.handlers.plumbing.player import play, stop_saying
from skill.handlers.plumbing.turn import Turn, turn_of
from skill.routine.hold_state import HoldStanding, PlayerReport, Where
from skill.routine.pain import parse_rating
from skill.routine.questions import QUESTION_INTENTS, Question
from skill.speech import hold_answer
from skill.speech.locales import emergency_number

InHoldAnswer = Callable[[Turn, HoldStanding], Sequence[str]]


def someone_else_s_own(turn: Turn, report: PlayerReport) -> bool:
    """Someone other than whom the hold is for asks about their own progress.

    They are answered as themselves, from their own holds (the request's one read); the
    hold is then known by the device's report alone.
    """
    return turn.hold_work(report.token) is not turn.work and any(
        turn.request.is_intent(name) for name in READS_HOLDS
    )


def in_hold(turn: Turn, where: HoldStanding, *said: str) -> Response:
    """Say `said`; a playing hold then plays on from where it stands."""
    if where.where is Where.PLAYING:
        token, offset = where.carry_on_from()
        return turn.reply.tell(*said, directives=[play(turn.words.hold, token, offset)])
    if where.where is Where.PAUSED:
        return turn.reply.tell(*said, turn.words.hold.RESUME_HINT)
    return turn.reply.tell(*said)


def _time_left(turn: Turn, where: HoldStanding) -> Sequence[str]:
    return [hold_answer.time_left(turn.words.hold, where.remaining_ms)]


def _help(turn: Turn, where: HoldStanding) -> Sequence[str]:
    return [turn.words.hold.HOLD_HELP]


def _safety(turn: Turn, where: HoldStanding) -> Sequence[str]:
    return [turn.words.hold.HOLD_SAFETY]


def where_it_stands(turn: Turn, where: HoldStanding) -> str:
    """ "Your hold is paused at 3 of 10 minutes." or "Your hold is going: 7 minutes to go." """
    if where.where is Where.PAUSED:
        return hold_answer.paused_hold(turn.words.hold, where.held_ms, where.total_ms)
    return hold_answer.going(turn.words.hold, where.remaining_ms)


def _back_pain(turn: Turn, where: HoldStanding) -> Sequence[str]:
    return [where_it_stands(turn, where)]


def _progress(turn: Turn, where: HoldStanding) -> Sequence[str]:
    from skill.handlers.progress.progress import progress_said

    said = progress_said(turn, (where.token.hold_id, where.held_seconds))
    # Mid-hold the answer stays short: the tip about ratings waits for another time.
    return [line for line in said if line != turn.words.progress.RATING_HINT]


def _pain_unclear(turn: Turn, where: HoldStanding) -> Sequence[str]:
    """A rating with no number caught, mid-hold: no question now, the hold goes on."""
    return [turn.words.hold.RATE_AFTER_THE_HOLD]


def _answer(question: Question) -> InHoldAnswer:
    """ "Which knee?", "how hard?" asked mid-hold: the same short answer as on the way."""
    return lambda turn, where: [turn.words.answers.answer(question)]


def _hesitation(turn: Turn, where: HoldStanding) -> Sequence[str]:
    return [turn.words.fallback.TAKE_YOUR_TIME]


def _thanks(turn: Turn, where: HoldStanding) -> Sequence[str]:
    return [turn.words.phrases.thanked(turn.request.seed)]


def _helping(turn: Turn, where: HoldStanding) -> Sequence[str]:
    return [turn.words.helping.THANKS_MID_HOLD]


def _where_is_it(turn: Turn, where: HoldStanding) -> Sequence[str]:
    return [turn.words.common.WHERE_IS_IT]


def _how_long(turn: Turn, where: HoldStanding) -> Sequence[str]:
    """ "How long should I do it?" with the hold's length already chosen: the facts alone."""
    return [turn.words.answers.HOW_LONG]


def _talk_to_person(turn: Turn, where: HoldStanding) -> Sequence[str]:
    return [turn.words.answers.talk_to_person(emergency_number(turn.request.locale))]


# Each thing said over a hold opens a new session, so there is no count of frustration to
# go by: the words change with the time held, a step every 15 seconds.
FRUSTRATION_STEP_SECONDS = 15


def _frustrated(turn: Turn, where: HoldStanding) -> Sequence[str]:
    return [turn.words.fallback.frustrated_in_hold(where.held_seconds // FRUSTRATION_STEP_SECONDS)]


IN_HOLD_ANSWERS: dict[str, InHoldAnswer] = {
    "TimeLeftIntent": _time_left,
    "AMAZON.HelpIntent": _help,
    "SafetyInfoIntent": _safety,
    "BackPainIntent": _back_pain,
    "ProgressIntent": _progress,
    "PainRatingIntent": _pain_unclear,
    "LastHoldIntent": _progress,
    "HesitationIntent": _hesitation,
    "ThanksIntent": _thanks,
    "HelperHoldIntent": _helping,
    "WhereIsItIntent": _where_is_it,
    "RecommendedLengthIntent": _how_long,
    "TalkToPersonIntent": _talk_to_person,
    "FrustratedIntent": _frustrated,
    **{intent: _answer(question) for intent, question in QUESTION_INTENTS.items()},
}


def _later(turn: Turn, where: HoldStanding) -> Sequence[str]:
    """Anything else said to the skill mid-hold waits until the hold is done.

    Answering it as at any other time would leave the hold stopped (speaking stopped
    it) with its minutes unrecorded; a paused hold lapses within hours (see hold_state).
    """
    lead = (
        turn.words.hold.NOT_CAUGHT_IN_HOLD
        if turn.request.intent_name == "AMAZON.FallbackIntent"
        else turn.words.hold.AFTER_THE_HOLD
    )
    return [lead, where_it_stands(turn, where)]


# Said during a hold, these go to their own handlers as at any other time.
PASSED_ON = {"DeleteDataIntent"}


def _rated(handler_input: HandlerInput) -> bool:
    """A pain rating with its number: it has its own rules for a hold (handlers/progress/pain.py):
    as it begins it is the rating before, while it plays it waits for the end (the hold
    plays on), once the hold is paused it is the rating after."""
    if not is_intent_name("PainRatingIntent")(handler_input):
        return False
    return parse_rating(turn_of(handler_input).request.slot("rating")) is not None


def paused_for(
    turn: Turn, where: HoldStanding, *said: str, check_safety_again: bool = False
) -> Response:
    """Said mid-hold, something that means stop pressing (a red flag, pain while pressing):
    the hold pauses, its time kept, as "Alexa, pause" would, and never plays on to its end.
    A hold already paused stays so, with no word on resuming. `check_safety_again` owes
    the safety check next time, in the same write."""
    if where.where is Where.PLAYING or check_safety_again:
        turn.hold_work(where.token).note_held(
            where.token.hold_id, where.held_seconds, check_safety_again=check_safety_again
        )
    if where.where is not Where.PLAYING:
        return turn.reply.tell(*said)
    return turn.reply.tell(
        hold_answer.paused_for_advice(turn.words.hold, where.held_seconds),
        *said,
        directives=[stop_saying()],
    )


def takes(turn: Turn, report: PlayerReport) -> bool:
    """Whether what was said over the reported hold is answered here, by where it stands.

    Decided from the stored hold (`checked`: the request's one read, which `handle` then
    shares), and only when the device's report leaves it open: a hold the report shows
    finished, or left longer than a hold is kept, puts nothing off with no read at all.

    - Playing: everything is answered here, briefly, and the hold plays on; what has its
      own time ("make my usual ten minutes") waits until the hold is done.
    - Paused: questions about the hold and the short answers are given here, the hold
      left paused; anything else goes to its own handler, as at any other time ("back
      pain" is offered to carry on, as opening the skill is).
    - Finished or ended (stopped, cancelled, replaced, lapsed): nothing is put off.
    """
    if not unchecked(turn, report).under_way:
        return False
    if someone_else_s_own(turn, report):
        # Their own progress (their read): played on if the device says it plays, left
        # for "Alexa, resume" if stopped (it may have played until they spoke, or paused).
        return True
    where = checked(turn, report).where
    if where is Where.PLAYING:
        return True
    return (
        where is Where.PAUSED
        and turn.request.intent_name in IN_HOLD_ANSWERS
        and not turn.request.is_intent("BackPainIntent")
    )


class InHoldAnswerHandler(AbstractRequestHandler):
    """Anything said during a hold, answered briefly; after the hold's own controls."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if (
            not is_request_type("IntentRequest")(handler_input)
            or any(is_intent_name(name)(handler_input) for name in PASSED_ON)
            or _rated(handler_input)
        ):
            return False
        report = hold_request(handler_input)
        return report is not None and takes(turn_of(handler_input), report)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        report = hold_request(handler_input)
        assert report is not None
        if someone_else_s_own(turn, report):
            from skill.handlers.progress.progress import progress_said

            # The speaker's own holds are the request's one read; a hold the device
            # reports playing plays on, a stopped one is left for "Alexa, resume".
            return in_hold(turn, unchecked(turn, report), *progress_said(turn))
        # Whether it was playing until the person spoke: the stored hold tells (one read).
        where = checked(turn, report)
        answer = IN_HOLD_ANSWERS.get(turn.request.intent_name, _later)
        return in_hold(turn, where, *answer(turn, where))
