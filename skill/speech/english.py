"""What the skill says in English (every en-* locale).

Sentences are short and plain: the listener is in pain, hands busy, eyes closed.
skill.speech.journey_phrases chooses among the phrases by where the person is.
"""

from __future__ import annotations

from skill.routine.hold_length import (
    EASING_MINUTES,
    FULL_EFFECT_MINUTES,
    LONGEST_MINUTES,
    SHORTEST_MINUTES,
    LengthProblem,
)
from skill.routine.journey import Stage
from skill.routine.steps import Step

WELCOME_NEW = (
    "Hi, I'm Acupressure Helper. I'll guide you to a pressure point behind your knee "
    "that many people use for back pain, and time the hold for you. Shall we start?"
)
WELCOME_BACK = ("Welcome back.", "Good to hear from you again.", "Hello again.")

HOLDER_QUESTION = "Will you press the point yourself, or is someone helping you?"
HOLDER_REPROMPT = "Just say: myself, or: someone is helping."

SELF_STEPS: dict[Step, str] = {
    Step.COMFORTABLE: (
        "Let's find the point. First, get comfortable. Sit, or lie on your back, "
        "with your knees a little bent so you can reach behind them. "
        "Say next when you're ready."
    ),
    Step.CREASE: (
        "Slide a hand behind your knee and find the crease, the fold where your leg bends."
    ),
    Step.TENDONS: (
        "Along that crease, feel for two firm cords, one at each side of the knee. "
        "Those are tendons."
    ),
    Step.CENTRE: (
        "The point is in the middle of the crease, halfway between those two tendons. "
        "It may feel a little tender."
    ),
    Step.PRESS: (
        "Press there with your fingertips, firmly but comfortably. "
        "It should never feel sharp. If it does, ease off."
    ),
    Step.KNEES: (
        "You can press one knee, or both at once, with a hand behind each. "
        "When you're pressing the point, say: found it."
    ),
}

HELPER_STEPS: dict[Step, str] = {
    **SELF_STEPS,
    Step.COMFORTABLE: (
        "Let's find the point. First, get comfortable. Lie face down, or on your side, "
        "with your legs relaxed. "
        "Your helper can sit beside your knees. Say next when you're ready."
    ),
    Step.CREASE: "Helper, find the crease at the back of the knee, the fold where the leg bends.",
    Step.PRESS: (
        "Press there with the fingertips or a thumb, firmly but comfortably. "
        "It should never feel sharp. Check how it feels, and ease off if it hurts."
    ),
    Step.KNEES: (
        "You can press one knee, or both at once. When the point is being pressed, say: found it."
    ),
}

STEP_REPROMPT = "Say next when you're ready, or repeat to hear that again."
LAST_STEP_REPROMPT = "When you're pressing the point, say: found it."

# Said when "found it" comes before the step on how to press.
PRESS_TIP = "Press firmly but comfortably, never sharply; one knee or both."
# Found before the step on pressing, with the length already chosen: the hold starts now.
PRESS_TIP_AS_HOLD_STARTS = "Well done. Press firmly, never sharply."

WHERE_IS_IT = (
    "The point is at the back of the knee, in the middle of the crease, "
    "halfway between the two tendons."
)

QUICK_LOCATE = (
    "Find the point: the middle of the crease behind the knee, between the two tendons. "
    "Press firmly, but never so it feels sharp. "
    "Say found it when you're there, or: guide me."
)
QUICK_LOCATE_REPROMPT = "Say found it when you're on the point, or: guide me."

LENGTH_QUESTION = (
    f"How long would you like to hold it? {EASING_MINUTES} minutes often brings "
    f"some relief; {FULL_EFFECT_MINUTES} gives the full effect."
)
LENGTH_REPROMPT = f"Say a number of minutes, like {EASING_MINUTES}, or {FULL_EFFECT_MINUTES}."

LENGTH_PROBLEMS: dict[LengthProblem, str] = {
    LengthProblem.UNCLEAR: "Sorry, I didn't catch how long.",
    LengthProblem.TOO_SHORT: "That's too short to help.",
    LengthProblem.TOO_LONG: "That's longer than I can time.",
}
LENGTH_RANGE = f"Choose anything from {SHORTEST_MINUTES} to {LONGEST_MINUTES} minutes."

OFFER_REPROMPT = "Shall we start? Say yes, or stop."
ACKNOWLEDGE = ("Okay.", "Alright.", "Good.")
THANKED = ("You're welcome.", "My pleasure.", "Any time.")
FIRST_STEP_ALREADY = "That's the first step."
NOT_FOUND_YET = "That's alright, take your time."

GOODBYE = "Take care. I hope your back feels easier soon."
FOUND_IT = "Well done."
NOT_NOW = "Okay. Whenever you need me, just ask Acupressure Helper for back pain. Take care."

NO_USUAL_YET = "You don't have a usual length yet."

NOT_SAVED = "I couldn't save that just now."
# The title of the card and screen that show the point.
POINT_TITLE = "Finding Bladder 40"
SORRY = "Sorry, something went wrong on my side."
DIDNT_CATCH = "Sorry, I didn't get that."


def minutes(count: int) -> str:
    return "1 minute" if count == 1 else f"{count} minutes"


# The usual length and a length said; `{minutes}` and `{your_usual}` are filled in by
# skill.speech.journey_phrases, which chooses among these for every language.
OFFER = "Shall we start?"
WELCOME_BACK_ASK = "Shall we find the point together?"
YOUR_USUAL = ("your usual {minutes}", "your usual {minutes}")
USUAL_OFFER = "Shall we do {your_usual}?"
USUAL_REPROMPT = "Say yes for {your_usual}, or say another length."
USUAL_HELP = "Say yes to hold the point for {your_usual}, or say another length, like ten minutes."
LENGTH_NOTED = "{minutes}, noted. I'll start timing once you've found the point."
LENGTH_KEPT = "{minutes}, noted."
LENGTH_CHOSEN = "{minutes} it is."
REMEMBERED = "I'll remember that for next time."
# Help at each stage but the usual length's.
HELP: dict[Stage, str] = {
    Stage.OFFER: (
        "I can guide you to a point behind the knee that many people find eases "
        "back pain, then time how long you hold it. Say yes to start, or stop. "
        "You can also ask me things, like: which knee?"
    ),
    Stage.HOLDER: (
        "I'll guide you either way. Say myself if you'll press the point, "
        "or someone is helping if another person will."
    ),
    Stage.LOCATE: (
        "Say next, go back, repeat, or where is it. Say found it when you're on it. "
        "You can ask me things too, like: how hard should I press?"
    ),
    Stage.QUICK_LOCATE: ("Say found it when you're pressing the point, or guide me for the steps."),
    Stage.LENGTH: (
        "Say how many minutes to hold the point, "
        f"from {SHORTEST_MINUTES} to {LONGEST_MINUTES}: "
        "a quick one, the full thirty, or any number. Or say: you choose."
    ),
}
