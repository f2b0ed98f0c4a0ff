"""The hold on a device without AudioPlayer: spoken in chunks, with "continue" between."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.audio.urls import chime_url
from skill.handlers.plumbing.turn import Turn, turn_of
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldStatus
from skill.speech import hold_answer
from skill.speech.ssml import Ssml, audio, escape, pause

# The spoken hold's chunks (and the hold plan and segments under them) are loaded when a
# hold is first spoken, not with every cold start: a launch or a one-shot intent needs none.
if TYPE_CHECKING:
    from skill.routine.spoken_hold import Chunk

SPOKEN_HOLD = "spoken_hold"
_CONTINUE = {"AMAZON.ResumeIntent", "AMAZON.NextIntent", "AMAZON.YesIntent", "FoundItIntent"}
_STOP = {"AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.PauseIntent", "AMAZON.NoIntent"}


def _chunks(token: HoldToken, turn: Turn) -> list[Chunk]:
    from skill.routine.spoken_hold import spoken_chunks  # on first use (see above)
    from skill.speech.marks_said import saying

    return spoken_chunks(token.plan, saying(turn.words.marks))


def _ssml(chunk: Chunk) -> Ssml:
    from skill.routine.spoken_hold import Chime, Pause, Say  # on first use (see above)

    rendered: list[str] = []
    for part in chunk.parts:
        match part:
            case Say(text):
                rendered.append(escape(text))
            case Pause(ms):
                rendered.append(pause(ms))
            case Chime():
                rendered.append(audio(chime_url()))
    return Ssml(" ".join(rendered))


def _speak_chunk(
    turn: Turn, token: HoldToken, chunks: Sequence[Chunk], index: int, *lead: str
) -> Response:
    chunk = chunks[index]
    if index == len(chunks) - 1:
        turn.work.end_hold(token.hold_id, HoldStatus.COMPLETED, token.planned_seconds)
        turn.session.pop(SPOKEN_HOLD)
        return turn.reply.tell(*lead, _ssml(chunk))
    turn.session.put(SPOKEN_HOLD, {"token": token.encode(), "chunk": index})
    return turn.reply.ask(
        *lead, _ssml(chunk), turn.words.hold.CONTINUE, reprompt=turn.words.hold.CONTINUE_REPROMPT
    )


def speak_first_chunk(turn: Turn, token: HoldToken, *lead: str) -> Response:
    return _speak_chunk(turn, token, _chunks(token, turn), 0, *lead)


class _UnderWay(NamedTuple):
    """A spoken hold under way: its token, its chunks and the one last spoken."""

    token: HoldToken
    chunks: list[Chunk]
    at: int


def _spoken_hold(turn: Turn) -> _UnderWay | None:
    kept: Any = turn.session.get(SPOKEN_HOLD)
    if not isinstance(kept, dict):
        return None
    token = HoldToken.parse(kept.get("token"))
    index = kept.get("chunk")
    if token is None or not isinstance(index, int):
        return None
    chunks = _chunks(token, turn)
    if not 0 <= index < len(chunks):
        return None
    return _UnderWay(token, chunks, index)


def pause_spoken_hold(turn: Turn, *, check_safety_again: bool = False) -> int | None:
    """Stop a spoken hold under way, keeping the time heard; None if none is under way.

    The hold stays in progress with its time noted, as a paused hold on a player does;
    `check_safety_again` owes the safety check next time, in the same write.
    """
    found = _spoken_hold(turn)
    if found is None:
        return None
    held_seconds = found.chunks[found.at].held_seconds
    turn.work.note_held(found.token.hold_id, held_seconds, check_safety_again=check_safety_again)
    turn.session.pop(SPOKEN_HOLD)
    return held_seconds


class SpokenHoldHandler(AbstractRequestHandler):
    """Everything said while a spoken hold is under way."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not is_request_type("IntentRequest")(handler_input):
            return False
        return _spoken_hold(turn_of(handler_input)) is not None

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        found = _spoken_hold(turn)
        assert found is not None
        token, chunks, index = found
        heard = chunks[index]
        intent = turn.request.intent_name
        if intent in _CONTINUE:
            return _speak_chunk(turn, token, chunks, index + 1)
        if intent in _STOP:
            held_seconds = heard.held_seconds
            turn.work.end_hold(token.hold_id, HoldStatus.STOPPED, held_seconds)
            turn.session.pop(SPOKEN_HOLD)
            return turn.reply.tell(hold_answer.stopped(turn.words.hold, held_seconds))
        if intent == "TimeLeftIntent":
            said = hold_answer.time_left(turn.words.hold, token.plan.remaining_ms(heard.end_ms))
            return turn.reply.ask(
                said, turn.words.hold.CONTINUE, reprompt=turn.words.hold.CONTINUE_REPROMPT
            )
        if intent == "AMAZON.StartOverIntent":
            return _speak_chunk(turn, token, chunks, 0, turn.words.hold.STARTING_OVER)
        if intent == "AMAZON.RepeatIntent":
            return _speak_chunk(turn, token, chunks, index)
        if intent == "AMAZON.HelpIntent":
            return turn.reply.ask(
                turn.words.hold.SPOKEN_HELP, reprompt=turn.words.hold.CONTINUE_REPROMPT
            )
        return turn.reply.ask(
            turn.words.common.DIDNT_CATCH,
            turn.words.hold.CONTINUE_REPROMPT,
            reprompt=turn.words.hold.CONTINUE_REPROMPT,
        )
