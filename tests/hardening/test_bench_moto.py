"""The bench's moto transactions: the same outcomes as moto's own, without copying tables.

Each transaction runs on moto as it ships and again inside `keep_only_touched_items()`;
the stored items and the error the client sees must match, and inside the block no
table may be copied.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import boto3
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws
from moto.dynamodb.models.table import Table

from bench.moto_transactions import keep_only_touched_items
from tests.support.moto_server import use_fake_credentials

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

TABLE = "sessions"
Outcome = tuple[list[dict[str, Any]], str | None, list[str]]


def _key(pk: str, sk: str) -> dict[str, Any]:
    return {"pk": {"S": pk}, "sk": {"S": sk}}


def _put(pk: str, sk: str, **more: Any) -> dict[str, Any]:
    return {"Put": {"TableName": TABLE, "Item": {**_key(pk, sk), **more}}}


def _add_one(pk: str, sk: str) -> dict[str, Any]:
    return {
        "Update": {
            "TableName": TABLE,
            "Key": _key(pk, sk),
            "UpdateExpression": "ADD holds :one",
            "ExpressionAttributeValues": {":one": {"N": "1"}},
        }
    }


def _only_if_missing(pk: str, sk: str) -> dict[str, Any]:
    return {
        "ConditionCheck": {
            "TableName": TABLE,
            "Key": _key(pk, sk),
            "ConditionExpression": "attribute_not_exists(pk)",
        }
    }


TRANSACTIONS: dict[str, list[dict[str, Any]]] = {
    "all succeed": [
        _put("USER#b", "SESSION#1", minutes={"N": "10"}),
        _add_one("USER#a", "PROFILE"),
    ],
    "a check fails": [
        _add_one("USER#a", "PROFILE"),
        _put("USER#a", "SESSION#2"),
        _only_if_missing("USER#a", "SESSION#1"),
    ],
    "a put replaces then a check fails": [
        _put("USER#a", "SESSION#1", minutes={"N": "30"}),
        _only_if_missing("USER#a", "PROFILE"),
    ],
    "one item twice": [_add_one("USER#a", "PROFILE"), _put("USER#a", "PROFILE")],
}


@contextmanager
def _seeded_table() -> Iterator[DynamoDBClient]:
    """A moto DynamoDB of its own, holding a profile and one hold."""
    with mock_aws():
        made = boto3.client("dynamodb", region_name="us-east-1")
        made.create_table(
            TableName=TABLE,
            BillingMode="PAY_PER_REQUEST",
            AttributeDefinitions=[
                {"AttributeName": "pk", "AttributeType": "S"},
                {"AttributeName": "sk", "AttributeType": "S"},
            ],
            KeySchema=[
                {"AttributeName": "pk", "KeyType": "HASH"},
                {"AttributeName": "sk", "KeyType": "RANGE"},
            ],
        )
        made.put_item(TableName=TABLE, Item={**_key("USER#a", "PROFILE"), "holds": {"N": "4"}})
        made.put_item(TableName=TABLE, Item={**_key("USER#a", "SESSION#1"), "minutes": {"N": "5"}})
        yield made


@pytest.fixture(autouse=True)
def _fake_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_credentials(monkeypatch)


@pytest.fixture
def client() -> Iterator[DynamoDBClient]:
    with _seeded_table() as made:
        yield made


def _run(client: DynamoDBClient, transaction: list[dict[str, Any]]) -> Outcome:
    """What is stored afterwards, the error's code, and each cancellation reason's code."""
    code, reasons = None, []
    try:
        client.transact_write_items(TransactItems=transaction)  # type: ignore[arg-type]
    except ClientError as error:
        code = error.response["Error"]["Code"]
        reasons = [reason["Code"] for reason in error.response.get("CancellationReasons", [])]
    return _stored(client), code, reasons


def _stored(client: DynamoDBClient) -> list[dict[str, Any]]:
    items = client.scan(TableName=TABLE)["Items"]
    return sorted(items, key=lambda item: (item["pk"]["S"], item["sk"]["S"]))


@pytest.fixture
def table_copies(monkeypatch: pytest.MonkeyPatch) -> list[Table]:
    """Every table deep-copied from now on."""
    copied: list[Table] = []

    def counted(table: Table, memo: dict[int, Any]) -> Table:
        copied.append(table)
        return table  # the copy's content does not matter here, only that it was made

    monkeypatch.setattr(Table, "__deepcopy__", counted, raising=False)
    return copied


@pytest.mark.parametrize("name", TRANSACTIONS)
def test_a_transaction_ends_as_it_does_on_moto_as_it_ships(name: str) -> None:
    with _seeded_table() as client:
        shipped = _run(client, TRANSACTIONS[name])
    with keep_only_touched_items(), _seeded_table() as client:
        assert _run(client, TRANSACTIONS[name]) == shipped


def test_a_cancelled_transaction_leaves_every_item_as_it_was(client: DynamoDBClient) -> None:
    before = _stored(client)
    with keep_only_touched_items():
        items, code, reasons = _run(client, TRANSACTIONS["a check fails"])
    assert code == "TransactionCanceledException"
    assert reasons == ["None", "None", "ConditionalCheckFailed"]
    assert items == before


def test_no_table_is_copied_inside_the_block(
    client: DynamoDBClient, table_copies: list[Table]
) -> None:
    _run(client, TRANSACTIONS["a check fails"])
    assert table_copies, "moto as it ships copies the table: the fixture is not counting"
    table_copies.clear()
    with keep_only_touched_items():
        _run(client, TRANSACTIONS["all succeed"])
        _run(client, TRANSACTIONS["a check fails"])
    assert table_copies == []
