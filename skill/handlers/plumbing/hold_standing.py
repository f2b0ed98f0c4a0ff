"""Where the hold a request may be about stands: by the device's report, then the store.

Shared by every group that answers over a hold (the hold's controls and answers, the
offer to carry on, red flags, the device's events): the read it makes is the request's
one read, which `can_handle` and `handle` then share.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type

from skill.handlers.plumbing.device_report import player_report
from skill.handlers.plumbing.turn import Turn
from skill.routine.hold_state import HoldStanding, PlayerReport, standing

# Answers that read the person's recent holds themselves.
READS_HOLDS = {"ProgressIntent", "LastHoldIntent"}
HOLD_ALONE = {"AMAZON.PauseIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent"}


def hold_request(handler_input: HandlerInput) -> PlayerReport | None:
    """The hold this request may be about: one the device reports, outside a conversation.

    A request inside a conversation the skill opened (an answer to its question: the
    safety check, "shall I keep your ratings?", "carry on, or start again?") belongs to
    that conversation. Said over a hold, a request always opens a new session: the skill
    ended the last one when it started the audio.
    """
    if not (
        is_request_type("IntentRequest")(handler_input)
        or is_request_type("LaunchRequest")(handler_input)
    ):
        return None
    session = handler_input.request_envelope.session
    if session is not None and not session.new:
        return None
    return player_report(handler_input)


def unchecked(turn: Turn, report: PlayerReport) -> HoldStanding:
    """Where the hold stands by the device's report and the clock alone: no read."""
    return standing(report, None, turn.now(), checked=False)


def checked(turn: Turn, report: PlayerReport) -> HoldStanding:
    """Where the hold stands, bounded by the stored hold: one read, shared by the request,
    under whom the hold was for (`Turn.hold_work`), whoever speaks."""
    work = turn.hold_work(report.token)
    if work is turn.work and any(turn.request.is_intent(name) for name in READS_HOLDS):
        from skill.routine.progress import HOLDS_READ  # progress words: loaded when asked

        holds = work.recent_holds(limit=HOLDS_READ)
    elif not turn.request.in_session or any(map(turn.request.is_intent, HOLD_ALONE)):
        # A device's report, a pause or a stop needs the latest hold alone, no profile.
        holds = work.recent_holds(limit=1)
    else:  # read with the profile, which names the latest hold: no handler reads it again
        holds = work.latest_with_profile(report.token)
    if holds is None:  # the store could not say: go by the device
        return unchecked(turn, report)
    return standing(report, holds[0] if holds else None, turn.now(), checked=True)
