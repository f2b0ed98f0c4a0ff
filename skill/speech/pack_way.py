"""What a language pack says about the way to the point and the questions on it.

Each member is one word, sentence or way of saying a thing that a handler uses: the
English pack meets these with the modules of `skill.speech`, another language with its
own. How a pack builds them (its steps, its safety check, its counts) is its own affair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

# The interfaces name these types only in hints: importing them would load the hold,
# progress and reminder machinery into every cold start.
if TYPE_CHECKING:
    from skill.routine.journey import Journey
    from skill.routine.questions import Question
    from skill.routine.steps import Step


class Common(Protocol):
    """What is said at any step: notes, apologies, goodbyes, the point's words."""

    PRESS_TIP: str
    PRESS_TIP_AS_HOLD_STARTS: str
    WHERE_IS_IT: str
    LENGTH_REPROMPT: str
    FIRST_STEP_ALREADY: str
    NOT_FOUND_YET: str
    GOODBYE: str
    FOUND_IT: str
    NOT_NOW: str
    NO_USUAL_YET: str
    NOT_SAVED: str
    POINT_TITLE: str
    SORRY: str
    DIDNT_CATCH: str


class CheckWords(Protocol):
    """The safety check, and the questions asked on the way."""

    SAFETY_CLEAR: str
    SAFETY_TITLE: str
    OTHER_PAIN: str
    OTHER_PAIN_OF: str
    LENGTH_INSTEAD: str


class AnswerWords(Protocol):
    """Answers to what a person asks."""

    HOW_LONG: str

    def answer(self, question: Question) -> str: ...
    def talk_to_person(self, emergency_number: str) -> str: ...


class HelpingWords(Protocol):
    """What is said to a helper about the person they press the point for."""

    THANKS_FOR_HELPING: str
    THANKS_MID_HOLD: str
    STOP_FOR_A_DOCTOR: str
    STOP_BEHIND_THE_KNEE: str

    def step(self, step: Step) -> str: ...
    def answer(self, question: Question) -> str | None: ...


class FallbackWords(Protocol):
    """What is said when the skill did not understand."""

    TAKE_YOUR_TIME: str
    FRUSTRATED_ONE_SHOT: str

    def simpler_choice(self, journey: Journey) -> str: ...
    def still_missed(self, misses: int) -> str: ...
    def frustrated(self, count: int) -> str: ...
    def frustrated_in_hold(self, seed: int) -> str: ...
