"""DynamoDB requests counted on the clients a process makes, with botocore's event hooks."""

from __future__ import annotations

from typing import Any

READS = frozenset({"GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems"})
WRITES = frozenset({"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"})


class DbRequests:
    """Every HTTP request (retries included) sent by clients of boto3's default session."""

    def __init__(self) -> None:
        self._sent: list[str] = []

    @classmethod
    def on_default_session(cls) -> DbRequests:
        """Count the requests of every client made from now on by `boto3.client(...)`."""
        import boto3

        counter = cls()
        boto3.setup_default_session()
        assert boto3.DEFAULT_SESSION is not None
        boto3.DEFAULT_SESSION.events.register("before-send.dynamodb.*", counter._count)
        return counter

    def _count(self, event_name: str, **kwargs: Any) -> None:  # noqa: ARG002 - botocore's hook
        self._sent.append(event_name.rsplit(".", 1)[-1])

    def take(self) -> list[str]:
        """The operations sent since the last call."""
        sent, self._sent = self._sent, []
        return sent


def reads(operations: list[str]) -> int:
    return sum(operation in READS for operation in operations)


def writes(operations: list[str]) -> int:
    return sum(operation in WRITES for operation in operations)
