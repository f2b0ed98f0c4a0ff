"""The web service with a patient DynamoDB client: `python -m tests.hardening.patient_service`.

The skill's own client gives up after one second and retries once. moto's DynamoDB, on a
busy two-core machine, can take longer than that under fifty people, and it does not
honour the idempotency token that makes a retried transaction safe on DynamoDB itself.
The concurrency test is about lost updates, not timeouts (tests/store covers those), so
here every call waits as long as it needs and is sent once.
"""

from __future__ import annotations

from botocore.config import Config

from skill.store import dynamodb_client

PATIENT = Config(retries={"mode": "standard", "total_max_attempts": 1}, read_timeout=60)


def main() -> None:
    dynamodb_client.CLIENT_CONFIG = PATIENT  # type: ignore[misc]
    from bench.web_server import main as serve

    serve("skill.lambda_function")


if __name__ == "__main__":
    main()
