"""The conditional writes that save a profile, and open and close a hold, as requests.

Each is built here and sent by skill.store.dynamodb, alone or in a transaction; the
conditions keep a write from landing on a profile or hold that changed meanwhile.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from skill.routine.model import EndedCounts, HoldSession, HoldStatus, Profile
from skill.store.dynamodb_items import (
    HOLD_SK_PREFIX,
    LATEST_HOLD,
    PROFILE_SK,
    hold_item,
    item_key,
    number,
    profile_item,
)

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.type_defs import (
        PutTypeDef,
        TransactWriteItemTypeDef,
        UpdateTypeDef,
    )


def put_profile(table: str, stored: Profile, read_version: int) -> PutTypeDef:
    """Write `stored` only if the profile is still at the version it was read at."""
    if read_version == 0:
        return {
            "TableName": table,
            "Item": profile_item(stored),
            "ConditionExpression": "attribute_not_exists(pk)",
        }
    return {
        "TableName": table,
        "Item": profile_item(stored),
        "ConditionExpression": "version = :read_version",
        "ExpressionAttributeValues": {":read_version": number(read_version)},
    }


def close_hold(
    table: str, person: str, hold_id: str, status: HoldStatus, held_seconds: int
) -> UpdateTypeDef:
    """Close a hold that is still in progress, with the time it was held."""
    # "status" is a DynamoDB reserved word, hence the #status placeholder.
    return {
        "TableName": table,
        "Key": item_key(person, HOLD_SK_PREFIX + hold_id),
        "UpdateExpression": "SET #status = :status, held_seconds = :held",
        # The stored plan bounds what is credited (a token's own word is not enough).
        "ConditionExpression": "#status = :in_progress AND planned_seconds >= :held",
        "ExpressionAttributeNames": {"#status": "status"},
        "ExpressionAttributeValues": {
            ":status": {"S": str(status)},
            ":held": number(held_seconds),
            ":in_progress": {"S": str(HoldStatus.IN_PROGRESS)},
        },
    }


def new_hold(table: str, hold: HoldSession, held_seconds: int) -> list[TransactWriteItemTypeDef]:
    """Record a new hold and count it, with `held_seconds` more held, on the profile."""
    return [
        {
            "Put": {
                "TableName": table,
                "Item": hold_item(hold),
                "ConditionExpression": "attribute_not_exists(pk)",
            }
        },
        {
            "Update": {
                "TableName": table,
                "Key": item_key(hold.person, PROFILE_SK),
                # A hold started now is the person's latest.
                "UpdateExpression": (
                    f"SET {LATEST_HOLD} = :hold"
                    " ADD holds_started :one, seconds_held :held, version :one"
                ),
                "ConditionExpression": "attribute_exists(pk)",
                "ExpressionAttributeValues": {
                    ":held": number(held_seconds),
                    ":one": number(1),
                    ":hold": {"S": hold.hold_id},
                },
            }
        },
    ]


def count_recovered(table: str, hold: HoldSession, counts: EndedCounts) -> UpdateTypeDef:
    """Count a hold recovered (begun, and `counts` if it ended) and keep it as the latest,
    if the profile exists and names no later hold."""
    update = count_ended(table, hold.person, counts)
    update["UpdateExpression"] = (
        f"SET {LATEST_HOLD} = :hold " + update["UpdateExpression"] + ", holds_started :one"
    )
    update["ConditionExpression"] += (
        f" AND (attribute_not_exists({LATEST_HOLD}) OR {LATEST_HOLD} < :hold)"
    )
    update["ExpressionAttributeValues"] = {
        **update["ExpressionAttributeValues"],
        ":hold": {"S": hold.hold_id},
    }
    return update


def count_finished(table: str, person: str, hold_id: str, counts: EndedCounts) -> UpdateTypeDef:
    """Add a finished hold to the profile's counts, if the profile names it (or no hold) as
    the person's latest."""
    update = count_ended(table, person, counts)
    update["ConditionExpression"] += (
        f" AND (attribute_not_exists({LATEST_HOLD}) OR {LATEST_HOLD} = :hold)"
    )
    update["ExpressionAttributeValues"] = {
        **update["ExpressionAttributeValues"],
        ":hold": {"S": hold_id},
    }
    return update


def count_ended(table: str, person: str, counts: EndedCounts) -> UpdateTypeDef:
    """Add an ended hold to the profile's counts, if the profile exists."""
    return {
        "TableName": table,
        "Key": item_key(person, PROFILE_SK),
        "UpdateExpression": "ADD holds_completed :completed, seconds_held :held, version :one",
        "ConditionExpression": "attribute_exists(pk)",
        "ExpressionAttributeValues": {
            ":completed": number(counts.holds_completed),
            ":held": number(counts.seconds_held),
            ":one": number(1),
        },
    }


def note_held(table: str, person: str, hold_id: str, held_seconds: int) -> UpdateTypeDef:
    """Note how long an in-progress hold has been held so far."""
    return {
        "TableName": table,
        "Key": item_key(person, HOLD_SK_PREFIX + hold_id),
        "UpdateExpression": "SET held_seconds = :held",
        # Only an in-progress hold, never less than it already holds nor more than its
        # plan; the condition also keeps an item from being made.
        "ConditionExpression": (
            "#status = :in_progress AND held_seconds <= :held AND planned_seconds >= :held"
        ),
        "ExpressionAttributeNames": {"#status": "status"},
        "ExpressionAttributeValues": {
            ":held": number(held_seconds),
            ":in_progress": {"S": str(HoldStatus.IN_PROGRESS)},
        },
    }


def owe_safety_check(table: str, person: str) -> UpdateTypeDef:
    """Mark the profile, if it exists, as owing the safety check: asked again next time."""
    return {
        "TableName": table,
        "Key": item_key(person, PROFILE_SK),
        "UpdateExpression": "SET heard_safety = :no ADD version :one",
        "ConditionExpression": "attribute_exists(pk)",
        "ExpressionAttributeValues": {":no": {"BOOL": False}, ":one": number(1)},
    }


def rate_hold(table: str, person: str, hold_id: str, ratings: Mapping[str, int]) -> UpdateTypeDef:
    """Set a hold's pain ratings, named as the item's fields."""
    return {
        "TableName": table,
        "Key": item_key(person, HOLD_SK_PREFIX + hold_id),
        "UpdateExpression": "SET " + ", ".join(f"{name} = :{name}" for name in ratings),
        # Never make a hold item out of nothing.
        "ConditionExpression": "attribute_exists(pk)",
        "ExpressionAttributeValues": {f":{name}": number(value) for name, value in ratings.items()},
    }
