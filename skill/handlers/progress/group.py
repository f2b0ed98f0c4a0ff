"""Progress, pain ratings (kept only with consent) and preferences, at any point."""

from __future__ import annotations

from skill.handlers.plumbing.named import Named, NamedInterceptor
from skill.handlers.plumbing.order import Group

_HERE = "skill.handlers.progress"

PROGRESS = Group(
    "progress and preferences",
    (
        Named(
            f"{_HERE}.progress.ProgressHandler",
            intents=("ProgressIntent", "LastHoldIntent"),
        ),
        Named(
            f"{_HERE}.rating_consent.KeepRatingsAnswerHandler",
            intents=("AMAZON.YesIntent", "AMAZON.NoIntent"),
            kept="keep_ratings_question",
        ),
        Named(f"{_HERE}.pain.PainRatingHandler", intents=("PainRatingIntent",)),
        Named(f"{_HERE}.rating_consent.KeepRatingsHandler", intents=("KeepRatingsIntent",)),
        Named(
            f"{_HERE}.rating_consent.StopKeepingRatingsHandler",
            intents=("StopKeepingRatingsIntent",),
        ),
        Named(f"{_HERE}.preferences.UsualLengthHandler", intents=("UsualLengthIntent",)),
        Named(
            f"{_HERE}.preferences.CadenceHandler",
            intents=("CountEveryMinuteIntent", "CountEveryFiveMinutesIntent", "QuietCountIntent"),
        ),
        Named(
            f"{_HERE}.preferences.SpeechRateHandler",
            intents=("SpeakSlowerIntent", "SpeakFasterIntent", "NormalSpeedIntent"),
        ),
    ),
    interceptors=(
        NamedInterceptor(
            f"{_HERE}.rating_consent.ForgetUnansweredQuestion", kept="keep_ratings_question"
        ),
    ),
)
