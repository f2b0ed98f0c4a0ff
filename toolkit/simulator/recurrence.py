"""Recurrence rules as Alexa's Reminders API reads them: RFC 5545 RRULEs.

A reminder's `trigger.recurrence.recurrenceRules[]` holds rules such as
"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1". RFC 5545
(3.3.10): "The FREQ rule part is REQUIRED, but MUST NOT occur more than once", the other
parts are optional and occur at most once, and BYDAY is a list of SU, MO, TU, WE, TH, FR,
SA. The stand-in refuses what breaks those rules, and a frequency other than the daily
and weekly ones reminders are set with ("every day at 7:00 PM", "every weekday at 7 AM":
Alexa Reminders Guidelines for Usage).
"""

from __future__ import annotations

from typing import Any

_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_FREQUENCIES = ("DAILY", "WEEKLY")
_NUMBERS = {"BYHOUR": 23, "BYMINUTE": 59, "BYSECOND": 59, "INTERVAL": 1000}
_KNOWN = {"FREQ", "BYDAY", "UNTIL", "COUNT", "WKST", *_NUMBERS}


def _parts(rule: str) -> dict[str, str] | None:
    parts: dict[str, str] = {}
    for part in rule.strip().rstrip(";").split(";"):
        name, equals, value = part.partition("=")
        if not equals or not value or name in parts:
            return None
        parts[name] = value
    return parts


def rule_problem(rule: Any) -> str | None:
    """Why the API would refuse this rule, or None."""
    parts = _parts(rule) if isinstance(rule, str) else None
    if parts is None:
        return "not a rule"
    unknown = set(parts) - _KNOWN
    if unknown:
        return f"unknown part {sorted(unknown)[0]}"
    if parts.get("FREQ") not in _FREQUENCIES:
        return "FREQ must be DAILY or WEEKLY"
    for name, highest in _NUMBERS.items():
        value = parts.get(name)
        if value is not None and not (value.isdigit() and int(value) <= highest):
            return f"{name} out of range"
    if "INTERVAL" in parts and int(parts["INTERVAL"]) < 1:
        return "INTERVAL out of range"
    days = parts.get("BYDAY")
    if days is not None and not all(day in _DAYS for day in days.split(",")):
        return "BYDAY names a day that is not one"
    return None


def rule_words(rule: str) -> str:
    """A rule for a person reading the simulator: "weekly on MO,TU,WE,TH,FR at 08:00"."""
    parts = _parts(rule) or {}
    at = f"{int(parts.get('BYHOUR', '0')):02d}:{int(parts.get('BYMINUTE', '0')):02d}"
    if parts.get("FREQ") == "WEEKLY":
        return f"weekly on {parts.get('BYDAY', '(every day)')} at {at}"
    return f"daily at {at}"
