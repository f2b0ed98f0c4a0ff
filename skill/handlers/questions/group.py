"""What a person asks along the way: questions, pain elsewhere, hesitation, frustration, and
asking for a person."""

from __future__ import annotations

from skill.handlers.plumbing.named import Named
from skill.handlers.plumbing.order import Group
from skill.routine.questions import QUESTION_INTENTS

QUESTIONS = Group(
    "questions",
    (
        Named("skill.handlers.questions.asked.QuestionHandler", intents=QUESTION_INTENTS),
        Named("skill.handlers.questions.asked.OtherPainHandler", intents=("OtherPainIntent",)),
        Named("skill.handlers.questions.asked.HesitationHandler", intents=("HesitationIntent",)),
        Named(
            "skill.handlers.questions.frustration.TalkToPersonHandler",
            intents=("TalkToPersonIntent",),
        ),
        Named(
            "skill.handlers.questions.frustration.FrustratedHandler", intents=("FrustratedIntent",)
        ),
    ),
)
