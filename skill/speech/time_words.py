"""Times and days as a person says them: "7 pm", "tomorrow", "on Friday"."""

from __future__ import annotations

from datetime import date, time

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def clock(at: time) -> str:
    """ "7 pm", "7:30 am", "12 noon", "midnight"."""
    if at == time(0, 0):
        return "midnight"
    if at == time(12, 0):
        return "12 noon"
    hour = at.hour % 12 or 12
    half = "am" if at.hour < 12 else "pm"
    return f"{hour} {half}" if at.minute == 0 else f"{hour}:{at.minute:02d} {half}"


def _day(day: date, days_away: int, next_door: str) -> str:
    if days_away == 0:
        return "today"
    if days_away == 1:
        return next_door
    if 1 < days_away < 7:
        return f"on {_WEEKDAYS[day.weekday()]}"
    return f"on {day.day} {_MONTHS[day.month - 1]}"


def day_ahead(day: date, today: date) -> str:
    """A coming day: "today", "tomorrow", "on Friday", or "on 3 December"."""
    return _day(day, (day - today).days, "tomorrow")


def day_past(day: date, today: date) -> str:
    """A day gone by: "today", "yesterday", "on Monday", or "on 3 November"."""
    return _day(day, (today - day).days, "yesterday")
