"""The journey by example: each move from a given place, and each field read back from
the session exactly, a damaged one read as a fresh start (tests/unit/test_journey.py walks
the whole way)."""

from __future__ import annotations

from typing import Any

import pytest

from skill.routine import journey as routine
from skill.routine.journey import Journey, Pending, Stage
from skill.routine.steps import LOCATING_STEPS, Holder

LAST_STEP = len(LOCATING_STEPS) - 1


def test_every_field_is_kept_in_the_session() -> None:
    journey = Journey(Stage.LENGTH, 3, Holder.HELPER, 25, Pending.CONFIRM_LENGTH, 10, 2, True)

    kept = journey.to_attributes()

    assert kept == {
        "stage": "length",
        "step": 3,
        "holder": "helper",
        "minutes": 25,
        "pending": "confirm_length",
        "suggested": 10,
        "misses": 2,
        "helping": True,
    }
    assert Journey.from_attributes(kept) == journey


def test_a_fresh_journey_is_kept_with_nothing_chosen() -> None:
    assert Journey().to_attributes() == {
        "stage": "offer",
        "step": 0,
        "holder": None,
        "minutes": None,
        "pending": None,
        "suggested": None,
        "misses": 0,
        "helping": False,
    }
    assert Journey.from_attributes({}) == Journey()


@pytest.mark.parametrize(
    ("kept", "read"),
    [
        ({"step": LAST_STEP}, Journey(step=LAST_STEP)),
        ({"step": LAST_STEP + 1}, Journey()),
        ({"step": -1}, Journey()),
        ({"step": "2"}, Journey()),
        ({"minutes": 1, "suggested": 60}, Journey(minutes=1, suggested=60)),
        ({"minutes": 0, "suggested": 61}, Journey()),
        ({"minutes": True, "suggested": "10"}, Journey()),
        ({"misses": 99}, Journey(misses=99)),
        ({"misses": 100}, Journey()),
        ({"misses": -1}, Journey()),
        ({"misses": "3"}, Journey()),
        ({"pending": "instead"}, Journey(pending=Pending.INSTEAD)),
        ({"holder": "self"}, Journey(holder=Holder.SELF)),
    ],
)
def test_each_field_is_read_back_or_left_fresh(kept: dict[str, Any], read: Journey) -> None:
    assert Journey.from_attributes({"stage": "offer", **kept}) == read


def test_a_journey_kept_without_its_stage_is_at_the_opening_question() -> None:
    kept = {"step": 2, "holder": "self", "minutes": 10}

    assert Journey.from_attributes(kept) == Journey(Stage.OFFER, 2, Holder.SELF, 10)


def test_answering_who_presses_starts_the_steps_from_the_first() -> None:
    asked = Journey(Stage.HOLDER, 3)

    assert routine.choose_holder(asked, Holder.SELF) == Journey(Stage.LOCATE, 0, Holder.SELF)


@pytest.mark.parametrize(
    "kept",
    [
        {"stage": "somewhere", "minutes": 10},
        {"pending": "maybe", "minutes": 10},
        {"holder": "robot", "minutes": 10},
    ],
)
def test_a_name_the_skill_does_not_know_starts_afresh(kept: dict[str, Any]) -> None:
    assert Journey.from_attributes(kept) == Journey()


@pytest.mark.parametrize(
    ("holder", "returning", "stage"),
    [
        (None, False, Stage.HOLDER),
        (None, True, Stage.HOLDER),
        (Holder.SELF, False, Stage.LOCATE),
        (Holder.SELF, True, Stage.QUICK_LOCATE),
    ],
)
def test_beginning_starts_from_the_first_step(
    holder: Holder | None, returning: bool, stage: Stage
) -> None:
    mid_way = Journey(Stage.LOCATE, 3, holder, 10)

    assert routine.begin(mid_way, returning=returning) == Journey(stage, 0, holder, 10)


