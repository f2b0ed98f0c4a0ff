"""A repeating reminder's recurrence rule, as the Reminders API takes and gives it back.

The Alexa Reminders API Reference deprecates `trigger.recurrence.freq` and `byDay` "in
favor of the more specific recurrence parameters startDateTime, endDateTime and
recurrenceRules[]"; a rule is an RFC 5545 RRULE ("FREQ=WEEKLY;BYDAY=MO,TU;BYHOUR=8"). The
Reminders Guidelines for Usage show the kind a skill sets: "Okay, I'll remind you every
weekday at 7 AM" with "Recurrence Rule: Every weekday". So every day is FREQ=DAILY, and
weekdays or weekends FREQ=WEEKLY with the days named in BYDAY.
"""

from __future__ import annotations

from datetime import time

from skill.routine.reminder_days import Days, weekday_numbers

# RFC 5545's two-letter weekdays, Monday first as date.weekday() counts.
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BY_DAYS = {
    frozenset(_DAY_CODES[number] for number in weekday_numbers(days)): days for days in Days
}


def rule_for(days: Days, at: time) -> str:
    """The rule for a reminder on `days` at `at`."""
    clock = f"BYHOUR={at.hour};BYMINUTE={at.minute};BYSECOND=0;INTERVAL=1"
    if days == Days.EVERY_DAY:
        return f"FREQ=DAILY;{clock}"
    codes = ",".join(_DAY_CODES[number] for number in sorted(weekday_numbers(days)))
    return f"FREQ=WEEKLY;BYDAY={codes};{clock}"


def parts_of(rule: str) -> dict[str, str]:
    """A rule's parts by name: "FREQ=DAILY;BYHOUR=8" -> {"FREQ": "DAILY", "BYHOUR": "8"}."""
    parts: dict[str, str] = {}
    for part in rule.strip().removeprefix("RRULE:").split(";"):
        name, _, value = part.partition("=")
        if name:
            parts[name.strip().upper()] = value.strip().upper()
    return parts


def days_and_time(rule: str) -> tuple[Days, time] | None:
    """The days and time a rule read back from the API rings on; None for any other rule."""
    parts = parts_of(rule)
    hour, minute = parts.get("BYHOUR", ""), parts.get("BYMINUTE", "0")
    if not (hour.isdigit() and minute.isdigit()) or int(hour) > 23 or int(minute) > 59:
        return None
    at = time(int(hour), int(minute))
    if parts.get("FREQ") == "DAILY" and "BYDAY" not in parts:
        return Days.EVERY_DAY, at
    if parts.get("FREQ") == "WEEKLY":
        days = _BY_DAYS.get(frozenset(parts.get("BYDAY", "").split(",")))
        return (days, at) if days is not None else None
    return None
