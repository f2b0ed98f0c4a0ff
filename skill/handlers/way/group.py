"""The way to the point: opening, the safety check, who presses, the steps, the length."""

from __future__ import annotations

from skill.handlers.plumbing.order import Group
from skill.handlers.way.answers import NoHandler, NotTodayHandler, YesHandler
from skill.handlers.way.hold_length import (
    HoldLengthHandler,
    NamedLengthHandler,
    RecommendedLengthHandler,
    SameAsUsualHandler,
)
from skill.handlers.way.holder import HolderHandler
from skill.handlers.way.launch import BackPainHandler, LaunchHandler
from skill.handlers.way.locating import (
    FoundItHandler,
    NextHandler,
    PreviousHandler,
    RepeatHandler,
    StartOverHandler,
    WhereIsItHandler,
)
from skill.handlers.way.safety import SafetyInfoHandler
from skill.handlers.way.skip_steps import SkipStepsHandler
from skill.handlers.way.thanks import ThanksHandler

WAY = Group(
    "the way to the point",
    (
        LaunchHandler(),
        BackPainHandler(),
        SafetyInfoHandler(),
        HolderHandler(),
        YesHandler(),
        NoHandler(),
        NotTodayHandler(),
        NextHandler(),
        PreviousHandler(),
        RepeatHandler(),
        StartOverHandler(),
        FoundItHandler(),
        WhereIsItHandler(),
        HoldLengthHandler(),
        NamedLengthHandler(),
        SameAsUsualHandler(),
        RecommendedLengthHandler(),
        SkipStepsHandler(),
        ThanksHandler(),
    ),
)
