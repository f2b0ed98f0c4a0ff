from __future__ import annotations

from collections.abc import Callable

import pytest

from skill.routine import journey as routine
from skill.routine.hold_length import LONGEST_MINUTES, SHORTEST_MINUTES
from skill.routine.journey import Journey, Pending, Stage
from skill.routine.steps import LOCATING_STEPS, Holder


def test_begin_asks_who_presses_when_not_known() -> None:
    assert routine.begin(Journey(), returning=False).stage == Stage.HOLDER


def test_begin_goes_to_the_steps_or_the_quick_reminder() -> None:
    known = Journey(holder=Holder.SELF)
    assert routine.begin(known, returning=False) == Journey(Stage.LOCATE, 0, Holder.SELF)
    assert routine.begin(known, returning=True).stage == Stage.QUICK_LOCATE


def test_choosing_who_presses_answers_the_question_or_just_changes_the_wording() -> None:
    asked = Journey(stage=Stage.HOLDER)
    assert routine.choose_holder(asked, Holder.HELPER) == Journey(Stage.LOCATE, 0, Holder.HELPER)
    mid_way = Journey(Stage.LOCATE, 3, Holder.SELF)
    assert routine.choose_holder(mid_way, Holder.HELPER) == Journey(Stage.LOCATE, 3, Holder.HELPER)


def test_next_walks_the_steps_then_asks_for_a_length() -> None:
    journey = Journey(Stage.LOCATE, 0, Holder.SELF)
    for expected in range(1, len(LOCATING_STEPS)):
        journey = routine.next_step(journey)
        assert journey.step == expected
    assert routine.next_step(journey).stage == Stage.LENGTH


def test_previous_stops_at_the_first_step() -> None:
    first = Journey(Stage.LOCATE, 0, Holder.SELF)
    assert routine.previous_step(first) == first
    assert routine.previous_step(Journey(Stage.LOCATE, 2, Holder.SELF)).step == 1


def test_a_length_chosen_early_is_used_when_the_point_is_found() -> None:
    journey = routine.choose_minutes(Journey(Stage.LOCATE, 1, Holder.SELF), 10, returning=False)
    assert journey.stage == Stage.LOCATE and journey.minutes == 10
    assert routine.found_point(journey).stage == Stage.HOLD


@pytest.mark.parametrize("question", [Pending.SAFETY_SECOND, Pending.OTHER_PAIN])
def test_a_length_said_over_a_question_leaves_the_question_waiting(question: Pending) -> None:
    asked = routine.ask(Journey(Stage.LOCATE, 0, Holder.SELF), question)
    journey = routine.choose_minutes(asked, 10, returning=False)
    assert journey.pending == question and journey.minutes == 10


@pytest.mark.parametrize("question", [Pending.CONFIRM_LENGTH, Pending.INSTEAD])
def test_a_length_answers_a_question_about_length(question: Pending) -> None:
    asked = routine.ask(Journey(Stage.USUAL), question, suggested=20)
    journey = routine.choose_minutes(asked, 10, returning=True)
    assert journey.pending is None and journey.suggested is None and journey.minutes == 10


@pytest.mark.parametrize("move", [routine.next_step, routine.previous_step])
def test_the_steps_wait_while_a_question_on_the_way_does(
    move: Callable[[Journey], Journey],
) -> None:
    asked = routine.ask(Journey(Stage.LOCATE, 2, Holder.SELF), Pending.SAFETY_SECOND)
    assert move(asked) == asked


def test_next_over_another_pain_is_going_on() -> None:
    asked = routine.ask(Journey(Stage.LOCATE, 2, Holder.SELF), Pending.OTHER_PAIN)
    assert routine.next_step(asked) == Journey(Stage.LOCATE, 3, Holder.SELF)


def test_a_length_at_the_question_starts_the_hold() -> None:
    journey = routine.choose_minutes(Journey(Stage.LENGTH, 0, Holder.SELF), 12, returning=False)
    assert journey == Journey(Stage.HOLD, 0, Holder.SELF, 12)


def test_journey_survives_the_session_round_trip() -> None:
    journey = Journey(Stage.LOCATE, 4, Holder.HELPER, 25)
    assert Journey.from_attributes(journey.to_attributes()) == journey


@pytest.mark.parametrize(
    "attributes",
    [
        None,
        "nonsense",
        {"stage": "somewhere"},
        {"stage": "locate", "step": 99},
        {"stage": "locate", "step": "two"},
        {"stage": "locate", "holder": "robot"},
        {"stage": "length", "minutes": 600},
    ],
)
def test_a_damaged_journey_is_read_safely(attributes: object) -> None:
    journey = Journey.from_attributes(attributes)
    assert 0 <= journey.step < len(LOCATING_STEPS)
    assert journey.minutes is None or SHORTEST_MINUTES <= journey.minutes <= LONGEST_MINUTES


def test_the_routine_has_started_once_past_the_opening_question() -> None:
    assert not Journey(Stage.OFFER).started
    assert not Journey(Stage.USUAL).started
    assert all(Journey(stage).started for stage in Stage if stage not in (Stage.OFFER, Stage.USUAL))
