"""A reported hold read with the profile: one read serves where the hold stands and the
profile (ProfileWork.latest_with_profile, on the memory store)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from skill.routine.cadence import Cadence
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldSession, HoldStatus
from skill.store.hold_ids import new_hold_id
from tests.support.memory_store import MemoryStore
from tests.unit.test_profile_work import ALEX, MORNING, _work


def _hold(minutes_later: int = 0) -> HoldSession:
    start = MORNING + timedelta(minutes=minutes_later)
    return HoldSession(ALEX, new_hold_id(start), start, 600)


def _token(hold: HoldSession) -> HoldToken:
    return HoldToken(hold.hold_id, 10, Cadence.MINUTE)


def _begun(store: MemoryStore, *holds: HoldSession) -> None:
    for hold in holds:
        store.begin_hold(store.load_profile(ALEX), hold)
    store.calls.clear()


def test_the_latest_hold_and_the_profile_are_one_read() -> None:
    store, hold = MemoryStore(), _hold()
    _begun(store, hold)
    work = _work(store).work

    assert work.latest_with_profile(_token(hold)) == [hold]
    assert work.profile().latest_hold == hold.hold_id
    assert work.latest_hold() == hold
    assert work.latest_with_profile(_token(hold)) == [hold]
    assert store.calls == {"load_profile_and_holds": 1}


def test_a_hold_replaced_by_a_newer_one_is_known_by_the_newer_ones_id() -> None:
    store, old, newer = MemoryStore(), _hold(), _hold(5)
    _begun(store, old, newer)
    work = _work(store).work

    [latest] = work.latest_with_profile(_token(old)) or []
    assert (latest.hold_id, latest.status) == (newer.hold_id, HoldStatus.STOPPED)
    assert store.reads == 1
    # Only a hold read as stored answers for the person's latest: this one was not.
    assert work.latest_hold() == newer
    assert store.reads == 2


def test_a_profile_from_before_it_named_its_latest_hold_reads_the_holds_too() -> None:
    store, hold = MemoryStore(), _hold()
    _begun(store, hold)
    store.save_profile(replace(store.load_profile(ALEX), latest_hold=None))
    store.calls.clear()
    work = _work(store).work

    assert work.latest_with_profile(_token(hold)) == [hold]
    assert store.calls == {"load_profile_and_holds": 1, "recent_holds": 1}


def test_someone_with_no_holds_has_none_after_one_read() -> None:
    store = MemoryStore()
    work = _work(store).work

    assert work.latest_with_profile(_token(_hold())) == []
    assert work.profile().is_new
    assert store.calls == {"load_profile_and_holds": 1}


def test_a_failed_read_says_nothing_and_tells_no_one() -> None:
    store = MemoryStore()
    store.failing.add("load_profile_and_holds")
    turn = _work(store)

    assert turn.work.latest_with_profile(_token(_hold())) is None
    assert turn.not_saved == 0
