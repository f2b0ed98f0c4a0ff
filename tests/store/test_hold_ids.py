"""Hold ids carry their UTC start, so sorting ids sorts holds by when they began."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from skill.store.hold_ids import check_hold_id, new_hold_id

START = datetime(2026, 11, 23, 22, 18, 5, 250_000, tzinfo=UTC)


def test_a_hold_id_is_the_utc_start_to_the_second_its_microseconds_then_random_hex() -> None:
    in_tokyo = START.astimezone(timezone(timedelta(hours=9)))

    hold_id = new_hold_id(in_tokyo)

    assert re.fullmatch(r"20261123T221805Z-250000-[0-9a-f]{8}", hold_id)
    check_hold_id(hold_id, START)


def test_an_id_made_before_the_microseconds_were_added_still_reads() -> None:
    check_hold_id("20261123T221805Z-1a2b3c4d", START)


def test_holds_started_in_the_same_second_get_different_ids() -> None:
    assert len({new_hold_id(START) for _ in range(50)}) == 50


def test_ids_sort_as_their_starts_do() -> None:
    offsets = (86_400, 1, 3_600, 0, 59, 0.5, 0.25, 0.000_001)
    starts = [START + timedelta(seconds=offset) for offset in offsets]

    ids = [new_hold_id(start) for start in starts]

    assert [starts[ids.index(hold_id)] for hold_id in sorted(ids)] == sorted(starts)


def test_a_start_without_a_time_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        new_hold_id(START.replace(tzinfo=None))
