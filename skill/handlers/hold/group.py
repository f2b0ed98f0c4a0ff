"""The hold's handlers: the device's reports and buttons, then what is said over a hold."""

from __future__ import annotations

from skill.handlers.plumbing.named import EVERY, Named
from skill.handlers.plumbing.order import Before, Group

_HERE = "skill.handlers.hold"
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
            f"{_HERE}.playback.NearlyFinishedHandler",
            requests=("AudioPlayer.PlaybackNearlyFinished",),
        ),
        Named(f"{_HERE}.playback.FinishedHandler", requests=("AudioPlayer.PlaybackFinished",)),
        Named(f"{_HERE}.playback.FailedHandler", requests=("AudioPlayer.PlaybackFailed",)),
        Named(
            f"{_HERE}.playback.QuietPlaybackEventHandler", requests=("AudioPlayer.PlaybackStarted",)
        ),
        Named(f"{_HERE}.playback.StoppedHandler", requests=("AudioPlayer.PlaybackStopped",)),
        Named(
            f"{_HERE}.playback.PlayButtonHandler",
            requests=("PlaybackController.PlayCommandIssued",),
        ),
        Named(
            f"{_HERE}.playback.PauseButtonHandler",
            requests=("PlaybackController.PauseCommandIssued",),
        ),
        Named(f"{_HERE}.playback.OtherButtonHandler", requests=_BUTTONS),
        # While a hold is spoken aloud, everything said belongs to it.
        Named(f"{_HERE}.spoken.SpokenHoldHandler", intents=EVERY, kept="spoken_hold"),
        *(Named(f"{_HERE}.controls.{name}", intents=said) for name, said in _CONTROLLED_BY.items()),
        Named(f"{_HERE}.in_hold.InHoldAnswerHandler", intents=EVERY),
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
