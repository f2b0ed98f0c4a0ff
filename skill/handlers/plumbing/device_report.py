"""What a device reports of a hold it plays, or last played (context.AudioPlayer).

Read by every request (the turn's own hold, the hold a person speaks over); the
directives that play a hold are in player.py, loaded only when a hold plays.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput

from skill.routine.hold_state import PlayerReport
from skill.routine.hold_token import HoldToken


def player_report(handler_input: HandlerInput) -> PlayerReport | None:
    """The device's report of a hold (context.AudioPlayer), if it names one of ours.

    "AudioPlayer ... offsetInMilliseconds ... playerActivity" come with every request
    from a device with AudioPlayer ("AudioPlayer Interface Reference"). Some clients send
    the offset as a string, as in the docs' own PauseIntent sample.
    """
    context = handler_input.request_envelope.context
    player = getattr(context, "audio_player", None)
    token = HoldToken.parse(getattr(player, "token", None))
    if token is None:
        return None
    activity = getattr(getattr(player, "player_activity", None), "value", None)
    return PlayerReport(
        token=token,
        offset_ms=device_offset(getattr(player, "offset_in_milliseconds", None)),
        activity=activity if isinstance(activity, str) else "IDLE",
    )


# No segment file is anywhere near this long (about 24 days): a larger offset, like a
# negative one, is no position at all.
_LONGEST_OFFSET_MS = 2**31 - 1


def device_offset(value: object) -> int:
    """A device's `offsetInMilliseconds` as a place in the file: 0 when it is none.

    Some clients send it as a string (the docs' own PauseIntent sample); an offset of -1
    or 2^64 says nothing about where the person is, so it counts as the file's start and
    the stored hold, not the device, says how long they have held.
    """
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return 0
    return value if 0 <= value <= _LONGEST_OFFSET_MS else 0
