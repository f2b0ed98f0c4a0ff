"""The profile names the person's latest hold, and is read with a hold in one request."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from skill.routine.model import HoldStatus, Profile
from skill.store import SessionStore
from tests.store.test_contract import (
    ALEX,
    ALEX_ANN,
    ALEX_BEN,
    MORNING,
    a_full_profile,
    a_hold,
    start_hold,
)


def test_someone_new_is_read_as_a_fresh_profile_with_no_holds(store: SessionStore) -> None:
    assert store.load_profile_and_holds(ALEX, [a_hold(ALEX).hold_id]) == (Profile(ALEX), {})


def test_a_hold_begun_is_the_latest_and_is_read_with_the_profile(store: SessionStore) -> None:
    hold = a_hold(ALEX)
    stored = start_hold(store, hold)

    assert stored.latest_hold == hold.hold_id
    profile, holds = store.load_profile_and_holds(ALEX, [hold.hold_id])
    assert profile == stored == store.load_profile(ALEX)
    assert holds == {hold.hold_id: hold}


def test_a_newer_hold_replaces_the_latest_and_both_are_read(store: SessionStore) -> None:
    first = a_hold(ALEX)
    second = a_hold(ALEX, MORNING + timedelta(minutes=20))
    start_hold(store, first)
    start_hold(store, second)

    profile, holds = store.load_profile_and_holds(ALEX, [first.hold_id, second.hold_id])
    assert profile.latest_hold == second.hold_id
    assert holds == {first.hold_id: first, second.hold_id: second}


def test_a_hold_begun_out_of_order_leaves_the_later_one_latest(store: SessionStore) -> None:
    later = a_hold(ALEX, MORNING + timedelta(minutes=20))
    start_hold(store, later)

    assert start_hold(store, a_hold(ALEX)).latest_hold == later.hold_id


def test_a_hold_started_again_is_the_latest(store: SessionStore) -> None:
    interrupted = a_hold(ALEX)
    start_hold(store, interrupted)
    again = a_hold(ALEX, MORNING + timedelta(minutes=2))

    store.restart_hold(ALEX, interrupted.hold_id, 60, again)

    assert store.load_profile(ALEX).latest_hold == again.hold_id


def test_a_hold_recovered_is_the_latest_unless_a_later_one_is_kept(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    lost = a_hold(ALEX, MORNING + timedelta(minutes=5))
    assert store.recover_hold(lost) is True
    assert store.load_profile(ALEX).latest_hold == lost.hold_id

    older = a_hold(ALEX)
    assert store.recover_hold(older) is False  # replaced since: not brought back
    assert store.recent_holds(ALEX) == [lost]
    assert store.load_profile(ALEX).holds_started == a_full_profile(ALEX).holds_started + 1


def test_saving_the_profile_keeps_its_latest_hold(store: SessionStore) -> None:
    hold = a_hold(ALEX)
    stored = start_hold(store, hold)

    store.save_profile(replace(stored, usual_minutes=10))

    assert store.load_profile(ALEX).latest_hold == hold.hold_id


def test_a_profile_kept_before_it_named_its_latest_hold_reads(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))

    profile, holds = store.load_profile_and_holds(ALEX, [])
    assert profile.latest_hold is None
    assert profile == store.load_profile(ALEX)
    assert holds == {}


def test_each_voice_reads_its_own_profile_and_holds(store: SessionStore) -> None:
    anns = a_hold(ALEX_ANN)
    start_hold(store, anns)

    profile, holds = store.load_profile_and_holds(ALEX_BEN, [anns.hold_id])
    assert (profile, holds) == (Profile(ALEX_BEN), {})
    assert store.load_profile_and_holds(ALEX_ANN, [anns.hold_id])[1] == {anns.hold_id: anns}


def test_a_closed_hold_is_read_as_stored(store: SessionStore) -> None:
    hold = a_hold(ALEX)
    start_hold(store, hold)
    store.end_hold(ALEX, hold.hold_id, HoldStatus.STOPPED, 100)

    _, holds = store.load_profile_and_holds(ALEX, [hold.hold_id])
    assert holds[hold.hold_id] == hold._replace(status=HoldStatus.STOPPED, held_seconds=100)


def test_at_most_two_holds_are_read_with_a_profile(store: SessionStore) -> None:
    ids = [a_hold(ALEX, MORNING + timedelta(minutes=n)).hold_id for n in range(3)]
    with pytest.raises(ValueError, match="at most 2 holds"):
        store.load_profile_and_holds(ALEX, ids)
