"""The hold plan: what a person hears, and when, for every cadence and every length."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill.routine.cadence import Cadence
from skill.routine.hold_length import LONGEST_MINUTES, SHORTEST_MINUTES
from skill.routine.hold_plan import HoldPlan, TimedMark, elapsed_ms, plan_hold, position_at
from skill.routine.hold_segments import Closing, LetGo, catalogue, segment_spec
from skill.speech import hold_marks, marks_said
from skill.speech.hold_marks import CLOSING_WORDS

MINUTE = 60_000
LENGTHS = range(SHORTEST_MINUTES, LONGEST_MINUTES + 1)
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
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_COUNT = re.compile(r"^(?P<number>[A-Za-z-]+) minutes? left\.$")
_COUNTDOWN = re.compile(r"^(?P<number>[A-Za-z]+)\.$")


def number(words: str) -> int:
    return sum(_TENS.get(part, 0) or _UNITS.index(part) for part in words.lower().split("-"))


def countdown(text: str) -> int | None:
    said = _COUNTDOWN.match(text)
    return number(said["number"]) if said else None


def heard(mark: TimedMark) -> str:
    return marks_said.words(hold_marks, mark.said)


def mark_at(plan: HoldPlan, elapsed: int) -> TimedMark | None:
    """The mark heard at this hold time, the closing aside."""
    found = [mark for mark in plan.marks[:-1] if mark.elapsed_ms == elapsed]
    return found[0] if found else None


def whole_minute_marks(plan: HoldPlan) -> list[TimedMark]:
    return [mark for mark in plan.marks[:-1] if mark.elapsed_ms % MINUTE == 0]


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
def test_the_closing_comes_exactly_at_the_end_and_fits_the_length(
    minutes: int, cadence: Cadence
) -> None:
    plan = plan_hold(minutes, cadence)
    closing = plan.marks[-1]
    said = heard(closing)
    assert closing.elapsed_ms == minutes * MINUTE
    assert closing.said == LetGo(plan.closing)
    # The recording is the same for everyone, so it offers no reminder: the spoken
    # opening offers one to those with none.
    assert "let go" in said and "remind" not in said
    assert closing.chime is (cadence is Cadence.QUIET)
    # The article's after-effects only after a full hold; never a promise after a short one.
    assert ("a day and a half" in said) is (minutes >= 30)
    assert ("hours" in said) is (minutes >= 30)
    assert ("long enough for the full effect" in said) is (minutes >= 30)
    assert ("five minutes" in said) is (minutes < 5)


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_marks_come_in_order_and_within_the_hold(minutes: int, cadence: Cadence) -> None:
    times = [mark.elapsed_ms for mark in plan_hold(minutes, cadence).marks]
    assert times == sorted(set(times))
    assert times[0] >= 0


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_every_count_says_the_minutes_left_when_it_is_heard(minutes: int, cadence: Cadence) -> None:
    """One way of counting: what is left, never what is done, at every length."""
    plan = plan_hold(minutes, cadence)
    for mark in whole_minute_marks(plan):
        left = minutes - mark.elapsed_ms // MINUTE
        if cadence is Cadence.QUIET:
            assert mark.said is None and mark.chime
            continue
        count = _COUNT.match(heard(mark))
        assert count is not None, heard(mark)
        assert number(count["number"]) == left
    for mark in plan.marks[:-1]:
        assert not heard(mark).lower().startswith(("five minutes.", "thirty minutes."))


@pytest.mark.parametrize(("minutes", "cadence"), [(m, c) for m in LENGTHS[1:] for c in Cadence])
def test_one_minute_left(minutes: int, cadence: Cadence) -> None:
    mark = mark_at(plan_hold(minutes, cadence), (minutes - 1) * MINUTE)
    assert mark is not None
    assert heard(mark) == ("" if cadence is Cadence.QUIET else "One minute left.")


@pytest.mark.parametrize(("minutes", "cadence"), [(m, c) for m in LENGTHS for c in SPOKEN])
def test_the_last_ten_seconds_are_counted_down(minutes: int, cadence: Cadence) -> None:
    plan = plan_hold(minutes, cadence)
    last_ten = [mark for mark in plan.marks[:-1] if mark.elapsed_ms >= minutes * MINUTE - 10_000]
    assert [mark.elapsed_ms for mark in last_ten] == [
        minutes * MINUTE - seconds * 1000 for seconds in range(10, 0, -1)
    ]
    assert [countdown(heard(mark)) for mark in last_ten] == list(range(10, 0, -1))


@pytest.mark.parametrize("minutes", LENGTHS)
def test_the_minute_cadence_speaks_every_minute(minutes: int) -> None:
    plan = plan_hold(minutes, Cadence.MINUTE)
    heard_at = [mark.elapsed_ms for mark in whole_minute_marks(plan)]
    assert heard_at == list(range(0, minutes * MINUTE, MINUTE))


@pytest.mark.parametrize(("minutes", "cadence"), [(m, c) for m in LENGTHS for c in SPOKEN])
def test_counts_are_short(minutes: int, cadence: Cadence) -> None:
    for mark in plan_hold(minutes, cadence).marks[:-1]:
        assert 1 <= len(heard(mark).split()) <= 4


@pytest.mark.parametrize("cadence", [Cadence.FIVE, Cadence.QUIET])
@pytest.mark.parametrize("minutes", LENGTHS)
def test_the_sparse_cadences_mark_every_five_minutes_left_and_the_last_minute(
    minutes: int, cadence: Cadence
) -> None:
    plan = plan_hold(minutes, cadence)
    left = [minutes - mark.elapsed_ms // MINUTE for mark in whole_minute_marks(plan)]
    expected = [n for n in range(minutes, 0, -1) if n % 5 == 0 or n == 1]
    assert left == expected


@pytest.mark.parametrize("minutes", LENGTHS)
def test_the_quiet_cadence_only_chimes_until_the_closing(minutes: int) -> None:
    quiet, five = plan_hold(minutes, Cadence.QUIET), plan_hold(minutes, Cadence.FIVE)
    assert all(mark.said is None and mark.chime for mark in quiet.marks[:-1])
    assert quiet.marks[-1].said == five.marks[-1].said


_SAY_NUMBER = {
    "one": 1,
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "thirty-five": 35,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "fifty-five": 55,
}


def promised_minutes_left(plan: HoldPlan) -> list[int] | None:
    """What the start line promises, as minutes left; None for "every minute"."""
    said = marks_said.promise(hold_marks, plan)
    if "every minute" in said:
        return None
    if "ten seconds" in said or "when it's time to let go" in said:
        return []
    found = re.search(r"at ([a-z-]+) minutes? to go(, then every five)?(, and at one)?", said)
    assert found is not None, said
    first = _SAY_NUMBER[found[1]]
    if found[2]:
        return [*range(first, 0, -5), 1]
    return [first, 1] if found[3] else [first]


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_the_promise_of_how_it_is_counted_is_true_for_every_length(
    minutes: int, cadence: Cadence
) -> None:
    """What the start line says about the counts is what the person then hears or feels."""
    plan = plan_hold(minutes, cadence)
    after_start = [m for m in plan.marks[:-1] if m.elapsed_ms > 0 and m.elapsed_ms % MINUTE == 0]
    counted = [minutes - m.elapsed_ms // MINUTE for m in after_start]
    promised = promised_minutes_left(plan)
    if promised is None:
        assert cadence is Cadence.MINUTE
        assert counted == list(range(minutes - 1, 0, -1)) and counted
    else:
        assert counted == promised
    if cadence is Cadence.QUIET:
        assert "chime" in marks_said.promise(hold_marks, plan)
    else:
        assert "chime" not in marks_said.promise(hold_marks, plan)


def test_a_quiet_three_minute_hold_promises_only_the_chime_it_rings() -> None:
    plan = plan_hold(3, Cadence.QUIET)
    assert marks_said.promise(hold_marks, plan) == "I'll ring a soft chime at one minute to go."
    assert [(m.elapsed_ms, m.chime) for m in plan.marks[:-1]] == [(2 * MINUTE, True)]


@pytest.mark.parametrize(
    ("minutes", "cadence", "expected"),
    [
        (
            3,
            Cadence.MINUTE,
            [(0, "Three minutes left."), (60, "Two minutes left."), (120, "One minute left.")],
        ),
        (
            12,
            Cadence.FIVE,
            [(120, "Ten minutes left."), (420, "Five minutes left."), (660, "One minute left.")],
        ),
        (
            45,
            Cadence.QUIET,
            [(s, "") for s in (0, 300, 600, 900, 1200, 1500, 1800, 2100, 2400, 2640)],
        ),
    ],
)
def test_examples_of_what_a_person_hears(
    minutes: int, cadence: Cadence, expected: list[tuple[int, str]]
) -> None:
    plan = plan_hold(minutes, cadence)
    said = [(m.elapsed_ms // 1000, heard(m)) for m in whole_minute_marks(plan)]
    assert said == expected


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
    assert segment_spec(plan.segments[-1].audio_id).closing == plan.closing
    assert all(segment_spec(s.audio_id).closing is None for s in plan.segments[:-1])
    assert all(s.offset_ms == 0 for s in plan.segments[1:])


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_few_segments_so_few_requests(minutes: int, cadence: Cadence) -> None:
    segments = plan_hold(minutes, cadence).segments
    assert len(segments) == (1 if minutes <= 30 else 2)
    final = {Closing.SHORT: "final-short", Closing.PARTIAL: "final", Closing.FULL: "final-full"}
    closing = Closing.FULL if minutes >= 30 else Closing.PARTIAL if minutes >= 5 else Closing.SHORT
    assert segments[-1].audio_id == f"{cadence}-{final[closing]}"


@pytest.mark.parametrize(("minutes", "cadence"), EVERY_HOLD)
def test_every_mark_is_in_the_recording_where_the_plan_says(minutes: int, cadence: Cadence) -> None:
    plan = plan_hold(minutes, cadence)
    for mark in plan.marks:
        index, offset = position_at(plan, mark.elapsed_ms)
        recorded = segment_spec(plan.segments[index].audio_id).heard
        assert [(m.said, m.chime) for m in recorded if m.at_ms == offset] == [
            (mark.said, mark.chime)
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
    early_ends_at = plan.segments[1].starts_at_ms
    assert elapsed_ms(plan, 0, plan.segments[0].offset_ms - 500) == 0
    assert elapsed_ms(plan, 0, 30 * MINUTE + 64) == early_ends_at  # the encoder's padding
    assert elapsed_ms(plan, 1, 0) == early_ends_at
    with pytest.raises(ValueError, match="no segment"):
        elapsed_ms(plan, 2, 0)
    with pytest.raises(ValueError, match="negative"):
        position_at(plan, -1)


def test_the_catalogue_has_four_segments_for_each_cadence() -> None:
    specs = catalogue()
    assert len({spec.audio_id for spec in specs}) == len(specs) == 12
    for cadence in Cadence:
        assert sorted(spec.audio_id for spec in specs if spec.cadence is cadence) == sorted(
            f"{cadence}-{part}" for part in ("early", "final-short", "final", "final-full")
        )


@pytest.mark.parametrize("spec", catalogue(), ids=lambda spec: spec.audio_id)
def test_each_recording_fits_its_timeline(spec) -> None:
    assert spec.nominal_ms == 30 * MINUTE
    times = [mark.at_ms for mark in spec.marks]
    assert times == sorted(set(times))
    assert all(0 <= at < spec.nominal_ms for at in times)
    assert (spec.closing is not None) is ("final" in spec.audio_id)


@pytest.mark.parametrize("closing", list(Closing))
def test_the_closing_is_short_and_never_says_the_wake_word(closing: Closing) -> None:
    # A device playing its own recording could wake on "Alexa".
    said = CLOSING_WORDS[closing]
    assert "alexa" not in said.lower()
    # The same recording for everyone: no reminder offered to someone who has one.
    assert "remind" not in said.lower()
    assert 25 <= len(said.split()) <= 50


def test_a_segment_the_catalogue_lacks_is_named_in_the_error() -> None:
    with pytest.raises(KeyError, match="no segment called 'minute-middle'"):
        segment_spec("minute-middle")
