from __future__ import annotations

import pytest

from skill.routine.hold_length import LengthProblem
from skill.routine.journey import Journey, Stage
from skill.routine.steps import LOCATING_STEPS, Holder
from skill.speech.check_words import SAFETY_FIRST, SAFETY_SECOND
from skill.speech.languages import ENGLISH, words_for
from skill.speech.locales import ENGLISH_LOCALES
from skill.speech.ssml import pause, sentences, speak


@pytest.mark.parametrize("holder", [Holder.SELF, Holder.HELPER, None])
def test_every_step_has_short_sentences(holder: Holder | None) -> None:
    phrases = words_for("en-US").phrases
    for step in LOCATING_STEPS:
        text = phrases.step(step, holder)
        longest = max(len(sentence.split()) for sentence in text.split(". "))
        assert longest <= 22, text


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_has_a_prompt_reprompt_and_help(stage: Stage) -> None:
    phrases = words_for("en-GB").phrases
    journey = Journey(stage=stage, holder=Holder.SELF)
    for text in (
        phrases.prompt(journey, 12),
        phrases.reprompt(journey, 12),
        phrases.help(journey, 12),
    ):
        assert text and len(text) < 300


def test_every_length_problem_says_the_range() -> None:
    phrases = words_for("en-AU").phrases
    for problem in LengthProblem:
        assert "1 to 60 minutes" in phrases.length_problem(problem)


def test_every_english_locale_speaks_the_english_pack() -> None:
    assert all(words_for(locale) is ENGLISH for locale in ENGLISH_LOCALES)


@pytest.mark.parametrize("locale", ["it-IT", "xx-XX", "", None, "xx"])
def test_a_language_the_skill_does_not_speak_gets_english(locale: str | None) -> None:
    assert words_for(locale) is ENGLISH


def test_each_turn_of_the_safety_check_fits_one_breath_of_attention() -> None:
    assert len(SAFETY_FIRST.split()) <= 36  # room for a short lead ("10 minutes, noted.")
    assert len(SAFETY_SECOND.split()) <= 40


def test_ssml_is_escaped_and_pauses_are_clamped() -> None:
    assert speak(sentences(["Knees & <tendons>"])) == "<speak>Knees &amp; &lt;tendons&gt;</speak>"
    assert pause(60_000) == '<break time="10000ms"/>'
    assert pause(-5) == '<break time="0ms"/>'
