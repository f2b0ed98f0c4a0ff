"""The way to the point: opening, the safety check, who presses, the steps, the length."""

from __future__ import annotations

from skill.handlers.plumbing.named import Named
from skill.handlers.plumbing.order import Group

_HERE = "skill.handlers.way"

WAY = Group(
    "the way to the point",
    (
        Named(f"{_HERE}.launch.LaunchHandler", requests=("LaunchRequest",)),
        Named(f"{_HERE}.launch.BackPainHandler", intents=("BackPainIntent",)),
        Named(f"{_HERE}.safety.SafetyInfoHandler", intents=("SafetyInfoIntent",)),
        Named(f"{_HERE}.holder.HolderHandler", intents=("SelfHoldIntent", "HelperHoldIntent")),
        Named(f"{_HERE}.answers.YesHandler", intents=("AMAZON.YesIntent", "OkayIntent")),
        # A symptom named only to deny it is a no.
        Named(f"{_HERE}.answers.NoHandler", intents=("AMAZON.NoIntent", "SymptomIntent")),
        Named(f"{_HERE}.answers.NotTodayHandler", intents=("NotTodayIntent",)),
        Named(f"{_HERE}.locating.NextHandler", intents=("AMAZON.NextIntent",)),
        Named(f"{_HERE}.locating.PreviousHandler", intents=("AMAZON.PreviousIntent",)),
        Named(f"{_HERE}.locating.RepeatHandler", intents=("AMAZON.RepeatIntent",)),
        Named(f"{_HERE}.locating.StartOverHandler", intents=("AMAZON.StartOverIntent",)),
        Named(f"{_HERE}.locating.FoundItHandler", intents=("FoundItIntent",)),
        Named(f"{_HERE}.locating.WhereIsItHandler", intents=("WhereIsItIntent",)),
        Named(f"{_HERE}.hold_length.HoldLengthHandler", intents=("HoldLengthIntent",)),
        Named(
            f"{_HERE}.hold_length.NamedLengthHandler",
            intents=("FullLengthIntent", "QuickLengthIntent"),
        ),
        Named(f"{_HERE}.hold_length.SameAsUsualHandler", intents=("SameAsUsualIntent",)),
        Named(
            f"{_HERE}.hold_length.RecommendedLengthHandler", intents=("RecommendedLengthIntent",)
        ),
        Named(f"{_HERE}.skip_steps.SkipStepsHandler", intents=("SkipStepsIntent",)),
        Named(f"{_HERE}.thanks.ThanksHandler", intents=("ThanksIntent",)),
    ),
)
