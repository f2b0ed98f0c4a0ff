"""What a person hears about reminders and progress: times, days, and kind words for a break."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pytest

from skill.routine.progress import LastHold, Progress
from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import ReminderPlan, Repeat
from skill.speech import preference_words, progress_words, reminder_words
from skill.speech.locales import ENGLISH_LOCALES, published
from skill.speech.progress_answer import progress_answer
from skill.speech.reminder_answer import listed, reminder_set
from skill.speech.time_words import clock, day_ahead, day_past

# Monday 23 November 2026, six in the evening, on the person's clock.
EVENING = datetime(2026, 11, 23, 18, 0)
TODAY = EVENING.date()


@pytest.mark.parametrize(
    ("at", "said"),
    [(time(19), "7 pm"), (time(7, 30), "7:30 am"), (time(12), "12 noon"), (time(0), "midnight"),
     (time(12, 15), "12:15 pm"), (time(0, 5), "12:05 am")],
)  # fmt: skip
def test_clock_times_are_said_as_people_say_them(at: time, said: str) -> None:
    assert clock(at) == said


@pytest.mark.parametrize(
    ("days_ahead", "said"),
    [(0, "today"), (1, "tomorrow"), (4, "on Friday"), (10, "on 3 December")],
)
def test_coming_days_are_said_from_today(days_ahead: int, said: str) -> None:
    assert day_ahead(TODAY + timedelta(days=days_ahead), TODAY) == said


@pytest.mark.parametrize(
    ("days_ago", "said"),
    [(0, "today"), (1, "yesterday"), (4, "on Thursday"), (10, "on 13 November")],
)
def test_days_gone_by_are_said_from_today(days_ago: int, said: str) -> None:
    assert day_past(TODAY - timedelta(days=days_ago), TODAY) == said


def test_a_reminder_is_said_back_with_its_time_and_how_often() -> None:
    daily = ReminderPlan(Repeat.DAILY, at=time(19))
    tomorrow = ReminderPlan(Repeat.ONCE, at=time(19), day=date(2026, 11, 24))
    peak = ReminderPlan(Repeat.ONCE, at=time(9), day=date(2026, 11, 25), at_peak=True)
    weekdays = ReminderPlan(Repeat.DAILY, at=time(8), days=Days.WEEKDAYS)
    weekends = ReminderPlan(Repeat.DAILY, at=time(10), days=Days.WEEKENDS)

    assert (
        reminder_set(reminder_words, daily, EVENING) == "Done. I'll remind you every day at 7 pm."
    )
    assert reminder_set(reminder_words, tomorrow, EVENING) == (
        "Done. I'll remind you tomorrow at 7 pm."
    )
    assert reminder_set(reminder_words, peak, EVENING) == (
        "Done. I'll remind you on Wednesday at 9 am. "
        "Around then the effect is often at its strongest: I'll ask how you feel."
    )
    assert reminder_set(reminder_words, weekdays, EVENING) == (
        "Done. I'll remind you every weekday at 8 am."
    )
    assert reminder_set(reminder_words, weekends, EVENING) == (
        "Done. I'll remind you every Saturday and Sunday at 10 am."
    )


def test_reminders_are_listed_with_a_way_to_stop_them() -> None:
    plans = [ReminderPlan(Repeat.DAILY, at=time(8)), ReminderPlan(Repeat.DAILY, at=time(19))]

    assert listed(reminder_words, [], EVENING) == "You don't have any reminders from me."
    assert listed(reminder_words, plans[:1], EVENING) == (
        "You have one reminder from me: every day at 8 am. To stop it, say: cancel my reminders."
    )
    assert listed(reminder_words, plans, EVENING) == (
        "You have 2 reminders from me: every day at 8 am, and every day at 7 pm. "
        "To stop one, say its time, like: cancel my 7 pm reminder. "
        "Or say: cancel all my reminders."
    )


@pytest.mark.parametrize("locale", ENGLISH_LOCALES)
def test_the_reminder_says_how_to_start_in_the_person_s_locale(locale: str) -> None:
    assert published(locale) == locale
    assert published("it-IT") == "en-US"
    assert reminder_words.REMINDER_TEXT == (
        "Time for your acupressure. Say: Alexa, ask Acupressure Helper for back pain."
    )


def _progress(this_week: int, minutes: int, in_a_row: int, change: float | None) -> Progress:
    last = LastHold(datetime(2026, 11, 22, 9, 0), 300, completed=True)
    return Progress(this_week, minutes, in_a_row, last, 3 if change is not None else 0, change)


def test_progress_says_the_week_and_the_run() -> None:
    said = progress_answer(progress_words, _progress(3, 25, 2, None), TODAY)

    assert said == [
        "In the last 7 days you've done 3 holds, 25 minutes in all.",
        "That's 2 days in a row. Well done.",
        progress_words.RATING_HINT,
    ]


def test_with_no_run_the_last_hold_stands_in_for_it() -> None:
    said = progress_answer(progress_words, _progress(1, 5, 1, None), TODAY)

    assert said == [
        "In the last 7 days you've done 1 hold, 5 minutes in all.",
        "Your last hold was yesterday, for 5 minutes.",
        progress_words.RATING_HINT,
    ]


def test_after_a_break_no_figures_on_pain() -> None:
    said = " ".join(progress_answer(progress_words, _progress(0, 0, 0, 1.5), TODAY))

    assert "pain" not in said
    assert "Your last hold was yesterday" in said


def test_a_break_is_never_scolded() -> None:
    said = " ".join(progress_answer(progress_words, _progress(0, 0, 0, None), TODAY))

    assert "that's okay" in said
    assert "in a row" not in said
    assert "should" not in said


@pytest.mark.parametrize(
    ("change", "said"),
    [(-2.2, "eases by about 2 points"), (-1.0, "eases by about 1 point"),
     (-0.3, "about the same"), (-0.5, "about the same"), (1.0, "please see a doctor")],
)  # fmt: skip
def test_the_average_change_in_pain_is_said_plainly(change: float, said: str) -> None:
    assert said in " ".join(progress_answer(progress_words, _progress(3, 15, 1, change), TODAY))


@pytest.mark.parametrize("module", [reminder_words, progress_words, preference_words])
def test_every_fixed_sentence_is_short(module: object) -> None:
    said = [
        value
        for name, value in vars(module).items()
        if isinstance(value, str) and " " in value and not name.startswith("__")
    ]
    sentences = [s for text in said for s in re.split(r"(?<=[.?!])\s+", text)]
    assert sentences
    assert max(len(sentence.split()) for sentence in sentences) <= 22


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (7, 4, "That's 3 points easier."),
        (5, 4, "That's 1 point easier."),
        (5, 5, "and it's 5 now."),
        (4, 6, "please check with a doctor."),
    ],
)
def test_a_rating_after_a_hold_says_the_change(before: int, after: int, said: str) -> None:
    assert preference_words.rated_after(before, after).endswith(said)
