"""Counts of store faults, hold repairs, holds and red-flag answers, as CloudWatch metrics
carried in the function's log.

Each fault is one line of CloudWatch Embedded Metric Format: a JSON object that
CloudWatch Logs turns into a `StoreFaults` count by `Operation`. Each repair of a hold
whose write failed (skill/routine/hold_repair.py) is one line too: a `HoldRepairs`
count by `Outcome`, `repaired` or `unrepaired` (the repair failed, or had to wait for a
later request), with what was owed (`Repair`: record, complete or note). Each hold the
store records as started is a `HoldsStarted` count; each it records as ended, one line with
`HoldsCompleted` (1 if it was completed, else 0) and `MinutesHeld` (the time held on it);
each red-flag answer given, a `RedFlagAnswers` count. The line goes to
standard output, not through `logging`: Lambda's log handler puts a level, time and
request id in front of every logged message, and CloudWatch only reads a metric from a
line that is a JSON object from its first character.

A line names the store operation and the kind of failure, or counts a hold or an answer:
never the person, nor what they said.

Lines are written in Lambda only (its runtime sets AWS_LAMBDA_FUNCTION_NAME), where
CloudWatch Logs reads them: elsewhere, on the local device or the web service, a JSON line
among what the skill says would be noise.
"""

from __future__ import annotations

import json
import os
import time
from typing import Final

NAMESPACE: Final = "AcupressureHelper"
STORE_FAULTS: Final = "StoreFaults"
OPERATION: Final = "Operation"
HOLD_REPAIRS: Final = "HoldRepairs"
OUTCOME: Final = "Outcome"
HOLDS_STARTED: Final = "HoldsStarted"
HOLDS_COMPLETED: Final = "HoldsCompleted"
MINUTES_HELD: Final = "MinutesHeld"
RED_FLAG_ANSWERS: Final = "RedFlagAnswers"
# The one dimension of the counts of holds and answers, as Powertools for AWS Lambda names
# its own: they are the skill's totals, of no operation or outcome.
SERVICE: Final = "Service"
SERVICE_NAME: Final = "acupressure-helper"
# "AWS_LAMBDA_FUNCTION_NAME – The name of the function." (Lambda's defined runtime
# environment variables): set in Lambda, and nowhere else the skill runs.
IN_LAMBDA: Final = "AWS_LAMBDA_FUNCTION_NAME"


def fault_kind(error: BaseException) -> str:
    """What went wrong underneath: DynamoDB's error code, else the failure's class name."""
    # Here, not at import: botocore costs every cold start, and only faults need it.
    from botocore.exceptions import ClientError

    cause = error.__cause__ or error
    if isinstance(cause, ClientError):
        return str(cause.response.get("Error", {}).get("Code") or type(cause).__name__)
    return type(cause).__name__


def _write(counts: dict[str, tuple[float, str]], dimension: str, value: str, **fields: str) -> None:
    """One metric line: each of `counts` (metric -> its value and unit) by `dimension`."""
    if IN_LAMBDA not in os.environ:
        return
    line = {
        "_aws": {
            "Timestamp": int(time.time() * 1000),
            "CloudWatchMetrics": [
                {
                    "Namespace": NAMESPACE,
                    "Dimensions": [[dimension]],
                    "Metrics": [{"Name": name, "Unit": unit} for name, (_, unit) in counts.items()],
                }
            ],
        },
        dimension: value,
        **fields,
        **{name: amount for name, (amount, _) in counts.items()},
    }
    print(json.dumps(line, separators=(",", ":")), flush=True)


def _count(metric: str, dimension: str, value: str, **fields: str) -> None:
    """One count of `metric` by `dimension` (= `value`): one metric line."""
    _write({metric: (1, "Count")}, dimension, value, **fields)


def store_fault(operation: str, error: Exception) -> None:
    """Count one failed store `operation` (e.g. "save_profile"): one metric line."""
    _count(STORE_FAULTS, OPERATION, operation, Fault=fault_kind(error))


def hold_repair(owed: str, *, repaired: bool) -> None:
    """Count one repair of a hold (what was `owed`): made, or left for later."""
    _count(HOLD_REPAIRS, OUTCOME, "repaired" if repaired else "unrepaired", Repair=owed)


def hold_started() -> None:
    """Count one hold the store recorded as started."""
    _count(HOLDS_STARTED, SERVICE, SERVICE_NAME)


def hold_ended(*, completed: bool, held_seconds: int) -> None:
    """Count one hold the store recorded as ended: completed or not, and the time held."""
    counts = {
        HOLDS_COMPLETED: (1 if completed else 0, "Count"),
        # CloudWatch has no unit of minutes: "None", and the name says what it counts.
        MINUTES_HELD: (round(held_seconds / 60, 2), "None"),
    }
    _write(counts, SERVICE, SERVICE_NAME)


def red_flag_answer() -> None:
    """Count one answer to a red flag: what to do instead of pressing."""
    _count(RED_FLAG_ANSWERS, SERVICE, SERVICE_NAME)
