"""When DynamoDB is down or pushing back, the store says so with a StoreError, and fast."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import pytest
from botocore.awsrequest import AWSResponse

from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store import ConflictError, StoreError, person_key
from skill.store.dynamodb import DynamoDbStore
from skill.store.dynamodb_client import (
    ATTEMPTS,
    CONNECT_TIMEOUT_SECONDS,
    create_table,
    make_client,
)
from skill.store.hold_ids import new_hold_id
from tests.support.moto_server import MotoServer, use_fake_credentials

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

PERSON = person_key("amzn1.ask.account.FAULTS-raw-user-id")
START = datetime(2026, 11, 23, 22, 18, 5, tzinfo=UTC)
# Botocore waits at most 1 s, then 2 s, between attempts at a throttled request.
THROTTLING_BACKOFF_SECONDS = 3.0


class _Body:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def stream(self, **kwargs: Any) -> Iterator[bytes]:
        yield self._data


class Refusal:
    """Answers every request with one DynamoDB error, in place of the server; counts attempts."""

    def __init__(self, code: str, **fields: object) -> None:
        self.attempts = 0
        body = {"__type": f"com.amazonaws.dynamodb.v20120810#{code}", "message": code, **fields}
        self._body = json.dumps(body).encode()

    def __call__(self, request: Any, **kwargs: Any) -> AWSResponse:
        self.attempts += 1
        headers = {"Content-Type": "application/x-amz-json-1.0"}
        return AWSResponse(request.url, 400, headers, _Body(self._body))  # type: ignore[arg-type]


class AttemptCounter:
    def __init__(self) -> None:
        self.attempts = 0

    def __call__(self, **kwargs: Any) -> None:
        self.attempts += 1


def a_hold() -> HoldSession:
    return HoldSession(PERSON, new_hold_id(START), START, 300)


def refused_with(moto_server: str, refusal: Refusal) -> DynamoDBClient:
    """A client of its own, so the test's table can still be removed afterwards."""
    client = make_client(moto_server)
    # A before-send hook that returns a response stands in for the server.
    client.meta.events.register_first("before-send.dynamodb.*", refusal)  # type: ignore[arg-type]
    return client


def test_a_stopped_server_gives_a_store_error_within_the_timeouts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_fake_credentials(monkeypatch)
    server = MotoServer()
    client = make_client(server.start())
    # The server is this test's own: a CreateTable retried under load finds the table made.
    create_table(client, "sessions-stopped", exist_ok=True)
    store = DynamoDbStore(client, "sessions-stopped")
    store.save_profile(store.load_profile(PERSON))
    server.stop()
    counting = AttemptCounter()
    client.meta.events.register("before-send.dynamodb.*", counting)

    began = time.monotonic()
    with pytest.raises(StoreError, match="load the profile"):
        store.load_profile(PERSON)
    elapsed = time.monotonic() - began

    assert counting.attempts == ATTEMPTS
    assert elapsed < ATTEMPTS * CONNECT_TIMEOUT_SECONDS


@pytest.mark.slow
@pytest.mark.parametrize("code", ["ThrottlingException", "ProvisionedThroughputExceededException"])
def test_throttling_is_retried_then_gives_a_store_error(
    moto_server: str, table_name: str, code: str
) -> None:
    refusal = Refusal(code)
    store = DynamoDbStore(refused_with(moto_server, refusal), table_name)

    began = time.monotonic()
    with pytest.raises(StoreError, match=code) as raised:
        store.end_hold(PERSON, a_hold().hold_id, HoldStatus.COMPLETED, 300)
    elapsed = time.monotonic() - began

    assert refusal.attempts == ATTEMPTS
    assert not isinstance(raised.value, ConflictError)
    assert elapsed < THROTTLING_BACKOFF_SECONDS + 1


def test_a_transaction_lost_to_a_concurrent_one_is_a_store_error_not_a_closed_hold(
    moto_server: str, table_name: str
) -> None:
    reasons = [{"Code": "None"}, {"Code": "TransactionConflict", "Message": "busy"}]
    refusal = Refusal("TransactionCanceledException", CancellationReasons=reasons)
    store = DynamoDbStore(refused_with(moto_server, refusal), table_name)

    with pytest.raises(StoreError, match="close the hold") as raised:
        store.end_hold(PERSON, a_hold().hold_id, HoldStatus.COMPLETED, 300)

    assert not isinstance(raised.value, ConflictError)
    assert refusal.attempts == 1


def test_a_missing_table_is_a_store_error(dynamodb_client: DynamoDBClient) -> None:
    store = DynamoDbStore(dynamodb_client, "no-such-table")

    with pytest.raises(StoreError, match="ResourceNotFoundException"):
        store.load_profile(PERSON)
    with pytest.raises(StoreError, match="ResourceNotFoundException"):
        store.begin_hold(Profile(person=PERSON), a_hold())
