"""Progress from stored holds: the week, the days in a row, the last hold, the change in pain."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from skill.routine.model import HoldSession, HoldStatus
from skill.routine.progress import LastHold, Progress, pain_change, progress
from skill.store.hold_ids import new_hold_id

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
# Monday 23 November 2026, six in the evening in London (UTC+0 in November).
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)


def a_hold(
    days_ago: float,
    minutes: int = 5,
    status: HoldStatus = HoldStatus.COMPLETED,
    held_seconds: int | None = None,
    pain: tuple[int | None, int | None] | None = None,
) -> HoldSession:
    started = NOW - timedelta(days=days_ago)
    held = minutes * 60 if held_seconds is None else held_seconds
    return HoldSession(
        person="someone",
        hold_id=new_hold_id(started),
        started_at=started,
        planned_seconds=minutes * 60,
        held_seconds=held,
        status=status,
        pain_before=pain[0] if pain else None,
        pain_after=pain[1] if pain else None,
    )


def test_no_holds_is_no_progress_and_no_last_hold() -> None:
    found = progress([], NOW, LONDON)

    assert found == Progress(0, 0, 0, None, 0, None)
    assert not found.has_holds


def test_one_five_minute_hold_today() -> None:
    hold = a_hold(days_ago=0.1)

    found = progress([hold], NOW, LONDON)

    assert (found.holds_this_week, found.minutes_this_week, found.days_in_a_row) == (1, 5, 1)
    assert found.last == LastHold(hold.started_at.astimezone(LONDON), 300, completed=True)


def test_the_week_is_today_and_the_six_days_before() -> None:
    holds = [a_hold(0.1, 30), a_hold(3, 12), a_hold(6.2, 10), a_hold(7.5, 20), a_hold(30, 5)]

    found = progress(holds, NOW, LONDON)

    assert (found.holds_this_week, found.minutes_this_week) == (3, 52)


def test_a_stopped_hold_counts_its_time_and_a_too_short_one_does_not_count() -> None:
    holds = [
        a_hold(0.1, 30, HoldStatus.STOPPED, held_seconds=600),
        a_hold(0.2, 30, HoldStatus.STOPPED, held_seconds=40),
        a_hold(0.3, 30, HoldStatus.IN_PROGRESS, held_seconds=0),
    ]

    found = progress(holds, NOW, LONDON)

    assert (found.holds_this_week, found.minutes_this_week) == (1, 10)
    assert found.last is not None
    assert (found.last.held_seconds, found.last.completed) == (600, False)


def test_days_in_a_row_count_back_from_today() -> None:
    holds = [a_hold(0.1), a_hold(1), a_hold(1.1), a_hold(2), a_hold(4)]

    assert progress(holds, NOW, LONDON).days_in_a_row == 3


def test_a_run_ending_yesterday_still_counts_before_today_s_hold() -> None:
    holds = [a_hold(1), a_hold(2)]

    assert progress(holds, NOW, LONDON).days_in_a_row == 2


def test_a_break_ends_the_run_without_a_fuss() -> None:
    holds = [a_hold(2), a_hold(3), a_hold(4)]

    found = progress(holds, NOW, LONDON)

    assert found.days_in_a_row == 0
    assert found.holds_this_week == 3


def test_days_are_the_person_s_own() -> None:
    # 03:00 UTC on the 23rd is 10 pm on the 22nd in New York: yesterday there, today in London.
    late_evening = NOW.replace(hour=3)
    hold = HoldSession(
        "someone", new_hold_id(late_evening), late_evening, 300, 300, HoldStatus.COMPLETED
    )
    earlier = a_hold(days_ago=1.5)  # 06:00 UTC on the 22nd: 1 am on the 22nd in New York

    in_london = progress([hold, earlier], NOW, LONDON)
    in_new_york = progress([hold, earlier], NOW, NEW_YORK)

    assert in_london.days_in_a_row == 2
    assert in_new_york.days_in_a_row == 1
    assert in_new_york.last is not None
    assert in_new_york.last.started_at.day == 22


def test_the_change_in_pain_waits_for_three_rated_holds() -> None:
    two = [a_hold(1, pain=(7, 4)), a_hold(2, pain=(6, 4)), a_hold(3, pain=(5, None))]

    assert pain_change(two) == (2, None)


def test_the_change_in_pain_is_the_mean_of_after_minus_before() -> None:
    holds = [a_hold(1, pain=(7, 4)), a_hold(2, pain=(6, 4)), a_hold(3, pain=(5, 4)), a_hold(4)]

    found = progress(holds, NOW, LONDON)

    assert found.rated_holds == 3
    assert found.pain_change == -2.0


def test_the_last_hold_is_the_latest_whatever_order_the_holds_come_in() -> None:
    holds = [a_hold(days_ago=2, minutes=10), a_hold(days_ago=0.1, minutes=7), a_hold(days_ago=1)]

    for order in (holds, holds[::-1]):
        found = progress(order, NOW, LONDON)
        assert found.last is not None
        assert (found.last.started_at, found.last.held_seconds) == (holds[1].started_at, 420)


def test_a_hold_of_exactly_a_minute_counts_and_its_minutes_are_whole() -> None:
    minute = a_hold(days_ago=0.1, minutes=5, status=HoldStatus.STOPPED, held_seconds=60)
    longer = a_hold(days_ago=0.2, minutes=5, status=HoldStatus.STOPPED, held_seconds=90)

    found = progress([minute, longer], NOW, LONDON)

    assert (found.holds_this_week, found.minutes_this_week) == (2, 2)


def test_a_stopped_hold_counts_the_time_held_not_the_time_planned() -> None:
    stopped = a_hold(days_ago=0.1, minutes=30, status=HoldStatus.STOPPED, held_seconds=150)

    found = progress([stopped], NOW, LONDON)

    assert found.minutes_this_week == 2
    assert found.last == LastHold(stopped.started_at, 150, completed=False)


def test_the_week_is_the_person_s_own_too() -> None:
    # 03:00 UTC on Tuesday the 17th is Monday the 16th at 10 pm in New York: a week before
    # the 23rd there, so outside its week; in London it is the first day of the week.
    edge = NOW.replace(day=17, hour=3)
    hold = HoldSession("someone", new_hold_id(edge), edge, 300, 300, HoldStatus.COMPLETED)

    assert progress([hold], NOW, LONDON).holds_this_week == 1
    assert progress([hold], NOW, NEW_YORK).holds_this_week == 0


def test_today_is_the_person_s_own_day() -> None:
    # 03:00 UTC on Tuesday the 24th is still Monday the 23rd in New York: its week began on
    # Tuesday the 17th, and a hold that afternoon is in it.
    late = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
    tuesday = datetime(2026, 11, 17, 18, 0, tzinfo=UTC)
    hold = HoldSession("someone", new_hold_id(tuesday), tuesday, 300, 300, HoldStatus.COMPLETED)

    assert progress([hold], late, NEW_YORK).holds_this_week == 1
    assert progress([hold], late, LONDON).holds_this_week == 0


def test_a_completed_hold_counts_its_whole_length() -> None:
    # Completed by a device whose last report came a little before the end.
    completed = a_hold(days_ago=0.1, minutes=5, held_seconds=280)

    found = progress([completed], NOW, LONDON)

    assert found.minutes_this_week == 5
    assert found.last == LastHold(completed.started_at, 300, completed=True)
