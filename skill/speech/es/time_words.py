"""Times and days as Spanish speakers say them: "a las 19:00" in Spain, "a las 7 de la tarde"
in Mexico and the United States, "mañana", "el viernes"."""

from __future__ import annotations

from datetime import date, time

_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip


def clock_24(at: time) -> str:
    """Spain's 24-hour time, after "a las": "19:00", "7:30"; "medianoche", "mediodía"."""
    if at == time(0, 0):
        return "medianoche"
    if at == time(12, 0):
        return "mediodía"
    return f"{at.hour}:{at.minute:02d}"


def _part_of_day(hour: int) -> str:
    if hour < 6:
        return "de la madrugada"
    if hour < 12:
        return "de la mañana"
    if hour < 20:
        return "de la tarde"
    return "de la noche"


def clock_12(at: time) -> str:
    """The Americas' 12-hour time, after "a las": "7 de la tarde", "7:30 de la mañana"."""
    if at == time(0, 0):
        return "medianoche"
    if at == time(12, 0):
        return "mediodía"
    hour = at.hour % 12 or 12
    said = str(hour) if at.minute == 0 else f"{hour}:{at.minute:02d}"
    return f"{said} {_part_of_day(at.hour)}"


def at_clock(said: str) -> str:
    """ "a las 19:00", "a la 1 de la tarde", "a medianoche", "a mediodía"."""
    if said in ("medianoche", "mediodía"):
        return f"a {said}"
    return f"a la {said}" if said.startswith("1 ") or said.startswith("1:") else f"a las {said}"


def _day(day: date, days_away: int, next_door: str) -> str:
    if days_away == 0:
        return "hoy"
    if days_away == 1:
        return next_door
    if 1 < days_away < 7:
        return f"el {_WEEKDAYS[day.weekday()]}"
    return f"el {day.day} de {_MONTHS[day.month - 1]}"


def day_ahead(day: date, today: date) -> str:
    """A coming day: "hoy", "mañana", "el viernes", or "el 3 de diciembre"."""
    return _day(day, (day - today).days, "mañana")


def day_past(day: date, today: date) -> str:
    """A day gone by: "hoy", "ayer", "el lunes", or "el 3 de noviembre"."""
    return _day(day, (today - day).days, "ayer")
