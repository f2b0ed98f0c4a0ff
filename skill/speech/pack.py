"""A language pack: every word the skill says, in one language, behind one interface.

Handlers speak only through a `Words` (a turn's `words`), chosen by the request's locale
(skill/speech/languages.py); nothing outside a pack writes a sentence. The English pack
is the modules of `skill.speech`; a test pack transforms every word of it, and whole
conversations spoken through it must carry no untransformed English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

# The pack's parts are named here only in hints: their interfaces (and the routine types
# they name) are not loaded into every cold start.
if TYPE_CHECKING:
    from skill.routine.hold_length import LengthProblem
    from skill.routine.journey import Journey
    from skill.routine.steps import Holder, Step
    from skill.routine.symptoms import HeardSymptoms
    from skill.speech.pack_heard import HeardWords
    from skill.speech.pack_hold import (
        HoldMarks,
        HoldWords,
        PreferenceWords,
        PrivacyWords,
        ProgressWords,
        ReminderWords,
    )
    from skill.speech.pack_safety import RedFlagWords
    from skill.speech.pack_way import (
        AnswerWords,
        CheckWords,
        Common,
        FallbackWords,
        HelpingWords,
    )


class Phrases(Protocol):
    """What fits where the person is on the way to the point."""

    def welcome_back_usual(self, usual: int, seed: int) -> str: ...
    def welcome_new(self) -> str: ...
    def welcome_back(self, seed: int) -> str: ...
    def acknowledge(self, seed: int) -> str: ...
    def thanked(self, seed: int) -> str: ...
    def step(self, step: Step, holder: Holder | None) -> str: ...
    def prompt(self, journey: Journey, usual: int | None) -> str: ...
    def reprompt(self, journey: Journey, usual: int | None) -> str: ...
    def help(self, journey: Journey, usual: int | None) -> str: ...
    def length_problem(self, problem: LengthProblem) -> str: ...
    def length_noted(self, count: int) -> str: ...
    def length_kept(self, count: int) -> str: ...
    def length_chosen(self, count: int, remembered: bool) -> str: ...


class Words(NamedTuple):
    """One language's pack."""

    language: str
    phrases: Phrases
    common: Common
    checks: CheckWords
    answers: AnswerWords
    fallback: FallbackWords
    helping: HelpingWords
    hold: HoldWords
    marks: HoldMarks
    preferences: PreferenceWords
    privacy: PrivacyWords
    progress: ProgressWords
    reminders: ReminderWords
    red_flags: RedFlagWords
    # Words the skill hears and weighs, not says: symptoms and their denials; and the back,
    # a part of the day and a reminder's days, when Alexa sends the words unresolved.
    symptoms: HeardSymptoms
    heard: HeardWords
