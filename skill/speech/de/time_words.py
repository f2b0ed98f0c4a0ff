"""Uhrzeiten und Tage, wie man sie in Deutschland sagt: "19 Uhr", "morgen", "am Freitag".

The clock is the 24-hour one ("um 19:30 Uhr" is said "neunzehn Uhr dreißig").
"""

from __future__ import annotations

from datetime import date, time

_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip


def clock(at: time) -> str:
    """ "19 Uhr", "7:30 Uhr", "0 Uhr"."""
    return f"{at.hour} Uhr" if at.minute == 0 else f"{at.hour}:{at.minute:02d} Uhr"


def _day(day: date, days_away: int, next_door: str) -> str:
    if days_away == 0:
        return "heute"
    if days_away == 1:
        return next_door
    if 1 < days_away < 7:
        return f"am {_WEEKDAYS[day.weekday()]}"
    return f"am {day.day}. {_MONTHS[day.month - 1]}"


def day_ahead(day: date, today: date) -> str:
    """A coming day: "heute", "morgen", "am Freitag", or "am 3. Dezember"."""
    return _day(day, (day - today).days, "morgen")


def day_past(day: date, today: date) -> str:
    """A day gone by: "heute", "gestern", "am Montag", or "am 3. November"."""
    return _day(day, (today - day).days, "gestern")
