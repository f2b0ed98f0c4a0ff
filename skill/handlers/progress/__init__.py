"""Progress, pain ratings (kept only with consent) and preferences, at any point."""

from __future__ import annotations

from skill.handlers.plumbing.named import Named, NamedInterceptor
from skill.handlers.plumbing.order import Group

PROGRESS = Group(
    "progress and preferences",
    (
        Named(
            "skill.handlers.progress.progress.ProgressHandler",
            intents=("ProgressIntent", "LastHoldIntent"),
        ),
        Named(
            "skill.handlers.progress.rating_consent.KeepRatingsAnswerHandler",
            intents=("AMAZON.YesIntent", "AMAZON.NoIntent"),
            kept="keep_ratings_question",
        ),
        Named("skill.handlers.progress.pain.PainRatingHandler", intents=("PainRatingIntent",)),
        Named(
            "skill.handlers.progress.rating_consent.KeepRatingsHandler",
            intents=("KeepRatingsIntent",),
        ),
        Named(
            "skill.handlers.progress.rating_consent.StopKeepingRatingsHandler",
            intents=("StopKeepingRatingsIntent",),
        ),
        Named(
            "skill.handlers.progress.preferences.UsualLengthHandler", intents=("UsualLengthIntent",)
        ),
        Named(
            "skill.handlers.progress.preferences.CadenceHandler",
            intents=("CountEveryMinuteIntent", "CountEveryFiveMinutesIntent", "QuietCountIntent"),
        ),
        Named(
            "skill.handlers.progress.preferences.SpeechRateHandler",
            intents=("SpeakSlowerIntent", "SpeakFasterIntent", "NormalSpeedIntent"),
        ),
    ),
    interceptors=(
        NamedInterceptor(
            "skill.handlers.progress.rating_consent.ForgetUnansweredQuestion",
            kept="keep_ratings_question",
        ),
    ),
)
