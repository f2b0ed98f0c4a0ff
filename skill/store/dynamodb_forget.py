"""Forgetting: a person's pain ratings, a person's items, or a whole account's.

Requests a person makes rarely and on purpose, so these page through the items: one
query a page, then the updates or batched deletes that page needs.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final

from skill.store.base import StoreError, account_of
from skill.store.dynamodb_items import (
    HOLD_SK_PREFIX,
    is_voice_item,
    partition_key,
    sort_key_prefix,
)

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import WriteRequestUnionTypeDef

    from skill.store.dynamodb_items import Item

_BATCH_SIZE: Final = 25
_UNPROCESSED_RETRIES: Final = 5


def forget_ratings(client: DynamoDBClient, table: str, person: str) -> None:
    """Remove the pain ratings from every hold of the person's that has one."""
    query: dict[str, Any] = {
        "TableName": table,
        "KeyConditionExpression": "pk = :pk AND begins_with(sk, :prefix)",
        "FilterExpression": "attribute_exists(pain_before) OR attribute_exists(pain_after)",
        "ExpressionAttributeValues": {
            ":pk": {"S": partition_key(person)},
            ":prefix": {"S": sort_key_prefix(person) + HOLD_SK_PREFIX},
        },
        "ProjectionExpression": "pk, sk",
        "ConsistentRead": True,
    }
    while True:
        response = client.query(**query)
        for key in response["Items"]:
            client.update_item(
                TableName=table,
                Key={"pk": key["pk"], "sk": key["sk"]},
                UpdateExpression="REMOVE pain_before, pain_after",
            )
        if "LastEvaluatedKey" not in response:
            return
        query["ExclusiveStartKey"] = response["LastEvaluatedKey"]


def forget_person(client: DynamoDBClient, table: str, person: str) -> None:
    """Delete the person's items: an account's own, or one recognised voice's."""
    prefix = sort_key_prefix(person)
    for page in _pages_of_keys(client, table, person, prefix):
        # The account speaking for itself: the voices' items are theirs to delete.
        keys = page if prefix else [key for key in page if not is_voice_item(key)]
        _delete_in_batches(client, table, keys)


def forget_account(client: DynamoDBClient, table: str, account: str) -> None:
    """Delete every item in the account's partition, every voice's included."""
    for keys in _pages_of_keys(client, table, account_of(account), ""):
        _delete_in_batches(client, table, keys)


def _pages_of_keys(
    client: DynamoDBClient, table: str, person: str, prefix: str
) -> Iterator[list[Item]]:
    query: dict[str, Any] = {
        "TableName": table,
        "KeyConditionExpression": "pk = :pk",
        "ExpressionAttributeValues": {":pk": {"S": partition_key(person)}},
        "ProjectionExpression": "pk, sk",
        "ConsistentRead": True,
    }
    if prefix:
        query["KeyConditionExpression"] = "pk = :pk AND begins_with(sk, :prefix)"
        query["ExpressionAttributeValues"][":prefix"] = {"S": prefix}
    while True:
        response = client.query(**query)
        yield response["Items"]
        if "LastEvaluatedKey" not in response:
            return
        query["ExclusiveStartKey"] = response["LastEvaluatedKey"]


def _delete_in_batches(client: DynamoDBClient, table: str, keys: Sequence[Item]) -> None:
    for start in range(0, len(keys), _BATCH_SIZE):
        _delete(client, table, keys[start : start + _BATCH_SIZE])


def _delete(client: DynamoDBClient, table: str, keys: Sequence[Item]) -> None:
    requests: Sequence[WriteRequestUnionTypeDef] = [{"DeleteRequest": {"Key": key}} for key in keys]
    for attempt in range(_UNPROCESSED_RETRIES):
        if attempt:
            time.sleep(0.05 * 2**attempt)
        response = client.batch_write_item(RequestItems={table: requests})
        requests = response.get("UnprocessedItems", {}).get(table, [])
        if not requests:
            return
    raise StoreError("could not forget the person: deletes left unprocessed")