@pytest.mark.parametrize(("holder", "stage"), [(None, Stage.HOLDER), (Holder.HELPER, Stage.LOCATE)])
def test_guiding_and_starting_over_walk_every_step_from_the_first(
    holder: Holder | None, stage: Stage
) -> None:
    quick = Journey(Stage.QUICK_LOCATE, 2, holder)

    assert routine.guide(quick) == Journey(stage, 0, holder)
    assert routine.start_over(quick) == Journey(stage, 0, holder)


def test_the_usual_length_is_offered_then_taken() -> None:
    offered = routine.offer_usual(Journey(holder=Holder.SELF))

    assert offered == Journey(Stage.USUAL, holder=Holder.SELF)
    assert routine.accept_usual(offered, 20) == Journey(Stage.QUICK_LOCATE, 0, Holder.SELF, 20)
    assert routine.accept_usual(Journey(Stage.USUAL), 20) == Journey(Stage.HOLDER, 0, None, 20)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (Journey(Stage.LOCATE, 3, Holder.SELF), Journey(Stage.LOCATE, 2, Holder.SELF)),
        (Journey(Stage.LENGTH, 0, Holder.SELF), Journey(Stage.LOCATE, LAST_STEP, Holder.SELF)),
        (Journey(Stage.LENGTH), Journey(Stage.LENGTH)),
        (Journey(Stage.QUICK_LOCATE, 0, Holder.SELF), Journey(Stage.QUICK_LOCATE, 0, Holder.SELF)),
        (
            Journey(Stage.LOCATE, 3, Holder.SELF, pending=Pending.OTHER_PAIN, misses=1),
            Journey(Stage.LOCATE, 2, Holder.SELF),
        ),
        (
            Journey(Stage.LOCATE, 3, Holder.SELF, pending=Pending.SAFETY_FIRST),
            Journey(Stage.LOCATE, 3, Holder.SELF, pending=Pending.SAFETY_FIRST),
        ),
    ],
)
def test_going_back_a_step(before: Journey, after: Journey) -> None:
    assert routine.previous_step(before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (Journey(Stage.QUICK_LOCATE, 0, Holder.SELF), Journey(Stage.LENGTH, 0, Holder.SELF)),
        (
            Journey(Stage.QUICK_LOCATE, 0, Holder.SELF, 10),
            Journey(Stage.HOLD, 0, Holder.SELF, 10),
        ),
        (Journey(Stage.HOLDER), Journey(Stage.HOLDER)),
    ],
)
def test_next_from_the_quick_reminder_or_elsewhere(before: Journey, after: Journey) -> None:
    assert routine.next_step(before) == after


@pytest.mark.parametrize(
    ("stage", "returning", "after"),
    [
        (Stage.OFFER, False, Journey(Stage.LOCATE, 0, Holder.SELF, 15)),
        (Stage.USUAL, True, Journey(Stage.QUICK_LOCATE, 0, Holder.SELF, 15)),
        (Stage.LENGTH, False, Journey(Stage.HOLD, 0, Holder.SELF, 15)),
        (Stage.QUICK_LOCATE, False, Journey(Stage.QUICK_LOCATE, 0, Holder.SELF, 15)),
    ],
)
def test_a_length_chosen_at_each_stage(stage: Stage, returning: bool, after: Journey) -> None:
    journey = Journey(stage, 0, Holder.SELF)

    assert routine.choose_minutes(journey, 15, returning=returning) == after


def test_a_question_on_the_way_is_asked_answered_and_its_misses_counted() -> None:
    asked = routine.ask(Journey(misses=2), Pending.CONFIRM_LENGTH, suggested=10)

    assert asked == Journey(pending=Pending.CONFIRM_LENGTH, suggested=10)
    assert routine.missed(routine.missed(asked)).misses == 2
    assert routine.understood(routine.missed(asked)) == asked
    assert routine.understood(asked) is asked
    assert routine.answered(routine.missed(asked)) == Journey()
