"""The hold's handlers: the device's reports and buttons, then what is said over a hold."""

from __future__ import annotations

from skill.handlers.hold.controls import (
    AfterHoldHandler,
    PauseHoldHandler,
    ResumeHoldHandler,
    StartOverHoldHandler,
    StopHoldHandler,
)
from skill.handlers.hold.in_hold import InHoldAnswerHandler
from skill.handlers.hold.playback import (
    FailedHandler,
    FinishedHandler,
    NearlyFinishedHandler,
    OtherButtonHandler,
    PauseButtonHandler,
    PlayButtonHandler,
    QuietPlaybackEventHandler,
    StoppedHandler,
)
from skill.handlers.hold.spoken import SpokenHoldHandler
from skill.handlers.plumbing.order import Before, Group

_CONTROLS = (
    PauseHoldHandler,
    ResumeHoldHandler,
    StopHoldHandler,
    StartOverHoldHandler,
    AfterHoldHandler,
)

HOLD = Group(
    "the hold",
    (
        NearlyFinishedHandler(),
        FinishedHandler(),
        FailedHandler(),
        QuietPlaybackEventHandler(),
        StoppedHandler(),
        PlayButtonHandler(),
        PauseButtonHandler(),
        OtherButtonHandler(),
        SpokenHoldHandler(),
        *(control() for control in _CONTROLS),
        InHoldAnswerHandler(),
    ),
    rules=(
        Before(
            PlayButtonHandler,
            (OtherButtonHandler,),
            "the other buttons' handler takes every PlaybackController event",
        ),
        Before(
            PauseButtonHandler,
            (OtherButtonHandler,),
            "the other buttons' handler takes every PlaybackController event",
        ),
        *(
            Before(
                control,
                (InHoldAnswerHandler,),
                "pause, resume, stop and start over over a hold are the hold's own controls, "
                "not something to answer while it plays on",
            )
            for control in _CONTROLS
        ),
    ),
)
