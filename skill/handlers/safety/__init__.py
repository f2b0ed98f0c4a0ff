"""Safety first: red flags and pain while pressing, anywhere; unclear answers to the check."""

from __future__ import annotations

from skill.handlers.plumbing.named import Named
from skill.handlers.plumbing.order import Group

SAFETY = Group(
    "safety first",
    (
        # A red flag can be said in the symptom slot of any intent that has one; pregnancy
        # has an intent of its own.
        Named(
            "skill.handlers.safety.symptoms.SymptomHandler",
            intents=("PregnantIntent",),
            slot="symptom",
        ),
        Named(
            "skill.handlers.safety.symptoms.UnclearSafetyAnswerHandler",
            intents=("OkayIntent", "AMAZON.FallbackIntent", "AMAZON.NextIntent", "SymptomIntent"),
        ),
    ),
)
