"""Progress, pain ratings (kept only with consent) and preferences, at any point."""

from __future__ import annotations

from skill.handlers.plumbing.order import Group
from skill.handlers.progress.pain import PainRatingHandler
from skill.handlers.progress.preferences import (
    CadenceHandler,
    SpeechRateHandler,
    UsualLengthHandler,
)
from skill.handlers.progress.progress import ProgressHandler
from skill.handlers.progress.rating_consent import (
    ForgetUnansweredQuestion,
    KeepRatingsAnswerHandler,
    KeepRatingsHandler,
    StopKeepingRatingsHandler,
)

PROGRESS = Group(
    "progress and preferences",
    (
        ProgressHandler(),
        KeepRatingsAnswerHandler(),
        PainRatingHandler(),
        KeepRatingsHandler(),
        StopKeepingRatingsHandler(),
        UsualLengthHandler(),
        CadenceHandler(),
        SpeechRateHandler(),
    ),
    interceptors=(ForgetUnansweredQuestion(),),
)
