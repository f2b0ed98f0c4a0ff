"""The answer to "carry on, or start again?", asked when the skill is opened over a hold.

Yes carries the hold on from the device's offset (or the one kept when it was offered);
no ends that hold as stopped, its minutes kept, and goes to the routine. (A stop whose
write failed comes back as this offer too: nothing the device reports tells it from a
pause, so the person's no is what records it as stopped.)
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.hold.controls import resume
from skill.handlers.plumbing.asked_again import asked_again
from skill.handlers.plumbing.device_report import player_report
from skill.handlers.plumbing.hold_standing import checked
from skill.handlers.plumbing.turn import turn_of
from skill.handlers.plumbing.waiting import CARRY_ON_OFFERED
from skill.handlers.way.flow import begin_routine
from skill.routine.hold_state import PlayerReport
from skill.routine.hold_token import HoldToken
from skill.routine.journey import Journey
from skill.routine.model import HoldStatus
from skill.speech import hold_answer


def _offered(kept: object) -> PlayerReport | None:
    """The hold as it stood when carrying on was offered, kept in the session."""
    if not isinstance(kept, dict):
        return None
    token = HoldToken.parse(kept.get("token"))
    offset = kept.get("offset")
    if token is None or not isinstance(offset, int) or offset < 0:
        return None
    return PlayerReport(token, offset, "STOPPED")


class CarryOnAnswerHandler(AbstractRequestHandler):
    """Yes (or "carry on") carries the hold on; no (or "start again") goes to the routine."""

    _CARRY_ON = ("AMAZON.YesIntent", "AMAZON.ResumeIntent")
    _START_AGAIN = ("AMAZON.NoIntent", "AMAZON.StartOverIntent", "BackPainIntent")
    _NOT_UNDERSTOOD = "AMAZON.FallbackIntent"

    def can_handle(self, handler_input: HandlerInput) -> bool:
        session = handler_input.request_envelope.session
        if session is None or not (session.attributes or {}).get(CARRY_ON_OFFERED):
            return False
        return any(
            is_intent_name(name)(handler_input)
            for name in (*self._CARRY_ON, *self._START_AGAIN, self._NOT_UNDERSTOOD)
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        if turn.request.intent_name == self._NOT_UNDERSTOOD:
            return asked_again(turn, turn.words.common.DIDNT_CATCH)
        offered = turn.session.get(CARRY_ON_OFFERED)
        turn.session.pop(CARRY_ON_OFFERED)
        report = player_report(handler_input) or _offered(offered)
        if turn.request.intent_name in self._CARRY_ON and report is not None:
            where = checked(turn, report)
            if where.under_way:
                return resume(turn, where)
            return turn.reply.tell(
                hold_answer.kept(turn.words.hold, where.held_seconds), turn.words.hold.ANOTHER_HINT
            )
        if report is not None:
            where = checked(turn, report)
            if where.under_way:
                turn.hold_work(where.token).end_hold(
                    where.token.hold_id, HoldStatus.STOPPED, where.held_seconds
                )
        return begin_routine(turn, Journey())
