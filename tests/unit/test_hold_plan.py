"""The hold plan: what a person hears, and when, for every cadence and every length."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import (
    HoldPlan,
    TimedMark,
    catalogue,
    elapsed_ms,
    plan_hold,
    position_at,
    segment_spec,
)

MINUTE = 60_000
LENGTHS = range(1, 61)
EVERY_HOLD = [(minutes, cadence) for cadence in Cadence for minutes in LENGTHS]
SPOKEN = [cadence for cadence in Cadence if cadence is not Cadence.QUIET]

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_COUNT = re.compile(r"^(?P<number>[A-Za-z-]+) minutes?(?P<left> left)?\.$")
_COUNTDOWN = re.compile(r"^(?P<number>[A-Za-z]+)\.$")


def number(words: str) -> int:
    return sum(_TENS.get(part, 0) or _UNITS.index(part) for part in words.lower().split("-"))


def countdown(text: str) -> int | None:
    said = _COUNTDOWN.match(text)
    return number(said["number"]) if said else None


def first_sentence(text: str) -> str:
    return f"{text.split('.')[0]}." if text else ""


def mark_at(plan: HoldPlan, elapsed: int) -> TimedMark | None:
    """The mark heard at this hold time, the closing aside."""
    found = [mark for mark in plan.marks[:-1] if mark.elapsed_ms == elapsed]
    return found[0] if found else None


def whole_minute_marks(plan: HoldPlan) -> list[TimedMark]:
    return [mark for mark in plan.marks[:-1] if mark.elapsed_ms % MINUTE == 0]


def is_easing(mark: TimedMark | None) -> bool:
    return mark is not None and mark.text.startswith("Five minutes.") and "ease" in mark.text


def is_full_effect(mark: TimedMark | None) -> bool:
    return mark is not None and mark.text.startswith("Thirty minutes.") and "full" in mark.text


def plans(minutes: st.SearchStrategy[int] | None = None) -> st.SearchStrategy[HoldPlan]:
    return st.builds(plan_hold, minutes or st.integers(1, 60), st.sampled_from(list(Cadence)))


@pytest.mark.parametrize("minutes", [0, -5, 61, 600])
def test_a_hold_is_one_to_sixty_minutes(minutes: int) -> None:
    with pytest.raises(ValueError, match="1 to 60"):
        plan_hold(minutes, Cadence.MINUTE)


def test_a_hold_is_whole_minutes() -> None:
    with pytest.raises(TypeError):
        plan_hold(7.5, Cadence.MINUTE)


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_the_closing_comes_exactly_at_the_end(minutes: int, cadence: Cadence) -> None:
    plan = plan_hold(minutes, cadence)
    closing = plan.marks[-1]
    assert closing.elapsed_ms == minutes * MINUTE
    assert "let go" in closing.text
    assert "a day and a half" in closing.text
    # Recorded for everyone, so it offers no reminder to someone who already has one.
    assert "remind" not in closing.text
    assert closing.chime is (cadence is Cadence.QUIET)
    assert ("full thirty minutes" in closing.text) is (minutes == 30)


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_marks_come_in_order_and_within_the_hold(minutes: int, cadence: Cadence) -> None:
    times = [mark.elapsed_ms for mark in plan_hold(minutes, cadence).marks]
    assert times == sorted(set(times))
    assert times[0] >= 0


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_easing_and_full_effect_marks(minutes: int, cadence: Cadence) -> None:
    plan = plan_hold(minutes, cadence)
    easing, full_effect = mark_at(plan, 5 * MINUTE), mark_at(plan, 30 * MINUTE)
    if cadence is Cadence.QUIET:
        assert (easing is not None and easing.chime) is (minutes > 5)
        assert (full_effect is not None and full_effect.chime) is (minutes > 30)
    else:
        assert is_easing(easing) is (minutes > 5)
        assert is_full_effect(full_effect) is (minutes > 30)
    assert sum(is_easing(mark) for mark in plan.marks) <= 1
    assert sum(is_full_effect(mark) for mark in plan.marks) <= 1


@pytest.mark.parametrize(("minutes", "cadence"), [(m, c) for m in LENGTHS[1:] for c in SPOKEN])
def test_one_minute_left(minutes: int, cadence: Cadence) -> None:
    mark = mark_at(plan_hold(minutes, cadence), (minutes - 1) * MINUTE)
    if minutes in (6, 31):
        # That moment already has the easing or full-effect mark, which takes priority.
        assert is_easing(mark) or is_full_effect(mark)
    else:
        assert mark is not None
        assert mark.text == "One minute left."


@pytest.mark.parametrize(("minutes", "cadence"), [(m, c) for m in LENGTHS for c in SPOKEN])
def test_the_last_ten_seconds_are_counted_down(minutes: int, cadence: Cadence) -> None:
    plan = plan_hold(minutes, cadence)
    last_ten = [mark for mark in plan.marks[:-1] if mark.elapsed_ms >= minutes * MINUTE - 10_000]
    assert [mark.elapsed_ms for mark in last_ten] == [
        minutes * MINUTE - seconds * 1000 for seconds in range(10, 0, -1)
    ]
    assert [countdown(mark.text) for mark in last_ten] == list(range(10, 0, -1))


@pytest.mark.parametrize(("minutes", "cadence"), [(m, c) for m in LENGTHS for c in SPOKEN])
def test_counts_say_the_time_they_are_heard(minutes: int, cadence: Cadence) -> None:
    """Counts up to the easing (or full-effect) mark say time held; after it, time left."""
    plan = plan_hold(minutes, cadence)
    counted_up_to = 30 if minutes > 30 else 5 if minutes > 5 else 0
    for mark in whole_minute_marks(plan):
        count = _COUNT.match(mark.text)
        if count is None:
            assert is_easing(mark) or is_full_effect(mark)
            continue
        at_minute = mark.elapsed_ms // MINUTE
        if at_minute < counted_up_to:
            assert not count["left"] and number(count["number"]) == at_minute
        else:
            assert count["left"] and number(count["number"]) == minutes - at_minute


@pytest.mark.parametrize("minutes", LENGTHS)
def test_the_minute_cadence_speaks_every_minute(minutes: int) -> None:
    plan = plan_hold(minutes, Cadence.MINUTE)
    heard_at = [mark.elapsed_ms for mark in whole_minute_marks(plan)]
    first = 0 if minutes <= 5 else MINUTE
    assert heard_at == list(range(first, minutes * MINUTE, MINUTE))


@pytest.mark.parametrize(("minutes", "cadence"), [(m, c) for m in LENGTHS for c in SPOKEN])
def test_counts_are_short(minutes: int, cadence: Cadence) -> None:
    for mark in plan_hold(minutes, cadence).marks[:-1]:
        assert 1 <= len(mark.text.split()) <= 10


@pytest.mark.parametrize("cadence", [Cadence.FIVE, Cadence.QUIET])
@pytest.mark.parametrize("minutes", LENGTHS)
def test_the_sparse_cadences_mark_at_most_every_five_minutes(
    minutes: int, cadence: Cadence
) -> None:
    plan = plan_hold(minutes, cadence)
    minutes_marked = [mark.elapsed_ms // MINUTE for mark in whole_minute_marks(plan)]
    gaps = [b - a for a, b in zip([0, *minutes_marked], [*minutes_marked, minutes], strict=True)]
    assert max(gaps) <= 5
    for mark in whole_minute_marks(plan):
        count = _COUNT.match(mark.text)
        if count is not None:
            assert number(count["number"]) % 5 == 0 or mark.text == "One minute left."


@pytest.mark.parametrize("minutes", LENGTHS)
def test_the_quiet_cadence_only_chimes_until_the_closing(minutes: int) -> None:
    quiet, five = plan_hold(minutes, Cadence.QUIET), plan_hold(minutes, Cadence.FIVE)
    assert all(mark.text == "" and mark.chime for mark in quiet.marks[:-1])
    assert quiet.marks[-1].text == five.marks[-1].text
    # A chime wherever the five-minute cadence says a count.
    assert [m.elapsed_ms for m in whole_minute_marks(quiet)] == [
        m.elapsed_ms for m in whole_minute_marks(five)
    ]


@pytest.mark.parametrize(
    ("minutes", "cadence", "heard"),
    [
        (
            3,
            Cadence.MINUTE,
            [(0, "Three minutes left."), (60, "Two minutes left."), (120, "One minute left.")],
        ),
        (
            12,
            Cadence.FIVE,
            [(300, "Five minutes."), (420, "Five minutes left."), (660, "One minute left.")],
        ),
        (45, Cadence.QUIET, [(s, "") for s in (300, 600, 900, 1200, 1500, 1800, 2100, 2400, 2640)]),
    ],
)
def test_examples_of_what_a_person_hears(
    minutes: int, cadence: Cadence, heard: list[tuple[int, str]]
) -> None:
    plan = plan_hold(minutes, cadence)
    said = [(m.elapsed_ms // 1000, first_sentence(m.text)) for m in whole_minute_marks(plan)]
    assert said == heard


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_segments_play_back_to_back_and_end_on_the_closing(minutes: int, cadence: Cadence) -> None:
    plan = plan_hold(minutes, cadence)
    starts_at = 0
    for segment in plan.segments:
        spec = segment_spec(segment.audio_id)
        assert spec.cadence is cadence
        assert segment.starts_at_ms == starts_at
        assert 0 <= segment.offset_ms < spec.nominal_ms
        starts_at += spec.nominal_ms - segment.offset_ms
    # The last segment reaches its closing exactly when the hold is done.
    assert starts_at == minutes * MINUTE
    assert segment_spec(plan.segments[-1].audio_id).closing == plan.marks[-1].text
    assert all(segment_spec(s.audio_id).closing is None for s in plan.segments[:-1])
    assert all(s.offset_ms == 0 for s in plan.segments[:-1])


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_few_segments_so_few_requests(minutes: int, cadence: Cadence) -> None:
    segments = plan_hold(minutes, cadence).segments
    assert len(segments) == (1 if minutes <= 5 else 2 if minutes <= 30 else 3)
    assert segments[-1].audio_id.endswith("final-full") is (minutes == 30)


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_every_mark_is_in_the_recording_where_the_plan_says(minutes: int, cadence: Cadence) -> None:
    plan = plan_hold(minutes, cadence)
    for mark in plan.marks:
        index, offset = position_at(plan, mark.elapsed_ms)
        recorded = segment_spec(plan.segments[index].audio_id).heard
        assert [(m.text, m.chime) for m in recorded if m.at_ms == offset] == [
            (mark.text, mark.chime)
        ]


@given(plans(), st.integers(0, 62 * MINUTE))
def test_a_hold_time_and_its_place_in_the_audio_round_trip(plan: HoldPlan, elapsed: int) -> None:
    index, offset = position_at(plan, elapsed)
    assert index == plan.segment_at(elapsed)
    assert elapsed_ms(plan, index, offset) == elapsed
    assert plan.remaining_ms(elapsed) == max(0, plan.minutes * MINUTE - elapsed)


@given(plans(), st.data())
def test_a_device_offset_and_its_hold_time_round_trip(plan: HoldPlan, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(plan.segments) - 1))
    segment = plan.segments[index]
    nominal = segment_spec(segment.audio_id).nominal_ms
    offset = data.draw(st.integers(segment.offset_ms, nominal - 1))
    assert position_at(plan, elapsed_ms(plan, index, offset)) == (index, offset)


def test_offsets_outside_a_segment_count_as_its_edges() -> None:
    plan = plan_hold(40, Cadence.MINUTE)
    assert elapsed_ms(plan, 0, -500) == 0
    assert elapsed_ms(plan, 0, 308_064) == 308_000  # the encoder's padding at the end
    assert elapsed_ms(plan, 2, 0) == plan.segments[2].starts_at_ms
    with pytest.raises(ValueError, match="no segment"):
        elapsed_ms(plan, 3, 0)
    with pytest.raises(ValueError, match="negative"):
        position_at(plan, -1)


def test_the_catalogue_has_four_segments_for_each_cadence() -> None:
    specs = catalogue()
    assert len({spec.audio_id for spec in specs}) == len(specs) == 12
    for cadence in Cadence:
        assert sorted(spec.audio_id for spec in specs if spec.cadence is cadence) == sorted(
            f"{cadence}-{part}" for part in ("opening", "middle", "final", "final-full")
        )


@pytest.mark.parametrize("spec", catalogue(), ids=lambda spec: spec.audio_id)
def test_each_recording_fits_its_timeline(spec) -> None:
    lengths = {"opening": 308_000, "middle": 1_500_000, "final": 1_800_000}
    assert spec.nominal_ms == lengths[spec.audio_id.split("-", 1)[1].removesuffix("-full")]
    times = [mark.at_ms for mark in spec.marks]
    assert times == sorted(set(times))
    assert all(0 < at < spec.nominal_ms for at in times)
    assert (spec.closing is not None) is ("final" in spec.audio_id)


@pytest.mark.parametrize(
    "spec", [spec for spec in catalogue() if spec.closing], ids=lambda spec: spec.audio_id
)
def test_the_closing_is_about_twenty_seconds_and_never_says_the_wake_word(spec) -> None:
    # A device playing its own recording could wake on "Alexa".
    assert "alexa" not in spec.closing.lower()
    assert 30 <= len(spec.closing.split()) <= 55
