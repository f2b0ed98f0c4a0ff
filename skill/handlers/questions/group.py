"""What a person asks along the way: questions, pain elsewhere, hesitation, frustration, and
asking for a person."""

from __future__ import annotations

from skill.handlers.plumbing.order import Group
from skill.handlers.questions.asked import HesitationHandler, OtherPainHandler, QuestionHandler
from skill.handlers.questions.frustration import FrustratedHandler, TalkToPersonHandler

QUESTIONS = Group(
    "questions",
    (
        QuestionHandler(),
        OtherPainHandler(),
        HesitationHandler(),
        TalkToPersonHandler(),
        FrustratedHandler(),
    ),
)
