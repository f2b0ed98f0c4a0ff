"""The way to the point: opening, the safety check, who presses, the steps, the length."""

from __future__ import annotations

from skill.handlers.plumbing.named import Named
from skill.handlers.plumbing.order import Group

WAY = Group(
    "the way to the point",
    (
        Named("skill.handlers.way.launch.LaunchHandler", requests=("LaunchRequest",)),
        Named("skill.handlers.way.launch.BackPainHandler", intents=("BackPainIntent",)),
        Named("skill.handlers.way.safety.SafetyInfoHandler", intents=("SafetyInfoIntent",)),
        Named(
            "skill.handlers.way.holder.HolderHandler",
            intents=("SelfHoldIntent", "HelperHoldIntent"),
        ),
        Named("skill.handlers.way.answers.YesHandler", intents=("AMAZON.YesIntent", "OkayIntent")),
        # A symptom named only to deny it is a no.
        Named("skill.handlers.way.answers.NoHandler", intents=("AMAZON.NoIntent", "SymptomIntent")),
        Named("skill.handlers.way.answers.NotTodayHandler", intents=("NotTodayIntent",)),
        Named("skill.handlers.way.locating.NextHandler", intents=("AMAZON.NextIntent",)),
        Named("skill.handlers.way.locating.PreviousHandler", intents=("AMAZON.PreviousIntent",)),
        Named("skill.handlers.way.locating.RepeatHandler", intents=("AMAZON.RepeatIntent",)),
        Named("skill.handlers.way.locating.StartOverHandler", intents=("AMAZON.StartOverIntent",)),
        Named("skill.handlers.way.locating.FoundItHandler", intents=("FoundItIntent",)),
        Named("skill.handlers.way.locating.WhereIsItHandler", intents=("WhereIsItIntent",)),
        Named("skill.handlers.way.hold_length.HoldLengthHandler", intents=("HoldLengthIntent",)),
        Named(
            "skill.handlers.way.hold_length.NamedLengthHandler",
            intents=("FullLengthIntent", "QuickLengthIntent"),
        ),
        Named("skill.handlers.way.hold_length.SameAsUsualHandler", intents=("SameAsUsualIntent",)),
        Named(
            "skill.handlers.way.hold_length.RecommendedLengthHandler",
            intents=("RecommendedLengthIntent",),
        ),
        Named("skill.handlers.way.skip_steps.SkipStepsHandler", intents=("SkipStepsIntent",)),
        Named("skill.handlers.way.thanks.ThanksHandler", intents=("ThanksIntent",)),
    ),
)
