"""The routine's rules for questions, misses, the press tip and the usual length."""

from __future__ import annotations

import pytest

from skill.routine import journey as routine
from skill.routine.journey import Journey, Pending, Stage
from skill.routine.questions import QUESTION_INTENTS, Question, question_asked
from skill.routine.steps import Holder
from skill.routine.usual_length import candidate, usual_length, without_candidate
from skill.speech.answer_words import answer
from toolkit.simulator.model import LOCALES, load_model


def test_every_question_has_an_intent_in_every_locale_and_an_answer() -> None:
    assert set(QUESTION_INTENTS.values()) == set(Question)
    for locale in LOCALES:
        model = load_model(locale)
        for intent in QUESTION_INTENTS:
            found = model.intent(intent)
            assert found is not None and found.samples, (locale, intent)
    assert all(answer(question) for question in Question)
    assert question_asked("AMAZON.YesIntent") is None
    assert all(question_asked(intent) is question for intent, question in QUESTION_INTENTS.items())


@pytest.mark.parametrize("question", list(Question))
def test_answers_claim_no_more_than_the_article(question: Question) -> None:
    said = answer(question).lower()
    for promise in ("will cure", "cures", "guaranteed", "proven", "will help", "always works"):
        assert promise not in said


def test_a_pending_question_and_misses_survive_the_session_round_trip() -> None:
    journey = routine.missed(routine.ask(Journey(Stage.LOCATE, 2, Holder.SELF), Pending.INSTEAD))
    assert Journey.from_attributes(journey.to_attributes()) == journey
    assert journey.misses == 1
    assert routine.understood(journey).misses == 0
    assert routine.answered(journey).pending is None


def test_unreadable_pending_or_misses_give_a_fresh_journey_or_none() -> None:
    assert Journey.from_attributes({"stage": "locate", "pending": "nonsense"}) == Journey()
    assert Journey.from_attributes({"stage": "locate", "misses": -3}).misses == 0
    assert Journey.from_attributes({"stage": "locate", "suggested": 500}).suggested is None


def test_choosing_a_length_answers_a_pending_question() -> None:
    asked = routine.ask(Journey(Stage.USUAL), Pending.INSTEAD)
    chosen = routine.choose_minutes(asked, 20, returning=True)
    assert chosen.pending is None
    assert chosen.minutes == 20


@pytest.mark.parametrize(
    ("journey", "tip"),
    [
        (Journey(Stage.LOCATE, 0, Holder.SELF), True),
        (Journey(Stage.LOCATE, 3, Holder.SELF), True),
        (Journey(Stage.LOCATE, 4, Holder.SELF), False),
        (Journey(Stage.LOCATE, 5, Holder.SELF), False),
        (Journey(Stage.QUICK_LOCATE, 0, Holder.SELF), False),
        (Journey(Stage.HOLDER), True),
    ],
)
def test_the_press_tip_comes_when_the_pressing_step_was_not_heard(
    journey: Journey, tip: bool
) -> None:
    assert routine.needs_press_tip(journey) is tip


def test_a_started_hold_becomes_the_usual_only_once_finished() -> None:
    extras = candidate(20, holds_completed=3)
    assert usual_length(12, extras, holds_completed=3) == 12
    assert usual_length(12, extras, holds_completed=4) == 20


def test_a_short_try_out_never_becomes_the_usual() -> None:
    assert usual_length(12, candidate(1, holds_completed=0), holds_completed=1) == 12
    assert usual_length(None, candidate(4, holds_completed=0), holds_completed=1) is None
    assert usual_length(None, candidate(5, holds_completed=0), holds_completed=1) == 5


def test_saying_the_usual_outranks_a_finished_hold() -> None:
    extras = {"other": "kept", **candidate(20, holds_completed=0)}
    assert without_candidate(extras) == {"other": "kept"}
    assert usual_length(10, without_candidate(extras), holds_completed=1) == 10


@pytest.mark.parametrize("mangled", ["", "x@1", "20@", "@", "20@x", "-5@0"])
def test_a_mangled_candidate_is_ignored(mangled: str) -> None:
    assert usual_length(7, {"usual_candidate": mangled}, holds_completed=9) == 7
