"""What a person says while a hold plays: pause, resume, stop, start over, how long is left.

While audio plays these arrive without the invocation name, each in a new session,
and the device reports the hold's token and offset with them.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.handlers.player import PlayerState, play, play_from_start, player_state, stop
from skill.handlers.turn import JOURNEY, Turn
from skill.routine.hold_plan import elapsed_ms
from skill.speech import hold_words
from skill.store import HoldStatus

_ELSEWHERE_IN_A_HOLD = (
    "AMAZON.NextIntent",
    "AMAZON.PreviousIntent",
    "AMAZON.RepeatIntent",
    "AMAZON.LoopOnIntent",
    "AMAZON.LoopOffIntent",
    "AMAZON.ShuffleOnIntent",
    "AMAZON.ShuffleOffIntent",
)


def _hold_under_way(handler_input: HandlerInput) -> PlayerState | None:
    """The hold this request is about: one the device is playing, outside a conversation."""
    if not is_request_type("IntentRequest")(handler_input):
        return None
    session = handler_input.request_envelope.session
    if session is not None and JOURNEY in (session.attributes or {}) and not session.new:
        return None
    state = player_state(handler_input)
    return state if state is not None and state.under_way else None


def _held_ms(state: PlayerState) -> int:
    return elapsed_ms(state.token.plan, state.token.segment, state.offset_ms)


class _HoldIntentHandler(AbstractRequestHandler):
    intents: tuple[str, ...] = ()

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _hold_under_way(handler_input) is not None and any(
            is_intent_name(name)(handler_input) for name in self.intents
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        state = _hold_under_way(handler_input)
        assert state is not None
        return self.answer(Turn(handler_input), state)

    def answer(self, turn: Turn, state: PlayerState) -> Response:
        raise NotImplementedError


class PauseHoldHandler(_HoldIntentHandler):
    intents = ("AMAZON.PauseIntent",)

    def answer(self, turn: Turn, state: PlayerState) -> Response:
        return turn.tell(hold_words.PAUSED, directives=[stop()])


class ResumeHoldHandler(_HoldIntentHandler):
    intents = ("AMAZON.ResumeIntent",)

    def answer(self, turn: Turn, state: PlayerState) -> Response:
        latest = turn.latest_hold()
        if latest is not None and (
            latest.hold_id != state.token.hold_id or latest.status != HoldStatus.IN_PROGRESS
        ):
            return turn.tell(hold_words.NOTHING_TO_RESUME, hold_words.START_HINT)
        return turn.tell(hold_words.RESUMING, directives=[play(state.token, state.offset_ms)])


class StopHoldHandler(_HoldIntentHandler):
    """ "Alexa, stop": the hold ends here, and the time held so far is kept."""

    intents = ("AMAZON.StopIntent", "AMAZON.CancelIntent")

    def answer(self, turn: Turn, state: PlayerState) -> Response:
        plan = state.token.plan
        # Stopped during the closing words: the whole hold was held.
        held_ms = min(_held_ms(state), plan.total_ms)
        status = HoldStatus.COMPLETED if held_ms == plan.total_ms else HoldStatus.STOPPED
        held_seconds = held_ms // 1000
        ended = turn.end_hold(state.token.hold_id, status, held_seconds)
        said = hold_words.stopped(held_seconds) if ended else hold_words.stopped(0)
        return turn.tell(said, directives=[stop()])


class StartOverHoldHandler(_HoldIntentHandler):
    intents = ("AMAZON.StartOverIntent",)

    def answer(self, turn: Turn, state: PlayerState) -> Response:
        return turn.tell(hold_words.STARTING_OVER, directives=[play_from_start(state.token)])


class TimeLeftHandler(_HoldIntentHandler):
    intents = ("TimeLeftIntent",)

    def answer(self, turn: Turn, state: PlayerState) -> Response:
        remaining = state.token.plan.remaining_ms(_held_ms(state))
        return turn.tell(hold_words.time_left(remaining))


class OtherHoldIntentHandler(_HoldIntentHandler):
    """Next, previous, repeat, loop and shuffle have no meaning in a hold: say what does."""

    intents = _ELSEWHERE_IN_A_HOLD

    def answer(self, turn: Turn, state: PlayerState) -> Response:
        return turn.tell(hold_words.STILL_HOLDING)


class NoHoldHandler(AbstractRequestHandler):
    """Pause, resume or "how long is left" with no hold under way."""

    _INTENTS = ("AMAZON.PauseIntent", "AMAZON.ResumeIntent", "TimeLeftIntent")

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in self._INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        if turn.kept_in_session(JOURNEY) is not None:
            journey = turn.journey
            reprompt = turn.phrases.reprompt(journey, turn.profile.usual_minutes)
            return turn.ask(hold_words.NO_HOLD_RUNNING, reprompt, reprompt=reprompt)
        return turn.tell(hold_words.NO_HOLD_RUNNING, hold_words.START_HINT)
