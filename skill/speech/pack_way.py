"""What a language pack says about the way to the point and the questions on it.

Each member is one word, sentence or way of saying a thing: the English pack meets these
with the modules of `skill.speech`, another language with its own.
"""

from __future__ import annotations

from typing import Protocol

from skill.routine.journey import Journey, Pending
from skill.routine.questions import Question


class Common(Protocol):
    """What is said at any step: notes, apologies, goodbyes, the point's words."""

    WELCOME_NEW: str
    HOLDER_QUESTION: str
    HOLDER_REPROMPT: str
    STEP_REPROMPT: str
    LAST_STEP_REPROMPT: str
    PRESS_TIP: str
    WHERE_IS_IT: str
    QUICK_LOCATE: str
    QUICK_LOCATE_REPROMPT: str
    LENGTH_QUESTION: str
    LENGTH_REPROMPT: str
    LENGTH_RANGE: str
    OFFER_REPROMPT: str
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

    def minutes(self, count: int) -> str: ...


class CheckWords(Protocol):
    """The safety check, and the questions asked on the way."""

    APPLIES: str
    SAFETY_FIRST: str
    SAFETY_SECOND: str
    SAFETY_CLEAR: str
    STOP_FOR_A_DOCTOR: str
    STOP_BEHIND_THE_KNEE: str
    SAFETY_TITLE: str
    OTHER_PAIN: str
    OTHER_PAIN_CHOICE: str
    OTHER_PAIN_OF: str
    INSTEAD: str
    INSTEAD_REPROMPT: str
    LENGTH_INSTEAD: str

    def suggest(self, minutes: int) -> str: ...
    def question(self, pending: Pending, suggested: int | None) -> str: ...
    def reprompt(self, pending: Pending, suggested: int | None) -> str: ...
    def help_for(self, pending: Pending, suggested: int | None) -> str: ...


class AnswerWords(Protocol):
    """Answers to what a person asks."""

    def answer(self, question: Question) -> str: ...


class FallbackWords(Protocol):
    """What is said when the skill did not understand."""

    DIDNT_CATCH: str
    TAKE_YOUR_TIME: str
    HELP_OR_STOP: str

    def simpler_choice(self, journey: Journey) -> str: ...
