"""What people ask on the way to the point, and which question an intent asks.

The answers' words live in skill/speech/answer_words.py. Pregnancy, numbness and pain
while pressing are not questions but symptoms, weighed in skill/routine/symptoms.py.
"""

from __future__ import annotations

from enum import StrEnum


class Question(StrEnum):
    IT_HURTS = "it_hurts"
    WHICH_KNEE = "which_knee"
    HOW_HARD = "how_hard"
    WHAT_IS_THE_POINT = "what_is_the_point"
    WHY_THE_KNEE = "why_the_knee"
    BOTH_KNEES = "both_knees"
    RUBBING = "rubbing"
    CANT_REACH = "cant_reach"
    TOO_SORE_TO_BEND = "too_sore_to_bend"
    HOW_OFTEN = "how_often"
    DOES_IT_WORK = "does_it_work"
    WHAT_IS_QI = "what_is_qi"
    WHAT_YOU_KEEP = "what_you_keep"
    SITTING_OR_LYING = "sitting_or_lying"


# One intent per question, so each is matched by its own sample utterances.
QUESTION_INTENTS: dict[str, Question] = {
    "ItHurtsIntent": Question.IT_HURTS,
    "WhichKneeIntent": Question.WHICH_KNEE,
    "HowHardIntent": Question.HOW_HARD,
    "WhatIsThePointIntent": Question.WHAT_IS_THE_POINT,
    "WhyTheKneeIntent": Question.WHY_THE_KNEE,
    "BothKneesIntent": Question.BOTH_KNEES,
    "RubbingIntent": Question.RUBBING,
    "CantReachIntent": Question.CANT_REACH,
    "TooSoreToBendIntent": Question.TOO_SORE_TO_BEND,
    "HowOftenIntent": Question.HOW_OFTEN,
    "DoesItWorkIntent": Question.DOES_IT_WORK,
    "WhatIsQiIntent": Question.WHAT_IS_QI,
    "WhatYouKeepIntent": Question.WHAT_YOU_KEEP,
    "SittingOrLyingIntent": Question.SITTING_OR_LYING,
}


def question_asked(intent_name: str) -> Question | None:
    """The question an intent asks, or None if it asks none of these."""
    return QUESTION_INTENTS.get(intent_name)
