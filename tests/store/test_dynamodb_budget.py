"""Each contract method of the DynamoDB store is one request to DynamoDB (forget excepted)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest

from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store import ConflictError, StoreError, person_key
from skill.store.dynamodb import DynamoDbStore
from skill.store.hold_ids import new_hold_id

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

PERSON = person_key("amzn1.ask.account.BUDGET-raw-user-id")
START = datetime(2026, 11, 23, 22, 18, 5, tzinfo=UTC)


class RequestCounter:
    """Counts the HTTP requests a client sends, by operation name."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def __call__(self, event_name: str, **kwargs: Any) -> None:
        self.sent.append(event_name.rsplit(".", 1)[-1])

    def during(self, action: Callable[[], object]) -> list[str]:
        self.sent.clear()
        action()
        return list(self.sent)


@pytest.fixture
def counter(dynamodb_client: DynamoDBClient) -> Iterator[RequestCounter]:
    counting = RequestCounter()
    dynamodb_client.meta.events.register("before-send.dynamodb.*", counting)
    yield counting
    dynamodb_client.meta.events.unregister("before-send.dynamodb.*", counting)


@pytest.fixture
def store(dynamodb_client: DynamoDBClient, table_name: str) -> DynamoDbStore:
    return DynamoDbStore(dynamodb_client, table_name)


def a_hold(minutes_later: int = 0) -> HoldSession:
    started_at = START + timedelta(minutes=minutes_later)
    return HoldSession(PERSON, new_hold_id(started_at), started_at, 300)


def test_a_whole_hold_costs_one_request_per_call(
    store: DynamoDbStore, counter: RequestCounter
) -> None:
    hold = a_hold()
    profile = Profile(person=PERSON)

    assert counter.during(lambda: store.load_profile(PERSON)) == ["GetItem"]
    profile = store.save_profile(replace(profile, heard_safety=True))
    assert counter.during(lambda: store.save_profile(replace(profile, holder="self"))) == [
        "PutItem"
    ]
    profile = store.load_profile(PERSON)
    assert counter.during(lambda: store.begin_hold(profile, hold)) == ["TransactWriteItems"]
    assert counter.during(
        lambda: store.end_hold(PERSON, hold.hold_id, HoldStatus.COMPLETED, 300)
    ) == ["TransactWriteItems"]
    assert counter.during(lambda: store.recent_holds(PERSON, limit=5)) == ["Query"]
    assert counter.during(lambda: store.load_profile_and_holds(PERSON, [hold.hold_id])) == [
        "BatchGetItem"
    ]
    assert counter.during(lambda: store.record_pain_after(PERSON, hold.hold_id, 3)) == [
        "UpdateItem"
    ]


def test_refusals_cost_one_request_too(store: DynamoDbStore, counter: RequestCounter) -> None:
    stale = store.load_profile(PERSON)
    store.save_profile(stale)
    hold = a_hold()

    def stale_save() -> None:
        with pytest.raises(ConflictError):
            store.save_profile(stale)

    def stale_begin() -> None:
        with pytest.raises(ConflictError):
            store.begin_hold(stale, hold)

    assert counter.during(stale_save) == ["PutItem"]
    assert counter.during(stale_begin) == ["TransactWriteItems"]
    assert counter.during(lambda: store.end_hold(PERSON, hold.hold_id, HoldStatus.STOPPED, 10)) == [
        "TransactWriteItems"
    ]


def test_recent_holds_reads_one_page_however_long_the_history(
    store: DynamoDbStore, counter: RequestCounter
) -> None:
    for minutes_later in range(0, 120, 10):
        store.begin_hold(store.load_profile(PERSON), a_hold(minutes_later))

    assert counter.during(lambda: store.recent_holds(PERSON, limit=3)) == ["Query"]
    assert len(store.recent_holds(PERSON, limit=3)) == 3


def test_keys_left_unread_are_a_store_error_not_a_second_request(
    store: DynamoDbStore,
    counter: RequestCounter,
    dynamodb_client: DynamoDBClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = dynamodb_client  # the one the store sends through
    real = client.batch_get_item

    def throttled(**kwargs: Any) -> Any:
        answer = real(**kwargs)
        answer["UnprocessedKeys"] = kwargs["RequestItems"]
        return answer

    monkeypatch.setattr(client, "batch_get_item", throttled)
    with pytest.raises(StoreError):
        counter.during(lambda: store.load_profile_and_holds(PERSON, [a_hold().hold_id]))
    assert counter.sent == ["BatchGetItem"]


@pytest.mark.slow
def test_forget_queries_then_deletes_in_batches(
    store: DynamoDbStore, counter: RequestCounter
) -> None:
    for minutes_later in range(30):
        store.begin_hold(store.load_profile(PERSON), a_hold(minutes_later))

    # 31 items (the profile and 30 holds): one query, two batches of at most 25 deletes.
    assert counter.during(lambda: store.forget(PERSON)) == [
        "Query",
        "BatchWriteItem",
        "BatchWriteItem",
    ]
