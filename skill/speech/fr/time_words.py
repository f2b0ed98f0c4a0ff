"""Times and days as a French speaker says them: "19 h", "19 h 30", "demain", "vendredi".

France and Québec both tell the time on the 24-hour clock.
"""

from __future__ import annotations

from datetime import date, time

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip


def clock(at: time) -> str:
    """ "19 h", "7 h 30", "midi", "minuit"."""
    if at == time(0, 0):
        return "minuit"
    if at == time(12, 0):
        return "midi"
    return f"{at.hour} h" if at.minute == 0 else f"{at.hour} h {at.minute:02d}"


def at_clock(at: time) -> str:
    """ "à 19 h", "à midi", "à minuit"."""
    return f"à {clock(at)}"


def _date(day: date) -> str:
    return f"le {'1er' if day.day == 1 else day.day} {_MONTHS[day.month - 1]}"


def _day(day: date, days_away: int, next_door: str) -> str:
    if days_away == 0:
        return "aujourd'hui"
    if days_away == 1:
        return next_door
    if 1 < days_away < 7:
        return _WEEKDAYS[day.weekday()]
    return _date(day)


def day_ahead(day: date, today: date) -> str:
    """A coming day: "aujourd'hui", "demain", "vendredi", or "le 3 décembre"."""
    return _day(day, (day - today).days, "demain")


def day_past(day: date, today: date) -> str:
    """A day gone by: "aujourd'hui", "hier", "lundi", or "le 3 novembre"."""
    return _day(day, (today - day).days, "hier")
