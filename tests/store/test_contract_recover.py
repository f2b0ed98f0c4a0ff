"""The storage contract's repair of a hold whose start was never saved, on every backend."""

from __future__ import annotations

from datetime import timedelta

from skill.routine.model import HoldStatus
from skill.store import SessionStore
from tests.store.test_contract import ALEX, MORNING, a_full_profile, a_hold, start_hold


def test_a_hold_never_saved_is_recorded_as_it_stands_and_counted(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    paused = a_hold(ALEX, minutes=10)._replace(held_seconds=180)

    assert store.recover_hold(paused) is True

    assert store.recent_holds(ALEX) == [paused]
    loaded = store.load_profile(ALEX)
    # Begun, not yet ended: its seconds count in the profile once it ends.
    assert (loaded.holds_started, loaded.holds_completed, loaded.seconds_held) == (5, 3, 4200)
    assert store.end_hold(ALEX, paused.hold_id, HoldStatus.COMPLETED, 600) is True
    assert store.load_profile(ALEX).seconds_held == 4200 + 600


def test_a_finished_hold_never_saved_is_recorded_completed(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    done = a_hold(ALEX, minutes=10)._replace(status=HoldStatus.COMPLETED, held_seconds=600)

    assert store.recover_hold(done) is True

    assert store.recent_holds(ALEX) == [done]
    loaded = store.load_profile(ALEX)
    assert (loaded.holds_started, loaded.holds_completed, loaded.seconds_held) == (5, 4, 4800)


def test_a_hold_started_over_is_closed_with_its_time_in_the_same_write(
    store: SessionStore,
) -> None:
    store.save_profile(a_full_profile(ALEX))
    first = a_hold(ALEX, minutes=10)
    start_hold(store, first)
    again = a_hold(ALEX, MORNING + timedelta(minutes=4), minutes=10)

    assert store.recover_hold(again, replaced=(first.hold_id, 240)) is True

    assert store.recent_holds(ALEX) == [
        again,
        first._replace(status=HoldStatus.STOPPED, held_seconds=240),
    ]
    loaded = store.load_profile(ALEX)
    assert (loaded.holds_started, loaded.holds_completed) == (6, 3)
    assert loaded.seconds_held == 4200 + 240


def test_nothing_is_recovered_twice_over_a_closed_hold_or_for_a_person_forgotten(
    store: SessionStore,
) -> None:
    before = store.save_profile(a_full_profile(ALEX))
    first = a_hold(ALEX, minutes=10)
    start_hold(store, first)
    store.end_hold(ALEX, first.hold_id, HoldStatus.COMPLETED, 600)
    again = a_hold(ALEX, MORNING + timedelta(minutes=11), minutes=10)
    counted = store.load_profile(ALEX)

    assert store.recover_hold(first) is False  # recorded already
    assert store.recover_hold(again, replaced=(first.hold_id, 240)) is False  # closed already
    assert store.load_profile(ALEX) == counted
    assert [hold.hold_id for hold in store.recent_holds(ALEX)] == [first.hold_id]
    assert counted.version > before.version

    store.forget(ALEX)
    assert store.recover_hold(again) is False
    assert store.recent_holds(ALEX) == []
    assert store.load_profile(ALEX).is_new


def test_a_finish_credits_no_more_than_the_stored_plan(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    hold = a_hold(ALEX, minutes=5)
    start_hold(store, hold)

    assert store.end_hold(ALEX, hold.hold_id, HoldStatus.COMPLETED, 3600) is False
    assert store.recent_holds(ALEX) == [hold]
    assert store.end_hold(ALEX, hold.hold_id, HoldStatus.COMPLETED, 300) is True
