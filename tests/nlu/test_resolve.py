"""A symptom in words outside the slot's list is right when the skill weighs it as labelled."""

from __future__ import annotations

from skill.speech.languages import words_for
from tests.nlu.test_report import TINY_MODEL
from toolkit.nlu.lines import EvaluationLine
from toolkit.nlu.resolve import Outcome, resolve
from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import parse_language_model

MATCHER = Matcher(parse_language_model(TINY_MODEL))
HEARD = words_for("en-GB").symptoms


def _resolved(utterance: str) -> Outcome:
    line = EvaluationLine(
        locale="en-GB",
        utterance=utterance,
        context="hold",
        intent="SymptomIntent",
        set="dev",
        red_flag=True,
        look_alike=False,
        slots={"symptom": "NUMB_LEGS"},
    )
    return resolve(line, MATCHER, HEARD)


def test_words_outside_the_list_that_weigh_as_urgent_are_right() -> None:
    heard = _resolved("my legs have gone all heavy and numb")

    assert heard.slots["symptom"] == "legs have gone all heavy and numb"  # not a listed value
    assert heard.right
    assert heard.taken_as_red_flag


def test_words_outside_the_list_that_weigh_as_nothing_are_wrong() -> None:
    heard = _resolved("my legs are lovely and warm")

    assert heard.intent == "SymptomIntent"
    assert not heard.right
    assert not heard.taken_as_red_flag


def test_denied_words_outside_the_list_are_wrong() -> None:
    heard = _resolved("my legs aren't numb at all")

    assert not heard.right
    assert not heard.taken_as_red_flag


def test_a_listed_value_is_right_by_its_id() -> None:
    assert _resolved("my legs are numb").right
