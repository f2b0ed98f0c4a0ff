"""What a person asks along the way: questions, pain elsewhere, hesitation, frustration, and
asking for a person."""

from __future__ import annotations

from skill.handlers.plumbing.named import Named
from skill.handlers.plumbing.order import Group
from skill.routine.questions import QUESTION_INTENTS

_HERE = "skill.handlers.questions"

QUESTIONS = Group(
    "questions",
    (
        Named(f"{_HERE}.asked.QuestionHandler", intents=QUESTION_INTENTS),
        Named(f"{_HERE}.asked.OtherPainHandler", intents=("OtherPainIntent",)),
        Named(f"{_HERE}.asked.HesitationHandler", intents=("HesitationIntent",)),
        Named(
            f"{_HERE}.frustration.TalkToPersonHandler",
            intents=("TalkToPersonIntent",),
        ),
        Named(f"{_HERE}.frustration.FrustratedHandler", intents=("FrustratedIntent",)),
    ),
)
