"""A hold played to its end is completed in one write, with no read, only while it is the
person's latest, still open, to the plan the device says: otherwise nothing is written."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from skill.routine.model import HoldStatus
from skill.store import SessionStore
from tests.store.test_contract import ALEX, MORNING, SAM, a_full_profile, a_hold, start_hold


def test_a_hold_played_to_its_end_is_completed_and_counted_once(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    hold = a_hold(ALEX, minutes=10)
    start_hold(store, hold)

    assert store.finish_hold(ALEX, hold.hold_id, 600) is True
    after = store.load_profile(ALEX)
    assert store.finish_hold(ALEX, hold.hold_id, 600) is False
    assert store.end_hold(ALEX, hold.hold_id, HoldStatus.COMPLETED, 600) is False

    assert (after.holds_started, after.holds_completed, after.seconds_held) == (5, 4, 4800)
    assert store.load_profile(ALEX) == after
    assert store.recent_holds(ALEX) == [
        hold._replace(status=HoldStatus.COMPLETED, held_seconds=600)
    ]


def test_a_hold_replaced_by_a_newer_one_is_left_as_it_was(store: SessionStore) -> None:
    first = a_hold(ALEX, minutes=5)
    second = a_hold(ALEX, MORNING + timedelta(minutes=2), minutes=5)
    start_hold(store, first)
    start_hold(store, second)
    before = store.load_profile(ALEX)

    assert store.finish_hold(ALEX, first.hold_id, 300) is False

    assert store.load_profile(ALEX) == before
    assert store.recent_holds(ALEX) == [second, first]


def test_a_hold_planned_shorter_than_the_device_says_is_left_as_it_was(
    store: SessionStore,
) -> None:
    hold = a_hold(ALEX, minutes=5)
    before = start_hold(store, hold)

    assert store.finish_hold(ALEX, hold.hold_id, 30 * 60) is False

    assert store.load_profile(ALEX) == before
    assert store.recent_holds(ALEX) == [hold]


def test_a_hold_already_stopped_is_left_as_it_was(store: SessionStore) -> None:
    hold = a_hold(ALEX, minutes=5)
    start_hold(store, hold)
    assert store.end_hold(ALEX, hold.hold_id, HoldStatus.STOPPED, 120) is True
    before = store.load_profile(ALEX)

    assert store.finish_hold(ALEX, hold.hold_id, 300) is False

    assert store.load_profile(ALEX) == before
    assert store.recent_holds(ALEX) == [hold._replace(status=HoldStatus.STOPPED, held_seconds=120)]


def test_a_hold_never_recorded_or_someone_gone_writes_nothing(store: SessionStore) -> None:
    start_hold(store, a_hold(ALEX, minutes=5))
    before = store.load_profile(ALEX)
    never_saved = a_hold(ALEX, MORNING + timedelta(minutes=9), minutes=5)

    assert store.finish_hold(ALEX, never_saved.hold_id, 300) is False
    assert store.finish_hold(SAM, never_saved.hold_id, 300) is False

    assert store.load_profile(ALEX) == before
    assert store.load_profile(SAM).is_new
    assert store.recent_holds(SAM) == []


def test_a_profile_naming_no_latest_hold_yet_lets_it_finish(store: SessionStore) -> None:
    """Profiles kept before they named their latest hold: the hold's own record decides."""
    hold = a_hold(ALEX, minutes=5)
    stored = start_hold(store, hold)
    store.save_profile(replace(stored, latest_hold=None))

    assert store.finish_hold(ALEX, hold.hold_id, 300) is True

    assert store.load_profile(ALEX).holds_completed == 1
