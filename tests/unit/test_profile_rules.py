"""Rules read from a person's profile: how their holds are counted, and the reminder offer."""

from __future__ import annotations

import pytest

from skill.routine.cadence import Cadence, cadence_of
from skill.routine.model import Profile
from skill.routine.reminder_offer import offer_due, worth_offering


@pytest.mark.parametrize("cadence", list(Cadence))
def test_a_saved_cadence_is_read_back(cadence: Cadence) -> None:
    assert cadence_of(str(cadence)) is cadence


@pytest.mark.parametrize("saved", ["", "hourly", "MINUTE", "five minutes"])
def test_a_cadence_the_skill_does_not_know_counts_every_minute(saved: str) -> None:
    assert cadence_of(saved) is Cadence.MINUTE


def test_no_offer_before_a_completed_hold() -> None:
    started = Profile("person", holds_started=3, holds_completed=0)
    assert not offer_due(started)
    assert not worth_offering(started)


def test_the_offer_is_due_after_the_first_completed_hold() -> None:
    done = Profile("person", holds_started=1, holds_completed=1)
    assert offer_due(done)
    assert worth_offering(done)


def test_the_offer_is_made_once() -> None:
    offered = Profile("person", holds_completed=4, reminder_offered=True)
    assert not offer_due(offered)
    assert not worth_offering(offered)


def test_someone_with_a_reminder_already_is_not_offered_one_though_it_is_due() -> None:
    has_one = Profile("person", holds_completed=1, reminder_ids=["alert-1"])
    assert offer_due(has_one)
    assert not worth_offering(has_one)
