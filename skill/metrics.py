"""Counts of store faults, as CloudWatch metrics carried in the function's log.

Each fault is one line of CloudWatch Embedded Metric Format: a JSON object that
CloudWatch Logs turns into a `StoreFaults` count by `Operation`. Each repair of a hold
whose write failed (skill/routine/hold_repair.py) is one line too: a `HoldRepairs`
count by `Outcome`, `repaired` or `unrepaired` (the repair failed, or had to wait for a
later request), with what was owed (`Repair`: record, complete or note). The line goes to
standard output, not through `logging`: Lambda's log handler puts a level, time and
request id in front of every logged message, and CloudWatch only reads a metric from a
line that is a JSON object from its first character.

The line names the store operation and the kind of failure, never the person.
"""

from __future__ import annotations

import json
import time
from typing import Final

NAMESPACE: Final = "AcupressureHelper"
STORE_FAULTS: Final = "StoreFaults"
OPERATION: Final = "Operation"
HOLD_REPAIRS: Final = "HoldRepairs"
OUTCOME: Final = "Outcome"


def fault_kind(error: BaseException) -> str:
    """What went wrong underneath: DynamoDB's error code, else the failure's class name."""
    # Here, not at import: botocore costs every cold start, and only faults need it.
    from botocore.exceptions import ClientError

    cause = error.__cause__ or error
    if isinstance(cause, ClientError):
        return str(cause.response.get("Error", {}).get("Code") or type(cause).__name__)
    return type(cause).__name__


def _count(metric: str, dimension: str, value: str, **fields: str) -> None:
    """One count of `metric` by `dimension` (= `value`): one metric line."""
    line = {
        "_aws": {
            "Timestamp": int(time.time() * 1000),
            "CloudWatchMetrics": [
                {
                    "Namespace": NAMESPACE,
                    "Dimensions": [[dimension]],
                    "Metrics": [{"Name": metric, "Unit": "Count"}],
                }
            ],
        },
        dimension: value,
        **fields,
        metric: 1,
    }
    print(json.dumps(line, separators=(",", ":")), flush=True)


def store_fault(operation: str, error: Exception) -> None:
    """Count one failed store `operation` (e.g. "save_profile"): one metric line."""
    _count(STORE_FAULTS, OPERATION, operation, Fault=fault_kind(error))


def hold_repair(owed: str, *, repaired: bool) -> None:
    """Count one repair of a hold (what was `owed`): made, or left for later."""
    _count(HOLD_REPAIRS, OUTCOME, "repaired" if repaired else "unrepaired", Repair=owed)
