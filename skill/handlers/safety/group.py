"""Safety first: red flags and pain while pressing, anywhere; unclear answers to the check."""

from __future__ import annotations

from skill.handlers.plumbing.named import EVERY, Named
from skill.handlers.plumbing.order import Group

_HERE = "skill.handlers.safety"

SAFETY = Group(
    "safety first",
    (
        # A red flag can be said in the words of any intent.
        Named(f"{_HERE}.symptoms.SymptomHandler", intents=EVERY),
        Named(
            f"{_HERE}.symptoms.UnclearSafetyAnswerHandler",
            intents=("OkayIntent", "AMAZON.FallbackIntent", "AMAZON.NextIntent", "SymptomIntent"),
        ),
    ),
)
