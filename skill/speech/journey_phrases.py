"""Which words fit where the person is on the way to the point: one choice, every language.

A language's phrases (`english.English`, `de.phrases.German`, ...) subclass this and give
only their words: the questions, reprompts and help of each stage, and the few sentences
that carry a usual length. Choosing among them by the journey is done here, once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, Protocol

from skill.routine.journey import Journey, Stage

if TYPE_CHECKING:
    from skill.routine.journey import Pending
    from skill.routine.steps import Holder, Step


class WayQuestions(Protocol):
    """A language's questions on the way (the safety check, the length), as said to
    the person pressing, or in a helper's form."""

    def question(self, pending: Pending, suggested: int | None) -> str: ...
    def reprompt(self, pending: Pending, suggested: int | None) -> str: ...
    def help_for(self, pending: Pending, suggested: int | None) -> str: ...


class HelperWays(WayQuestions, Protocol):
    def step(self, step: Step) -> str: ...


class JourneyPhrases:
    """prompt, reprompt and help, from the words a language's subclass gives."""

    checks: ClassVar[WayQuestions]
    helping: ClassVar[HelperWays]
    OFFER: ClassVar[str]
    OFFER_REPROMPT: ClassVar[str]
    HOLDER_QUESTION: ClassVar[str]
    HOLDER_REPROMPT: ClassVar[str]
    STEP_REPROMPT: ClassVar[str]
    LAST_STEP_REPROMPT: ClassVar[str]
    QUICK_LOCATE: ClassVar[str]
    QUICK_LOCATE_REPROMPT: ClassVar[str]
    LENGTH_QUESTION: ClassVar[str]
    LENGTH_REPROMPT: ClassVar[str]
    # Help at each stage but the usual length's (`usual_help`); a hold's is the length's.
    HELP: ClassVar[Mapping[Stage, str]]

    def step(self, step: Step, holder: Holder | None) -> str:
        raise NotImplementedError

    def usual_offer(self, usual: int) -> str:
        """The offer of the person's usual length."""
        raise NotImplementedError

    def usual_reprompt(self, usual: int) -> str:
        raise NotImplementedError

    def usual_help(self, usual: int) -> str:
        raise NotImplementedError

    def prompt(self, journey: Journey, usual: int | None) -> str:
        """The question or instruction that fits where the person is."""
        if journey.pending is not None:
            words = self.helping if journey.helping else self.checks
            return words.question(journey.pending, journey.suggested)
        match journey.stage:
            case Stage.OFFER:
                return self.OFFER
            case Stage.USUAL:
                return self.usual_offer(usual) if usual else self.OFFER
            case Stage.HOLDER:
                return self.HOLDER_QUESTION
            case Stage.LOCATE if journey.helping:
                return self.helping.step(journey.current_step)
            case Stage.LOCATE:
                return self.step(journey.current_step, journey.holder)
            case Stage.QUICK_LOCATE:
                return self.QUICK_LOCATE
            case Stage.LENGTH | Stage.HOLD:
                return self.LENGTH_QUESTION

    def reprompt(self, journey: Journey, usual: int | None) -> str:
        if journey.pending is not None:
            words = self.helping if journey.helping else self.checks
            return words.reprompt(journey.pending, journey.suggested)
        match journey.stage:
            case Stage.OFFER:
                return self.OFFER_REPROMPT
            case Stage.USUAL:
                return self.usual_reprompt(usual) if usual else self.OFFER_REPROMPT
            case Stage.HOLDER:
                return self.HOLDER_REPROMPT
            case Stage.LOCATE:
                return self.LAST_STEP_REPROMPT if journey.is_last_step else self.STEP_REPROMPT
            case Stage.QUICK_LOCATE:
                return self.QUICK_LOCATE_REPROMPT
            case Stage.LENGTH | Stage.HOLD:
                return self.LENGTH_REPROMPT

    def help(self, journey: Journey, usual: int | None) -> str:
        if journey.pending is not None:
            words = self.helping if journey.helping else self.checks
            return words.help_for(journey.pending, journey.suggested)
        if journey.stage is Stage.USUAL:
            return self.usual_help(usual or 0)
        return self.HELP[Stage.LENGTH if journey.stage is Stage.HOLD else journey.stage]
