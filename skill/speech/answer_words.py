"""Short answers to what people ask, in the skill's own words.

Each is at most two short sentences. Health facts go no further than the source
article does ("many people", "often"); anything medical sends the person to a
doctor, or a midwife in pregnancy.
"""

from __future__ import annotations

from skill.routine.hold_length import EASING_MINUTES, FULL_EFFECT_MINUTES
from skill.routine.questions import Question
from skill.speech.privacy_words import WHAT_I_KEEP

# "How long should I do it?" asked while a hold already runs.
HOW_LONG = (
    f"{EASING_MINUTES} minutes often brings some relief; "
    f"{FULL_EFFECT_MINUTES} gives the full effect."
)

_ANSWERS: dict[Question, str] = {
    Question.IT_HURTS: (
        "Ease off until it feels firm but never sharp. "
        "If it still hurts, stop, and have a doctor check it."
    ),
    Question.WHICH_KNEE: "Either knee is fine, left or right. You can also press both at once.",
    Question.HOW_HARD: (
        "Firmly but comfortably, with your fingertips or a thumb. It should never feel sharp."
    ),
    Question.WHAT_IS_THE_POINT: (
        "Bladder 40 is an acupressure point in the middle of the crease behind the knee. "
        "Many people use it to ease lower back pain."
    ),
    Question.WHY_THE_KNEE: (
        "In acupressure, this point behind the knee is known as the master point for back pain. "
        "It's thought to help the back's muscles relax."
    ),
    Question.BOTH_KNEES: "Yes, you can press both knees at once, or just one.",
    Question.RUBBING: "Yes. You can hold the point still, or rub it gently, whichever feels best.",
    Question.CANT_REACH: (
        "Try lying on your back and drawing your knee up towards you. "
        "Or someone can press it for you: just say, someone is helping."
    ),
    Question.TOO_SORE_TO_BEND: (
        "Lie down, and let someone press the point for you if you can. "
        "If the pain is severe or getting worse, please see a doctor."
    ),
    Question.HOW_OFTEN: (
        "I can't say how often is right for you, so please ask your doctor. "
        "The effect often carries on for hours after a hold."
    ),
    Question.DOES_IT_WORK: (
        f"Many people find the pain starts to ease after about {EASING_MINUTES} minutes. "
        "This is self-care, not medical advice: for medical questions, please see a doctor."
    ),
    # The article uses the word without defining it: "helps to move Blood and Qi in the back,
    # allowing for muscles to relax and pain to subside". No more is claimed than that.
    Question.WHAT_IS_QI: (
        "Qi, said chee, is a word from acupressure, not from medicine. "
        "This point is said to move Blood and Qi in the back, helping muscles relax."
    ),
    Question.WHAT_YOU_KEEP: WHAT_I_KEEP,
    Question.SITTING_OR_LYING: (
        "Either, whichever is more comfortable. "
        "Sit, or lie on your back with your knees a little bent."
    ),
}


def answer(question: Question) -> str:
    """The answer to `question`, at any step or during a hold."""
    return _ANSWERS[question]


def talk_to_person(emergency_number: str) -> str:
    """ "Talk to a human": the skill can't put them through; who can help, and who in an
    emergency (the locale's number)."""
    return (
        "I'm sorry, I can't put you through to a person. Your doctor can help with your back. "
        f"If it's an emergency, call {emergency_number}."
    )
