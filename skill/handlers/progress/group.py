"""Progress, pain ratings (kept only with consent) and preferences, at any point.

Each handler is named with the requests it may take, and loaded when one comes
(skill/handlers/plumbing/named.py).
"""

from __future__ import annotations

from skill.handlers.plumbing.named import Named, NamedInterceptor
from skill.handlers.plumbing.order import Group

_CONSENT = "skill.handlers.progress.rating_consent"
_PREFERENCES = "skill.handlers.progress.preferences"

PROGRESS = Group(
    "progress and preferences",
    (
        Named(
            "skill.handlers.progress.progress.ProgressHandler",
            intents=("ProgressIntent", "LastHoldIntent"),
        ),
        Named(
            f"{_CONSENT}.KeepRatingsAnswerHandler",
            intents=("AMAZON.YesIntent", "AMAZON.NoIntent"),
            kept="keep_ratings_question",
        ),
        Named("skill.handlers.progress.pain.PainRatingHandler", intents=("PainRatingIntent",)),
        Named(f"{_CONSENT}.KeepRatingsHandler", intents=("KeepRatingsIntent",)),
        Named(f"{_CONSENT}.StopKeepingRatingsHandler", intents=("StopKeepingRatingsIntent",)),
        Named(f"{_PREFERENCES}.UsualLengthHandler", intents=("UsualLengthIntent",)),
        Named(
            f"{_PREFERENCES}.CadenceHandler",
            intents=("CountEveryMinuteIntent", "CountEveryFiveMinutesIntent", "QuietCountIntent"),
        ),
        Named(
            f"{_PREFERENCES}.SpeechRateHandler",
            intents=("SpeakSlowerIntent", "SpeakFasterIntent", "NormalSpeedIntent"),
        ),
    ),
    interceptors=(
        NamedInterceptor(f"{_CONSENT}.ForgetUnansweredQuestion", kept="keep_ratings_question"),
    ),
)
