"""The storage contract's repair noted on a profile (`make_noted_repair`), on every backend.

A request whose one write went to something else notes on the profile what a hold is
owed; the next request that reads the profile, from any device, makes it. Nothing is
counted twice, the stored plan bounds what is credited, and the note goes either way.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from skill.routine.hold_repair import Owed, Repair, noted
from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store import SessionStore
from tests.store.test_contract import ALEX, MORNING, a_full_profile, a_hold, start_hold


def _noting(store: SessionStore, repair: Repair) -> Profile:
    """Note `repair` on the person's profile, as a save would; the profile as stored."""
    return store.save_profile(replace(store.load_profile(ALEX), hold_owed=noted(repair)))


def _completed(hold: HoldSession, seconds: int) -> Repair:
    return Repair(Owed.COMPLETE, hold._replace(status=HoldStatus.COMPLETED, held_seconds=seconds))


def test_a_noted_finish_is_made_counted_once_and_its_note_cleared(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    hold = a_hold(ALEX, minutes=10)
    start_hold(store, hold)
    repair = _completed(hold, 600)
    noting = _noting(store, repair)
    assert store.load_profile(ALEX).hold_owed == noted(repair)

    assert store.make_noted_repair(repair) is True

    assert store.recent_holds(ALEX) == [repair.hold]
    loaded = store.load_profile(ALEX)
    assert (loaded.holds_completed, loaded.seconds_held, loaded.hold_owed) == (4, 4800, None)
    assert loaded.version > noting.version
    assert store.make_noted_repair(repair) is False  # the note is gone: nothing twice
    assert store.load_profile(ALEX) == loaded


def test_a_noted_hold_never_saved_is_recorded_as_it_stands(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    paused = a_hold(ALEX, minutes=10)._replace(held_seconds=180)
    repair = Repair(Owed.RECORD, paused)
    _noting(store, repair)

    assert store.make_noted_repair(repair) is True

    assert store.recent_holds(ALEX) == [paused]
    loaded = store.load_profile(ALEX)
    assert (loaded.holds_started, loaded.seconds_held, loaded.latest_hold) == (
        5,
        4200,
        paused.hold_id,
    )
    assert loaded.hold_owed is None


def test_a_noted_hold_started_over_closes_the_one_it_replaced(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    first = a_hold(ALEX, minutes=10)
    start_hold(store, first)
    again = a_hold(ALEX, MORNING + timedelta(minutes=4), minutes=10)._replace(held_seconds=60)
    repair = Repair(Owed.RECORD, again, replaced=(first.hold_id, 240))
    _noting(store, repair)

    assert store.make_noted_repair(repair) is True

    assert store.recent_holds(ALEX) == [
        again,
        first._replace(status=HoldStatus.STOPPED, held_seconds=240),
    ]
    loaded = store.load_profile(ALEX)
    assert (loaded.holds_started, loaded.seconds_held, loaded.hold_owed) == (6, 4440, None)


def test_a_noted_time_held_is_kept_and_never_lowered(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    hold = a_hold(ALEX, minutes=10)
    start_hold(store, hold)
    store.record_held(ALEX, hold.hold_id, 300)
    earlier = Repair(Owed.NOTE, hold._replace(held_seconds=180))
    _noting(store, earlier)

    assert store.make_noted_repair(earlier) is False
    assert store.recent_holds(ALEX)[0].held_seconds == 300
    assert store.load_profile(ALEX).hold_owed is None

    later = Repair(Owed.NOTE, hold._replace(held_seconds=420))
    _noting(store, later)
    assert store.make_noted_repair(later) is True
    assert store.recent_holds(ALEX)[0] == hold._replace(held_seconds=420)
    assert store.load_profile(ALEX).seconds_held == 4200  # still in progress: not yet added


def test_a_note_made_already_or_past_the_plan_is_cleared_and_counts_nothing(
    store: SessionStore,
) -> None:
    store.save_profile(a_full_profile(ALEX))
    hold = a_hold(ALEX, minutes=5)
    start_hold(store, hold)
    too_long = _completed(hold, 600)
    _noting(store, too_long)

    assert store.make_noted_repair(too_long) is False  # planned for 5 minutes
    assert store.recent_holds(ALEX) == [hold]
    counted = store.load_profile(ALEX)
    assert (counted.seconds_held, counted.hold_owed) == (4200, None)

    store.end_hold(ALEX, hold.hold_id, HoldStatus.STOPPED, 120)
    late = _completed(hold, 300)
    _noting(store, late)
    assert store.make_noted_repair(late) is False  # closed already: nothing twice
    loaded = store.load_profile(ALEX)
    assert (loaded.holds_completed, loaded.seconds_held, loaded.hold_owed) == (3, 4320, None)


def test_another_note_is_left_for_its_own_repair(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    hold = a_hold(ALEX, minutes=10)
    start_hold(store, hold)
    kept = _completed(hold, 600)
    _noting(store, kept)

    assert store.make_noted_repair(Repair(Owed.NOTE, hold._replace(held_seconds=60))) is False

    assert store.load_profile(ALEX).hold_owed == noted(kept)
    assert store.recent_holds(ALEX) == [hold]
    assert store.make_noted_repair(kept) is True


def test_nothing_is_made_for_a_person_forgotten(store: SessionStore) -> None:
    hold = a_hold(ALEX, minutes=10)
    assert store.make_noted_repair(Repair(Owed.RECORD, hold)) is False
    assert store.recent_holds(ALEX) == []
    assert store.load_profile(ALEX).is_new


def test_a_note_is_kept_by_every_other_write_until_it_is_made(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    hold = a_hold(ALEX, minutes=10)
    start_hold(store, hold)
    kept = _completed(hold, 600)
    _noting(store, kept)
    later = a_hold(ALEX, MORNING + timedelta(minutes=20), minutes=10)

    start_hold(store, later)
    store.record_held(ALEX, later.hold_id, 60)
    store.record_held(ALEX, later.hold_id, 120, check_safety_again=True)
    store.restart_hold(ALEX, later.hold_id, 180, a_hold(ALEX, MORNING + timedelta(minutes=24)))
    store.save_profile(replace(store.load_profile(ALEX), speech_rate="normal"))

    assert store.load_profile(ALEX).hold_owed == noted(kept)
