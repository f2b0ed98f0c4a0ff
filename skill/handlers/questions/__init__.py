"""What a person asks along the way: questions, pain elsewhere, hesitation, frustration, and
asking for a person."""

from __future__ import annotations

from skill.handlers.plumbing.named import Named
from skill.handlers.plumbing.order import Group

# The intents of skill/routine/questions.py's QUESTION_INTENTS, by name: that module loads
# only when a question is asked (tests/unit/test_handler_overlap.py holds the two alike).
_QUESTIONS = (
    "ItHurtsIntent",
    "WhichKneeIntent",
    "HowHardIntent",
    "WhatIsThePointIntent",
    "WhyTheKneeIntent",
    "BothKneesIntent",
    "RubbingIntent",
    "CantReachIntent",
    "TooSoreToBendIntent",
    "HowOftenIntent",
    "DoesItWorkIntent",
    "WhatIsQiIntent",
    "WhatYouKeepIntent",
    "SittingOrLyingIntent",
)

QUESTIONS = Group(
    "questions",
    (
        Named("skill.handlers.questions.asked.QuestionHandler", intents=_QUESTIONS),
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
