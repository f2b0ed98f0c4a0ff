"""Safety first: red flags and pain while pressing, anywhere; unclear answers to the check."""

from __future__ import annotations

from skill.handlers.plumbing.named import EVERY, Named
from skill.handlers.plumbing.order import Group

SAFETY = Group(
    "safety first",
    (
        # A red flag can be said in the words of any intent.
        Named("skill.handlers.safety.symptoms.SymptomHandler", intents=EVERY),
        Named(
            "skill.handlers.safety.symptoms.UnclearSafetyAnswerHandler",
            intents=("OkayIntent", "AMAZON.FallbackIntent", "AMAZON.NextIntent", "SymptomIntent"),
        ),
    ),
)
