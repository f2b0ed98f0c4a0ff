"""The hold's handlers: the device's reports and buttons, then what is said over a hold."""

from __future__ import annotations

from skill.handlers.plumbing.named import EVERY, Named
from skill.handlers.plumbing.order import Before, Group

_BUTTONS = (
    "PlaybackController.PlayCommandIssued",
    "PlaybackController.PauseCommandIssued",
    "PlaybackController.NextCommandIssued",
    "PlaybackController.PreviousCommandIssued",
)
# Said over a hold, these are the hold's own controls.
_CONTROLS = (
    "PauseHoldHandler",
    "ResumeHoldHandler",
    "StopHoldHandler",
    "StartOverHoldHandler",
    "AfterHoldHandler",
)

HOLD = Group(
    "the hold",
    (
        Named(
            "skill.handlers.hold.playback.NearlyFinishedHandler",
            requests=("AudioPlayer.PlaybackNearlyFinished",),
        ),
        Named(
            "skill.handlers.hold.playback.FinishedHandler",
            requests=("AudioPlayer.PlaybackFinished",),
        ),
        Named(
            "skill.handlers.hold.playback.FailedHandler", requests=("AudioPlayer.PlaybackFailed",)
        ),
        Named(
            "skill.handlers.hold.playback.QuietPlaybackEventHandler",
            requests=("AudioPlayer.PlaybackStarted",),
        ),
        Named(
            "skill.handlers.hold.playback.StoppedHandler", requests=("AudioPlayer.PlaybackStopped",)
        ),
        Named(
            "skill.handlers.hold.playback.PlayButtonHandler",
            requests=("PlaybackController.PlayCommandIssued",),
        ),
        Named(
            "skill.handlers.hold.playback.PauseButtonHandler",
            requests=("PlaybackController.PauseCommandIssued",),
        ),
        Named("skill.handlers.hold.playback.OtherButtonHandler", requests=_BUTTONS),
        # While a hold is spoken aloud, everything said belongs to it.
        Named("skill.handlers.hold.spoken.SpokenHoldHandler", intents=EVERY, kept="spoken_hold"),
        Named("skill.handlers.hold.controls.PauseHoldHandler", intents=("AMAZON.PauseIntent",)),
        Named("skill.handlers.hold.controls.ResumeHoldHandler", intents=("AMAZON.ResumeIntent",)),
        Named(
            "skill.handlers.hold.controls.StopHoldHandler",
            intents=("AMAZON.StopIntent", "AMAZON.CancelIntent"),
        ),
        Named(
            "skill.handlers.hold.controls.StartOverHoldHandler", intents=("AMAZON.StartOverIntent",)
        ),
        Named(
            "skill.handlers.hold.controls.AfterHoldHandler",
            intents=(
                "AMAZON.NextIntent",
                "AMAZON.PreviousIntent",
                "AMAZON.RepeatIntent",
                "AMAZON.LoopOnIntent",
                "AMAZON.LoopOffIntent",
                "AMAZON.ShuffleOnIntent",
                "AMAZON.ShuffleOffIntent",
            ),
        ),
        Named("skill.handlers.hold.in_hold.InHoldAnswerHandler", intents=EVERY, over_a_hold=True),
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
            for control in _CONTROLS
        ),
    ),
)
