"""Words for a helper: someone pressing the point for another person ("I'm doing it for my wife").

Every line that speaks of the patient's body as "you" or "your" has its helper form here,
speaking of "the person you're helping"; the rest of the pack serves a helper unchanged.
"""

from __future__ import annotations

from skill.routine.journey import Pending
from skill.routine.questions import Question
from skill.routine.steps import Step
from skill.speech import check_words

THANKS_FOR_HELPING = "Thank you for helping. The hold will count as theirs."
THANKS_MID_HOLD = "Thank you for helping. Keep a steady, comfortable pressure."

APPLIES = "Does any of that apply to them?"

# Often said right after a helper's thank-you, so kept to the fewest words that carry
# every question: the whole turn is one breath.
SAFETY_FIRST = (
    "A safety check for them first. Are their legs numb or weak? "
    "Trouble controlling their bladder or bowels? "
    "A fever, a fall or an injury? Does any of that apply?"
)
SAFETY_SECOND = (
    "Thank you. This is self-care, not medical advice. "
    "Any swelling, injury or varicose veins behind their knee? "
    "Is their calf painful or swollen? Or are they pregnant? " + APPLIES
)
STOP_FOR_A_DOCTOR = (
    "Then please have them see a doctor before trying this, and if it's sudden or severe, "
    "get help straight away. I hope they feel better soon."
)
STOP_BEHIND_THE_KNEE = (
    "Then it's best not to press behind their knee for now. "
    "Please have them check with a doctor first, or their midwife if they're pregnant. "
    "A painful, swollen calf needs medical help soon."
)

_STEPS: dict[Step, str] = {
    Step.COMFORTABLE: (
        "Let's find the point. First, help them get comfortable, "
        "lying face down or on their side, legs relaxed. Sit beside their knees. "
        "Say next when you're ready."
    ),
    Step.CREASE: "Find the crease at the back of their knee, the fold where the leg bends.",
    Step.TENDONS: (
        "Along that crease, feel for two firm cords, one at each side of the knee. "
        "Those are tendons."
    ),
    Step.CENTRE: (
        "The point is in the middle of the crease, halfway between those two tendons. "
        "It may feel a little tender to them."
    ),
    Step.PRESS: (
        "Press there with your fingertips or a thumb, firmly but comfortably. "
        "It should never feel sharp to them. Ask how it feels, and ease off if it hurts."
    ),
    Step.KNEES: (
        "You can press one knee, or both at once. When you're pressing the point, say: found it."
    ),
}

_ANSWERS: dict[Question, str] = {
    Question.IT_HURTS: (
        "Ease off until it feels firm to them, never sharp. "
        "If it still hurts, stop, and have a doctor check it."
    ),
    Question.CANT_REACH: (
        "Have them lie face down or on their side, and sit beside their knees, "
        "so the crease is easy to reach."
    ),
    Question.TOO_SORE_TO_BEND: (
        "They can lie face down with the leg straight; you press the crease. "
        "If the pain is severe or getting worse, please have them see a doctor."
    ),
    Question.SITTING_OR_LYING: (
        "Whichever is more comfortable for them. Lying face down or on their side is often easiest."
    ),
}


def step(step: Step) -> str:
    return _STEPS[step]


def answer(question: Question) -> str | None:
    """The helper form of an answer, where the usual one speaks of the patient as "you"."""
    return _ANSWERS.get(question)


def question(pending: Pending, suggested: int | None) -> str:
    """The question asked on the way, to a helper."""
    match pending:
        case Pending.SAFETY_FIRST:
            return SAFETY_FIRST
        case Pending.SAFETY_SECOND:
            return SAFETY_SECOND
        case _:
            return check_words.question(pending, suggested)


def reprompt(pending: Pending, suggested: int | None) -> str:
    if pending in (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND):
        return f"{APPLIES} Say yes, or no."
    return check_words.reprompt(pending, suggested)


def help_for(pending: Pending, suggested: int | None) -> str:
    if pending in (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND):
        return (
            "If any of those applies to the person you're helping, say yes, and I'll tell you "
            "what to do instead. If none does, say no, and we'll go on."
        )
    return check_words.help_for(pending, suggested)
