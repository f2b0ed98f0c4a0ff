"""A reminder as Alexa's Reminders API keeps it, the checks it makes before it keeps one,
and the line the simulator prints about it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from toolkit.simulator.recurrence import rule_problem, rule_words

_LOCAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?")


@dataclass
class StoredReminder:
    alert_token: str
    request: dict[str, Any]  # the body the skill sent
    created_at: datetime
    status: str = "ON"

    def as_api(self) -> dict[str, Any]:
        """The reminder as the API reads it back."""
        created = self.created_at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        return {
            "alertToken": self.alert_token,
            "createdTime": created,
            "updatedTime": created,
            "status": self.status,
            "trigger": self.request.get("trigger"),
            "alertInfo": self.request.get("alertInfo"),
            "pushNotification": self.request.get("pushNotification"),
            "version": "1",
        }

    @property
    def spoken_text(self) -> str:
        content = self.request.get("alertInfo", {}).get("spokenInfo", {}).get("content", [{}])
        return str(content[0].get("text", "")) if content else ""


def refusal(request: Any) -> str | None:
    """Why the API would refuse this reminder, or None: the checks Alexa makes that matter here."""
    if not isinstance(request, dict):
        return "INVALID_REQUEST"
    trigger = request.get("trigger") or {}
    kind = trigger.get("type")
    if kind == "SCHEDULED_RELATIVE":
        if not isinstance(trigger.get("offsetInSeconds"), int):
            return "INVALID_TRIGGER_OFFSET"
    elif kind == "SCHEDULED_ABSOLUTE":
        recurrence = trigger.get("recurrence")
        when = (recurrence or {}).get("startDateTime") or trigger.get("scheduledTime")
        # Times are local wall-clock times: no offset, no "Z".
        if not isinstance(when, str) or not _LOCAL_TIME.fullmatch(when):
            return "INVALID_TRIGGER_SCHEDULED_TIME_FORMAT"
        if recurrence is not None and _recurrence_problem(recurrence):
            return "INVALID_RECURRENCE"
    else:
        return "INVALID_TRIGGER_TYPE"
    content = (request.get("alertInfo") or {}).get("spokenInfo", {}).get("content") or []
    if not content or not all(entry.get("locale") and entry.get("text") for entry in content):
        return "INVALID_ALERT_INFO"
    return None


def _recurrence_problem(recurrence: Any) -> bool:
    """Whether a trigger's recurrence is one the API would refuse.

    "trigger.recurrence.byDay and trigger.recurrence.freq are deprecated" for
    "startDateTime, endDateTime, recurrenceRules[]"; the change is backward compatible, and
    with the new fields present the old ones are ignored (Alexa Reminders API Reference).
    """
    if not isinstance(recurrence, dict):
        return True
    rules = recurrence.get("recurrenceRules")
    if rules is None:
        return recurrence.get("freq") not in ("DAILY", "WEEKLY")
    if not isinstance(rules, list) or not rules:
        return True
    return any(rule_problem(rule) is not None for rule in rules)


def describe(request: dict[str, Any]) -> str:
    """When a reminder rings, for a person reading the simulator: "daily at 19:00 Europe/London"."""
    trigger = request.get("trigger") or {}
    zone = trigger.get("timeZoneId") or "(device time zone)"
    if trigger.get("type") == "SCHEDULED_RELATIVE":
        seconds = int(trigger.get("offsetInSeconds") or 0)
        return f"in {seconds / 3600:g} hours" if seconds % 360 == 0 else f"in {seconds} seconds"
    rules = (trigger.get("recurrence") or {}).get("recurrenceRules") or []
    if rules:
        return f"{' and '.join(rule_words(rule) for rule in rules)} {zone}"
    scheduled = str(trigger.get("scheduledTime", "")).replace("T", " ")[:16]
    return f"once at {scheduled} {zone}"


def reminder_line(kind: str, reminder: StoredReminder) -> str:
    """'  [reminder] created: daily at 19:00 Europe/London — "Time for your acupressure. …"'."""
    return f'  [reminder] {kind}: {describe(reminder.request)} — "{reminder.spoken_text}"'
