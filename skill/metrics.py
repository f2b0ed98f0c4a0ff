"""Counts of store faults, as CloudWatch metrics carried in the function's log.

Each fault is one line of CloudWatch Embedded Metric Format: a JSON object that
CloudWatch Logs turns into a `StoreFaults` count by `Operation`. The line goes to
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


def fault_kind(error: BaseException) -> str:
    """What went wrong underneath: DynamoDB's error code, else the failure's class name."""
    # Here, not at import: botocore costs every cold start, and only faults need it.
    from botocore.exceptions import ClientError

    cause = error.__cause__ or error
    if isinstance(cause, ClientError):
        return str(cause.response.get("Error", {}).get("Code") or type(cause).__name__)
    return type(cause).__name__


def store_fault(operation: str, error: Exception) -> None:
    """Count one failed store `operation` (e.g. "save_profile"): one metric line."""
    line = {
        "_aws": {
            "Timestamp": int(time.time() * 1000),
            "CloudWatchMetrics": [
                {
                    "Namespace": NAMESPACE,
                    "Dimensions": [[OPERATION]],
                    "Metrics": [{"Name": STORE_FAULTS, "Unit": "Count"}],
                }
            ],
        },
        OPERATION: operation,
        "Fault": fault_kind(error),
        STORE_FAULTS: 1,
    }
    print(json.dumps(line, separators=(",", ":")), flush=True)
