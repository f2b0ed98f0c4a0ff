"""What the skill says about how the person is doing. A break is never scolded."""

from __future__ import annotations

from datetime import date

from skill.routine.pain import PainTrend, pain_trend
from skill.routine.progress import WEEK_DAYS, LastHold, Progress
from skill.speech.english import minutes
from skill.speech.time_words import day_past

NO_HOLDS_YET = (
    "You haven't done a hold with me yet. When you're ready, "
    "just ask Acupressure Helper for back pain."
)
HOLDS_UNREADABLE = "I couldn't look back at your holds just now. Please ask me again later."
RATING_HINT = "Say keep my ratings, then rate your pain 0 to 10 before and after holds."


def _holds(count: int) -> str:
    return "1 hold" if count == 1 else f"{count} holds"


def _held_for(last: LastHold) -> str:
    held = last.held_seconds // 60
    return "less than a minute" if held < 1 else minutes(held)


def last_hold(last: LastHold | None, today: date) -> str:
    """ "Your last hold was yesterday, for 12 minutes."."""
    if last is None:
        return NO_HOLDS_YET
    return f"Your last hold was {day_past(last.started_at.date(), today)}, for {_held_for(last)}."


def week(found: Progress) -> str:
    if found.holds_this_week == 0:
        return (
            f"You haven't done a hold in the last {WEEK_DAYS} days, and that's okay. "
            "I'm here whenever you need me."
        )
    return (
        f"In the last {WEEK_DAYS} days you've done {_holds(found.holds_this_week)}, "
        f"{minutes(found.minutes_this_week)} in all."
    )


def pain(change: float) -> str:
    found = pain_trend(change)
    match found.trend:
        case PainTrend.EASED:
            points = "1 point" if found.points_eased == 1 else f"{found.points_eased} points"
            return f"On average, your pain eases by about {points} after a hold."
        case PainTrend.SAME:
            return "On average, your pain feels about the same after a hold."
        case PainTrend.WORSE:
            return (
                "Your pain hasn't eased after holds, on average. "
                "If it's worse, please see a doctor."
            )


def in_a_row(days: int) -> str:
    return f"That's {days} days in a row. Well done."
