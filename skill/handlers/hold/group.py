"""The hold's handlers: the device's reports and buttons, then what is said over a hold.

Each handler is named with the requests it may take, and loaded when one comes
(skill/handlers/plumbing/named.py).
"""

from __future__ import annotations

from skill.handlers.plumbing.named import EVERY, Named
from skill.handlers.plumbing.order import Before, Group

_PLAYBACK = "skill.handlers.hold.playback"
_CONTROLS = "skill.handlers.hold.controls"
_BUTTONS = (
    "PlaybackController.PlayCommandIssued",
    "PlaybackController.PauseCommandIssued",
    "PlaybackController.NextCommandIssued",
    "PlaybackController.PreviousCommandIssued",
)
# Said over a hold, each of these is the hold's own control.
_CONTROLLED_BY = {
    "PauseHoldHandler": ("AMAZON.PauseIntent",),
    "ResumeHoldHandler": ("AMAZON.ResumeIntent",),
    "StopHoldHandler": ("AMAZON.StopIntent", "AMAZON.CancelIntent"),
    "StartOverHoldHandler": ("AMAZON.StartOverIntent",),
    "AfterHoldHandler": (
        "AMAZON.NextIntent",
        "AMAZON.PreviousIntent",
        "AMAZON.RepeatIntent",
        "AMAZON.LoopOnIntent",
        "AMAZON.LoopOffIntent",
        "AMAZON.ShuffleOnIntent",
        "AMAZON.ShuffleOffIntent",
    ),
}

HOLD = Group(
    "the hold",
    (
        Named(
            f"{_PLAYBACK}.NearlyFinishedHandler", requests=("AudioPlayer.PlaybackNearlyFinished",)
        ),
        Named(f"{_PLAYBACK}.FinishedHandler", requests=("AudioPlayer.PlaybackFinished",)),
        Named(f"{_PLAYBACK}.FailedHandler", requests=("AudioPlayer.PlaybackFailed",)),
        Named(f"{_PLAYBACK}.QuietPlaybackEventHandler", requests=("AudioPlayer.PlaybackStarted",)),
        Named(f"{_PLAYBACK}.StoppedHandler", requests=("AudioPlayer.PlaybackStopped",)),
        Named(f"{_PLAYBACK}.PlayButtonHandler", requests=("PlaybackController.PlayCommandIssued",)),
        Named(
            f"{_PLAYBACK}.PauseButtonHandler", requests=("PlaybackController.PauseCommandIssued",)
        ),
        Named(f"{_PLAYBACK}.OtherButtonHandler", requests=_BUTTONS),
        # While a hold is spoken aloud, everything said belongs to it.
        Named("skill.handlers.hold.spoken.SpokenHoldHandler", intents=EVERY, kept="spoken_hold"),
        *(Named(f"{_CONTROLS}.{name}", intents=said) for name, said in _CONTROLLED_BY.items()),
        Named("skill.handlers.hold.in_hold.InHoldAnswerHandler", intents=EVERY),
    ),
    rules=(
        Before(
            "PlayButtonHandler",
            ("OtherButtonHandler",),
            "the other buttons' handler takes every PlaybackController event",
        ),
        Before(
            "PauseButtonHandler",
            ("OtherButtonHandler",),
            "the other buttons' handler takes every PlaybackController event",
        ),
        *(
            Before(
                control,
                ("InHoldAnswerHandler",),
                "pause, resume, stop and start over over a hold are the hold's own controls, "
                "not something to answer while it plays on",
            )
            for control in _CONTROLLED_BY
        ),
    ),
)
