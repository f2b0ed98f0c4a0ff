"""The Reminders stand-in takes recurrence rules as the real API does, and shows them."""

from __future__ import annotations

from typing import Any

import pytest

from toolkit.simulator.reminders import describe, refusal


def reminder(recurrence: dict[str, Any]) -> dict[str, Any]:
    return {
        "trigger": {
            "type": "SCHEDULED_ABSOLUTE",
            "timeZoneId": "Europe/London",
            "recurrence": {"startDateTime": "2026-11-24T08:00:00", **recurrence},
        },
        "alertInfo": {"spokenInfo": {"content": [{"locale": "en-GB", "text": "Time."}]}},
    }


@pytest.mark.parametrize(
    ("rules", "shown"),
    [
        (["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1"], "daily at 19:00"),
        (
            ["FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1"],
            "weekly on MO,TU,WE,TH,FR at 08:00",
        ),
        (["FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=30"], "weekly on SA,SU at 10:30"),
    ],
)
def test_daily_and_weekly_rules_are_taken_and_shown(rules: list[str], shown: str) -> None:
    request = reminder({"recurrenceRules": rules})

    assert refusal(request) is None
    assert describe(request) == f"{shown} Europe/London"


@pytest.mark.parametrize(
    "rules",
    [
        [],
        ["BYHOUR=8"],  # no FREQ
        ["FREQ=DAILY;FREQ=WEEKLY;BYHOUR=8"],  # FREQ twice
        ["FREQ=WEEKLY;BYDAY=MO,XX;BYHOUR=8"],
        ["FREQ=DAILY;BYHOUR=25"],
        ["FREQ=DAILY;INTERVAL=0"],
        ["FREQ=DAILY;BYHOUR=8;SOMETIMES=1"],
        [7],
    ],
)
def test_rules_the_api_would_refuse_are_refused(rules: list[Any]) -> None:
    assert refusal(reminder({"recurrenceRules": rules})) == "INVALID_RECURRENCE"


def test_the_deprecated_freq_is_still_taken() -> None:
    assert refusal(reminder({"freq": "WEEKLY", "byDay": ["MO"]})) is None
    assert refusal(reminder({"freq": "HOURLY"})) == "INVALID_RECURRENCE"
