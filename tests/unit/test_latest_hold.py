"""The latest hold, as the profile names it, and where a reported hold stands by it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from skill.routine.cadence import Cadence
from skill.routine.hold_state import PlayerReport, Where, standing
from skill.routine.hold_token import HoldToken, Replaced
from skill.routine.latest_hold import began, later, latest_known
from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store.hold_ids import new_hold_id

BEGAN = datetime(2026, 11, 23, 8, 30, 5, 250_000, tzinfo=UTC)
NOW = BEGAN + timedelta(minutes=5)


def _hold(minutes_later: int = 0, status: HoldStatus = HoldStatus.IN_PROGRESS) -> HoldSession:
    start = BEGAN + timedelta(minutes=minutes_later)
    return HoldSession("person", new_hold_id(start), start, 600, 0, status)


def _token(hold: HoldSession, replaced: HoldSession | None = None) -> HoldToken:
    gone = Replaced(replaced.hold_id, 60) if replaced is not None else None
    return HoldToken(hold.hold_id, 10, Cadence.MINUTE, replaced=gone)


def _profile(latest: HoldSession | None, holds_started: int = 1) -> Profile:
    return Profile("person", holds_started=holds_started, latest_hold=latest and latest.hold_id)


def test_a_hold_id_says_when_it_began_to_the_microsecond() -> None:
    assert began(_hold().hold_id) == BEGAN
    assert began("20261123T083005Z-1a2b3c4d") == BEGAN.replace(microsecond=0)  # an older id
    assert began("not-an-id") is None


def test_the_later_of_two_holds_is_the_one_begun_last() -> None:
    first, second = _hold(), _hold(1)
    assert later(None, first.hold_id) == first.hold_id
    assert later(first.hold_id, second.hold_id) == second.hold_id
    assert later(second.hold_id, first.hold_id) == second.hold_id


def test_someone_with_no_holds_has_no_latest() -> None:
    assert latest_known(Profile("person"), _token(_hold()), {}) == (True, None)


def test_the_tokens_hold_named_latest_is_read_as_stored() -> None:
    hold = _hold()
    assert latest_known(_profile(hold), _token(hold), {hold.hold_id: hold}) == (True, hold)


def test_a_newer_hold_is_known_by_its_id_and_closes_nothing() -> None:
    hold, newer = _hold(), _hold(2)
    settled, latest = latest_known(_profile(newer), _token(hold), {hold.hold_id: hold})
    assert settled
    assert latest is not None
    assert (latest.hold_id, latest.started_at, latest.status) == (
        newer.hold_id,
        newer.started_at,
        HoldStatus.STOPPED,
    )


def test_the_hold_started_over_is_read_when_it_is_the_latest() -> None:
    old, fresh = _hold(), _hold(2)
    token = _token(fresh, replaced=old)
    assert latest_known(_profile(old), token, {old.hold_id: old}) == (True, old)


def test_a_profile_from_before_it_named_its_latest_hold_does_not_say() -> None:
    hold = _hold()
    assert latest_known(_profile(None, holds_started=3), _token(hold), {hold.hold_id: hold}) == (
        False,
        None,
    )


def test_a_hold_replaced_by_a_newer_one_has_ended() -> None:
    hold, newer = _hold(), _hold(2)
    token = _token(hold)
    _, latest = latest_known(_profile(newer), token, {hold.hold_id: hold})
    where = standing(PlayerReport(token, 90_000, "STOPPED"), latest, NOW, checked=True)
    assert (where.where, where.unrecorded) == (Where.ENDED, False)


def test_a_hold_begun_after_the_latest_and_not_found_was_never_saved() -> None:
    older, lost = _hold(), _hold(2)
    token = _token(lost)
    _, latest = latest_known(_profile(older), token, {})
    where = standing(PlayerReport(token, 90_000, "STOPPED"), latest, NOW, checked=True)
    assert (where.where, where.unrecorded) == (Where.PAUSED, True)


def test_the_latest_hold_paused_stands_paused_as_stored() -> None:
    hold = _hold()._replace(held_seconds=90)
    token = _token(hold)
    _, latest = latest_known(_profile(hold), token, {hold.hold_id: hold})
    where = standing(PlayerReport(token, 90_000, "STOPPED"), latest, NOW, checked=True)
    assert (where.where, where.held_seconds, where.stored_open) == (Where.PAUSED, 90, True)
