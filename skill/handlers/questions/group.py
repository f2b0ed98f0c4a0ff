"""What a person asks along the way: questions, pain elsewhere, hesitation."""

from __future__ import annotations

from skill.handlers.plumbing.order import Group
from skill.handlers.questions.asked import HesitationHandler, OtherPainHandler, QuestionHandler

QUESTIONS = Group("questions", (QuestionHandler(), OtherPainHandler(), HesitationHandler()))
