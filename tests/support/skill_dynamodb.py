"""The skill on a DynamoDB table of its own, and hooks on the very clients the skill makes.

`use_table` points the skill at a fresh table on a given server, and `drop_table`
removes it after (the shared server lists at most 100 tables a page). `hook_skill_clients`
calls a function on each DynamoDB client the skill opens, so a test can count its
requests or answer them in place of the server (`Refusal`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from botocore.awsrequest import AWSResponse

from skill import lambda_function
from skill.store import dynamodb_client
from skill.store.dynamodb_client import make_client as _make_client
from tests.support.moto_server import use_fake_credentials

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

READS = frozenset({"GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems"})
WRITES = frozenset({"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"})


def use_table(env: pytest.MonkeyPatch, endpoint: str) -> str:
    """Create a fresh sessions table on `endpoint` and configure the skill to use it."""
    use_fake_credentials(env)
    env.setenv("AWS_ENDPOINT_URL_DYNAMODB", endpoint)
    table = f"sessions-{uuid.uuid4().hex[:12]}"
    dynamodb_client.create_table(_make_client(endpoint), table, exist_ok=True)
    env.setenv("SESSIONS_TABLE", table)
    env.delenv("ACUPRESSURE_DB", raising=False)
    lambda_function.reset()
    return table


def drop_table(endpoint: str, table: str) -> None:
    """Remove a test's table, so the shared server's table list stays short."""
    _make_client(endpoint).delete_table(TableName=table)


def hook_skill_clients(env: pytest.MonkeyPatch, hook: Callable[[DynamoDBClient], None]) -> None:
    """Call `hook` on every DynamoDB client the skill makes from now on."""

    def make_hooked_client(endpoint_url: str | None = None) -> DynamoDBClient:
        client = _make_client(endpoint_url)
        hook(client)
        return client

    env.setattr(dynamodb_client, "make_client", make_hooked_client)
    lambda_function.reset()


class _Body:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def stream(self, **kwargs: Any) -> Iterator[bytes]:
        yield self._data


class Refusal:
    """A `before-send` hook that answers in place of the server with a DynamoDB error.

    With `first_attempt_only`, only the first attempt at each call is refused, so the
    client's own retry reaches the server.
    """

    def __init__(self, code: str, first_attempt_only: bool = False) -> None:
        self.refused = 0
        self._first_attempt_only = first_attempt_only
        self._fresh_call = False
        body = {"__type": f"com.amazonaws.dynamodb.v20120810#{code}", "message": code}
        self._body = json.dumps(body).encode()

    def register(self, client: DynamoDBClient) -> None:
        client.meta.events.register("before-call.dynamodb.*", self._call_begins)
        # A before-send hook that returns a response stands in for the server.
        client.meta.events.register_first("before-send.dynamodb.*", self._send)  # type: ignore[arg-type]

    def _call_begins(self, **kwargs: Any) -> None:
        self._fresh_call = True

    def _send(self, request: Any, **kwargs: Any) -> AWSResponse | None:
        fresh, self._fresh_call = self._fresh_call, False
        if self._first_attempt_only and not fresh:
            return None
        self.refused += 1
        headers = {"Content-Type": "application/x-amz-json-1.0"}
        return AWSResponse(request.url, 400, headers, _Body(self._body))  # type: ignore[arg-type]
