"""Which words fit where the person is on the way to the point: one choice, every language.

A language's phrases (`english.English`, `de.phrases.German`, ...) subclass this and give
only their words: the greetings, the steps for oneself and for a helper, the questions,
reprompts and help of each stage, and the sentences that carry a length, with a slot where
the choice puts it: `{minutes}` (the pack's own "5 minutes") and `{your_usual}` (the
person's usual length, as the pack's YOUR_USUAL says it for one minute or for more).
Choosing among them by the journey, the seed, the holder or the count is done here, once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, Protocol

from skill.routine.journey import Journey, Stage
from skill.routine.steps import Holder

if TYPE_CHECKING:
    from skill.routine.hold_length import LengthProblem
    from skill.routine.journey import Pending
    from skill.routine.steps import Step


class WayQuestions(Protocol):
    """A language's questions on the way (the safety check, the length), as said to
    the person pressing, or in a helper's form."""

    def question(self, pending: Pending, suggested: int | None) -> str: ...
    def reprompt(self, pending: Pending, suggested: int | None) -> str: ...
    def help_for(self, pending: Pending, suggested: int | None) -> str: ...


class HelperWays(WayQuestions, Protocol):
    def step(self, step: Step) -> str: ...


def _sentence(said: str) -> str:
    """`said` opening with a capital, as a sentence does ("5 minutes, noted." stays)."""
    return f"{said[:1].upper()}{said[1:]}"


class JourneyPhrases:
    """Every phrase on the way to the point, from the words a language's subclass gives."""

    checks: ClassVar[WayQuestions]
    helping: ClassVar[HelperWays]
    WELCOME_NEW: ClassVar[str]
    # A returning person hears one of the greetings (by the seed), then the question:
    # WELCOME_BACK_ASK, or the offer of their usual length.
    WELCOME_BACK: ClassVar[tuple[str, ...]]
    WELCOME_BACK_ASK: ClassVar[str]
    ACKNOWLEDGE: ClassVar[tuple[str, ...]]
    THANKED: ClassVar[tuple[str, ...]]
    # The steps to the point for the person pressing it themselves, and with a helper.
    SELF_STEPS: ClassVar[Mapping[Step, str]]
    HELPER_STEPS: ClassVar[Mapping[Step, str]]
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
    # Help at each stage but the usual length's (USUAL_HELP); a hold's is the length's.
    HELP: ClassVar[Mapping[Stage, str]]
    # "your usual 5 minutes": for one minute, and for more; each with a `{minutes}` slot.
    YOUR_USUAL: ClassVar[tuple[str, str]]
    USUAL_OFFER: ClassVar[str]
    USUAL_REPROMPT: ClassVar[str]
    USUAL_HELP: ClassVar[str]
    # A length that could not be taken: what was wrong, then the lengths that can be.
    LENGTH_PROBLEMS: ClassVar[Mapping[LengthProblem, str]]
    LENGTH_RANGE: ClassVar[str]
    # A length said: noted on the way to the point, kept before the way begins, or chosen
    # (and REMEMBERED follows when it becomes the usual one). Each opens a sentence.
    LENGTH_NOTED: ClassVar[str]
    LENGTH_KEPT: ClassVar[str]
    LENGTH_CHOSEN: ClassVar[str]
    REMEMBERED: ClassVar[str]

    def minutes(self, count: int) -> str:
        """ "1 minute", "5 minutes": a count of minutes, the language's way."""
        raise NotImplementedError

    def welcome_new(self) -> str:
        return self.WELCOME_NEW

    def welcome_back(self, seed: int) -> str:
        return f"{self.WELCOME_BACK[seed % len(self.WELCOME_BACK)]} {self.WELCOME_BACK_ASK}"

    def welcome_back_usual(self, usual: int, seed: int) -> str:
        return f"{self.WELCOME_BACK[seed % len(self.WELCOME_BACK)]} {self.usual_offer(usual)}"

    def acknowledge(self, seed: int) -> str:
        return self.ACKNOWLEDGE[seed % len(self.ACKNOWLEDGE)]

    def thanked(self, seed: int) -> str:
        return self.THANKED[seed % len(self.THANKED)]

    def step(self, step: Step, holder: Holder | None) -> str:
        steps = self.HELPER_STEPS if holder == Holder.HELPER else self.SELF_STEPS
        return steps[step]

    def _usual(self, sentence: str, usual: int) -> str:
        one, more = self.YOUR_USUAL
        minutes = self.minutes(usual)
        your_usual = (one if usual == 1 else more).format(minutes=minutes)
        return sentence.format(minutes=minutes, your_usual=your_usual)

    def usual_offer(self, usual: int) -> str:
        """The offer of the person's usual length."""
        return self._usual(self.USUAL_OFFER, usual)

    def usual_reprompt(self, usual: int) -> str:
        return self._usual(self.USUAL_REPROMPT, usual)

    def usual_help(self, usual: int) -> str:
        return self._usual(self.USUAL_HELP, usual)

    def length_problem(self, problem: LengthProblem) -> str:
        return f"{self.LENGTH_PROBLEMS[problem]} {self.LENGTH_RANGE}"

    def length_noted(self, count: int) -> str:
        return _sentence(self.LENGTH_NOTED.format(minutes=self.minutes(count)))

    def length_kept(self, count: int) -> str:
        """A length said before the way to the point begins."""
        return _sentence(self.LENGTH_KEPT.format(minutes=self.minutes(count)))

    def length_chosen(self, count: int, remembered: bool) -> str:
        chosen = _sentence(self.LENGTH_CHOSEN.format(minutes=self.minutes(count)))
        return f"{chosen} {self.REMEMBERED}" if remembered else chosen

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
