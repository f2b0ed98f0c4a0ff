"""What the store owes a hold whose write failed, from the device's token and report."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from skill import metrics
from skill.handlers.plumbing.hold_counts import repaired
from skill.routine.cadence import Cadence
from skill.routine.hold_plan import position_at
from skill.routine.hold_repair import Owed, Repair, from_note, noted, owed
from skill.routine.hold_state import PlayerReport, standing
from skill.routine.hold_token import HoldToken, Replaced
from skill.routine.model import HoldSession, HoldStatus
from skill.store.hold_ids import new_hold_id

BEGAN = datetime(2026, 11, 23, 8, 30, 5, tzinfo=UTC)
SOON = BEGAN + timedelta(minutes=20)
MINUTE = 60_000


def _report(token: HoldToken, held_ms: int, activity: str) -> PlayerReport:
    segment, offset = position_at(token.plan, held_ms)
    return PlayerReport(token.at_segment(segment), offset, activity)


def _token(started: datetime = BEGAN, **extras: object) -> HoldToken:
    return HoldToken(new_hold_id(started), 10, Cadence.MINUTE)._replace(**extras)  # type: ignore[arg-type]


def test_a_hold_whose_start_was_not_saved_is_recorded_as_the_device_says() -> None:
    yesterday = BEGAN - timedelta(days=1)
    earlier = HoldSession("p", new_hold_id(yesterday), yesterday, 600)
    token = _token()
    where = standing(_report(token, 3 * MINUTE, "STOPPED"), earlier, SOON, checked=True)

    repair = owed("p", where, earlier)

    assert where.unrecorded
    assert repair is not None and repair.owed is Owed.RECORD
    assert repair.hold == HoldSession("p", token.hold_id, BEGAN, 600, 180)


def test_a_finished_hold_never_saved_is_recorded_complete() -> None:
    token = _token()
    where = standing(_report(token, 10 * MINUTE - 1, "FINISHED"), None, SOON, checked=True)

    repair = owed("p", where, None)

    assert repair is not None
    assert (repair.hold.status, repair.hold.held_seconds) == (HoldStatus.COMPLETED, 600)


def test_a_hold_started_over_closes_the_one_it_replaced_only_if_that_is_open() -> None:
    first = HoldSession("p", new_hold_id(BEGAN), BEGAN, 600)
    token = _token(BEGAN + timedelta(minutes=4), replaced=Replaced(first.hold_id, 240))
    where = standing(_report(token, MINUTE, "STOPPED"), first, SOON, checked=True)

    assert owed("p", where, first).replaced == (first.hold_id, 240)  # type: ignore[union-attr]
    closed = first._replace(status=HoldStatus.STOPPED)
    where = standing(_report(token, MINUTE, "STOPPED"), closed, SOON, checked=True)
    assert owed("p", where, closed).replaced is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "latest",
    [
        # A newer hold is stored: the reported one ended, it was not lost.
        HoldSession("p", new_hold_id(SOON), SOON, 600),
    ],
)
def test_an_older_or_lapsed_hold_is_never_taken_for_one_not_saved(latest: HoldSession) -> None:
    token = _token()
    where = standing(_report(token, 3 * MINUTE, "STOPPED"), latest, SOON, checked=True)
    assert not where.unrecorded
    assert owed("p", where, latest) is None
    hours_later = BEGAN + timedelta(hours=4)
    lapsed = standing(_report(token, 3 * MINUTE, "STOPPED"), None, hours_later, checked=True)
    assert not lapsed.unrecorded


def test_a_finish_not_saved_is_completed_with_the_stored_plan() -> None:
    token = _token()
    stored = HoldSession("p", token.hold_id, BEGAN, 300, 60)  # planned shorter than the token
    where = standing(_report(token, 10 * MINUTE - 1, "FINISHED"), stored, SOON, checked=True)

    repair = owed("p", where, stored)

    assert repair is not None and repair.owed is Owed.COMPLETE
    assert (repair.hold.status, repair.hold.held_seconds) == (HoldStatus.COMPLETED, 300)


@pytest.mark.usefixtures("in_lambda")
def test_a_repair_is_one_metric_line(capsys: pytest.CaptureFixture[str]) -> None:
    metrics.hold_repair(Owed.RECORD, repaired=False)

    line = json.loads(capsys.readouterr().out)
    assert line["_aws"]["CloudWatchMetrics"] == [
        {
            "Namespace": "AcupressureHelper",
            "Dimensions": [["Outcome"]],
            "Metrics": [{"Name": "HoldRepairs", "Unit": "Count"}],
        }
    ]
    assert (line["Outcome"], line["Repair"], line["HoldRepairs"]) == ("unrepaired", "record", 1)


@pytest.mark.usefixtures("in_lambda")
@pytest.mark.parametrize(
    ("repair", "started", "ended"),
    [
        # A start never saved, recorded as it stands: still playing.
        (Repair(Owed.RECORD, HoldSession("p", "h", BEGAN, 600, 120)), 1, []),
        # Recorded finished, closing the hold it started over (stopped at 90 s).
        (
            Repair(
                Owed.RECORD,
                HoldSession("p", "h", BEGAN, 600, 600, HoldStatus.COMPLETED),
                replaced=("g", 90),
            ),
            1,
            [(1, 10.0), (0, 1.5)],
        ),
        # A finish never saved: completed with its plan.
        (
            Repair(Owed.COMPLETE, HoldSession("p", "h", BEGAN, 300, 300, HoldStatus.COMPLETED)),
            0,
            [(1, 5.0)],
        ),
        # Time noted on a hold under way: neither started nor ended.
        (Repair(Owed.NOTE, HoldSession("p", "h", BEGAN, 600, 240)), 0, []),
    ],
    ids=["record-playing", "record-finished-over-another", "complete", "note"],
)
def test_a_repair_made_counts_the_holds_it_starts_and_ends_as_the_store_does(
    capsys: pytest.CaptureFixture[str], repair: Repair, started: int, ended: list[tuple[int, float]]
) -> None:
    assert repaired(repair, done=True)

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sum(line.get(metrics.HOLDS_STARTED, 0) for line in lines) == started
    assert [
        (line[metrics.HOLDS_COMPLETED], line[metrics.MINUTES_HELD])
        for line in lines
        if metrics.MINUTES_HELD in line
    ] == ended


@pytest.mark.parametrize(
    "repair",
    [
        Repair(
            Owed.COMPLETE,
            HoldSession("p", new_hold_id(BEGAN), BEGAN, 600, 600, HoldStatus.COMPLETED),
        ),
        Repair(Owed.NOTE, HoldSession("p", new_hold_id(BEGAN), BEGAN, 600, 240)),
        Repair(
            Owed.RECORD,
            HoldSession("p", new_hold_id(SOON), SOON, 600, 60),
            replaced=(new_hold_id(BEGAN), 240),
        ),
    ],
)
def test_a_repair_noted_on_the_profile_reads_back_as_itself(repair: Repair) -> None:
    assert from_note("p", noted(repair)) == repair


@pytest.mark.parametrize(
    "note",
    [
        "",
        "complete/completed/600/600",
        "complete/completed/six/600/20261123T083005Z-000000-1a2b3c4d",
        "mend/completed/600/600/20261123T083005Z-000000-1a2b3c4d",
        "complete/finished/600/600/20261123T083005Z-000000-1a2b3c4d",
        "complete/completed/600/600/not-a-hold-id",
        "record/in_progress/60/600/20261123T083005Z-000000-1a2b3c4d/x240.a",
        "complete/completed/0600/600/20261123T083005Z-000000-1a2b3c4d",
        "complete/completed/-6/600/20261123T083005Z-000000-1a2b3c4d",
        "record/in_progress/60/600/20261123T083005Z-000000-1a2b3c4d/r\u00b2.a",
        "record/in_progress/60/600/20261123T083005Z-000000-1a2b3c4d/r240.",
    ],
)
def test_a_note_that_is_not_one_stands_for_no_repair(note: str) -> None:
    assert from_note("p", note) is None
