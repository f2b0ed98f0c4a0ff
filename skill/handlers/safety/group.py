"""Safety first: red flags and pain while pressing, anywhere; unclear answers to the check."""

from __future__ import annotations

from skill.handlers.plumbing.order import Group
from skill.handlers.safety.symptoms import SymptomHandler, UnclearSafetyAnswerHandler

SAFETY = Group("safety first", (SymptomHandler(), UnclearSafetyAnswerHandler()))
