"""Which words fit where the person is on the way to the point: one choice, every language.

A language gives only its sentences, in a module (`english`, `de.phrases`, ...) that
`PhraseWords` describes: the greetings, the steps for oneself and for a helper, the
questions, reprompts and help of each stage, and the sentences that carry a length, with a
slot where the choice puts it: `{minutes}` (the module's own "5 minutes") and
`{your_usual}` (the person's usual length, as the module's YOUR_USUAL says it for one
minute or for more). Choosing among them by the journey, the seed, the holder or the count
is done here, once, by the `JourneyPhrases` each pack builds from its module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

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


class PhraseWords(Protocol):
    """A language's sentences on the way to the point; a pair is for one, then for more.

    (Tuples of any length and mappings are read-only here, so a module's own fit.)
    """

    WELCOME_NEW: str

    # A returning person hears one of the greetings (by the seed), then the question:
    # WELCOME_BACK_ASK, or the offer of their usual length.
    @property
    def WELCOME_BACK(self) -> tuple[str, ...]: ...  # noqa: N802

    WELCOME_BACK_ASK: str

    @property
    def ACKNOWLEDGE(self) -> tuple[str, ...]: ...  # noqa: N802
    @property
    def THANKED(self) -> tuple[str, ...]: ...  # noqa: N802
    # The steps to the point for the person pressing it themselves, and with a helper.
    @property
    def SELF_STEPS(self) -> Mapping[Step, str]: ...  # noqa: N802
    @property
    def HELPER_STEPS(self) -> Mapping[Step, str]: ...  # noqa: N802

    OFFER: str
    OFFER_REPROMPT: str
    HOLDER_QUESTION: str
    HOLDER_REPROMPT: str
    STEP_REPROMPT: str
    LAST_STEP_REPROMPT: str
    QUICK_LOCATE: str
    QUICK_LOCATE_REPROMPT: str
    LENGTH_QUESTION: str
    LENGTH_REPROMPT: str

    # Help at each stage but the usual length's (USUAL_HELP); a hold's is the length's.
    @property
    def HELP(self) -> Mapping[Stage, str]: ...  # noqa: N802

    # "your usual 5 minutes", for one minute and for more, each with a `{minutes}` slot;
    # the sentences offering it have `{your_usual}` (or `{minutes}`) slots.
    YOUR_USUAL: tuple[str, str]
    USUAL_OFFER: str
    USUAL_REPROMPT: str
    USUAL_HELP: str

    # A length that could not be taken: what was wrong, then the lengths that can be.
    @property
    def LENGTH_PROBLEMS(self) -> Mapping[LengthProblem, str]: ...  # noqa: N802

    LENGTH_RANGE: str
    # A length said (`{minutes}`): noted on the way to the point, kept before the way
    # begins, or chosen, and REMEMBERED follows when it becomes the usual one.
    LENGTH_NOTED: str
    LENGTH_KEPT: str
    LENGTH_CHOSEN: str
    REMEMBERED: str

    def minutes(self, count: int) -> str: ...


def _sentence(said: str) -> str:
    """`said` opening with a capital, as a sentence does ("5 minutes, noted." stays)."""
    return f"{said[:1].upper()}{said[1:]}"


class JourneyPhrases:
    """Every phrase on the way to the point (a pack's `Phrases`), from one language's words:
    its sentences, its safety and length questions, and their helper's form."""

    def __init__(self, words: PhraseWords, checks: WayQuestions, helping: HelperWays) -> None:
        self.words = words
        self.checks = checks
        self.helping = helping

    def welcome_new(self) -> str:
        return self.words.WELCOME_NEW

    def _greeting(self, seed: int) -> str:
        return self.words.WELCOME_BACK[seed % len(self.words.WELCOME_BACK)]

    def welcome_back(self, seed: int) -> str:
        return f"{self._greeting(seed)} {self.words.WELCOME_BACK_ASK}"

    def welcome_back_usual(self, usual: int, seed: int) -> str:
        return f"{self._greeting(seed)} {self.usual_offer(usual)}"

    def acknowledge(self, seed: int) -> str:
        return self.words.ACKNOWLEDGE[seed % len(self.words.ACKNOWLEDGE)]

    def thanked(self, seed: int) -> str:
        return self.words.THANKED[seed % len(self.words.THANKED)]

    def step(self, step: Step, holder: Holder | None) -> str:
        steps = self.words.HELPER_STEPS if holder == Holder.HELPER else self.words.SELF_STEPS
        return steps[step]

    def _usual(self, sentence: str, usual: int) -> str:
        one, more = self.words.YOUR_USUAL
        minutes = self.words.minutes(usual)
        your_usual = (one if usual == 1 else more).format(minutes=minutes)
        return sentence.format(minutes=minutes, your_usual=your_usual)

    def usual_offer(self, usual: int) -> str:
        """The offer of the person's usual length."""
        return self._usual(self.words.USUAL_OFFER, usual)

    def usual_reprompt(self, usual: int) -> str:
        return self._usual(self.words.USUAL_REPROMPT, usual)

    def usual_help(self, usual: int) -> str:
        return self._usual(self.words.USUAL_HELP, usual)

    def length_problem(self, problem: LengthProblem) -> str:
        return f"{self.words.LENGTH_PROBLEMS[problem]} {self.words.LENGTH_RANGE}"

    def _length(self, sentence: str, count: int) -> str:
        return _sentence(sentence.format(minutes=self.words.minutes(count)))

    def length_noted(self, count: int) -> str:
        return self._length(self.words.LENGTH_NOTED, count)

    def length_kept(self, count: int) -> str:
        """A length said before the way to the point begins."""
        return self._length(self.words.LENGTH_KEPT, count)

    def length_chosen(self, count: int, remembered: bool) -> str:
        chosen = self._length(self.words.LENGTH_CHOSEN, count)
        return f"{chosen} {self.words.REMEMBERED}" if remembered else chosen

    def _way(self, journey: Journey) -> WayQuestions:
        """The safety and length questions, in a helper's form when they are helping."""
        return self.helping if journey.helping else self.checks

    def prompt(self, journey: Journey, usual: int | None) -> str:
        """The question or instruction that fits where the person is."""
        if journey.pending is not None:
            return self._way(journey).question(journey.pending, journey.suggested)
        words = self.words
        match journey.stage:
            case Stage.OFFER:
                return words.OFFER
            case Stage.USUAL:
                return self.usual_offer(usual) if usual else words.OFFER
            case Stage.HOLDER:
                return words.HOLDER_QUESTION
            case Stage.LOCATE if journey.helping:
                return self.helping.step(journey.current_step)
            case Stage.LOCATE:
                return self.step(journey.current_step, journey.holder)
            case Stage.QUICK_LOCATE:
                return words.QUICK_LOCATE
            case Stage.LENGTH | Stage.HOLD:
                return words.LENGTH_QUESTION

    def reprompt(self, journey: Journey, usual: int | None) -> str:
        if journey.pending is not None:
            return self._way(journey).reprompt(journey.pending, journey.suggested)
        words = self.words
        match journey.stage:
            case Stage.OFFER:
                return words.OFFER_REPROMPT
            case Stage.USUAL:
                return self.usual_reprompt(usual) if usual else words.OFFER_REPROMPT
            case Stage.HOLDER:
                return words.HOLDER_REPROMPT
            case Stage.LOCATE:
                return words.LAST_STEP_REPROMPT if journey.is_last_step else words.STEP_REPROMPT
            case Stage.QUICK_LOCATE:
                return words.QUICK_LOCATE_REPROMPT
            case Stage.LENGTH | Stage.HOLD:
                return words.LENGTH_REPROMPT

    def help(self, journey: Journey, usual: int | None) -> str:
        if journey.pending is not None:
            return self._way(journey).help_for(journey.pending, journey.suggested)
        if journey.stage is Stage.USUAL:
            return self.usual_help(usual or 0)
        return self.words.HELP[Stage.LENGTH if journey.stage is Stage.HOLD else journey.stage]
