"""Making a repair noted on the profile, and clearing its note, in one transaction.

A request whose one write went to something else notes on the profile the repair a hold
is owed (`hold_owed`, see skill/routine/hold_repair.py); the next request that reads the
profile makes it (`make_noted_repair`). The repair's own writes, as its own call builds
them, go in one transaction with the profile's update, which clears the note only if it
is still this one. A transaction names an item once, so the note is cleared by the same
update that counts the hold on the profile.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from skill.routine.hold_repair import Owed, Repair, noted
from skill.routine.model import EndedCounts, HoldStatus, ended_counts
from skill.store.dynamodb_errors import condition_failed, request
from skill.store.dynamodb_items import HOLD_OWED, PROFILE_SK, hold_item, item_key, number
from skill.store.dynamodb_recover import recovered_counts
from skill.store.dynamodb_writes import close_hold, count_ended, count_recovered, note_held
from skill.store.hold_ids import check_hold_id

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import TransactWriteItemTypeDef, UpdateTypeDef


def make_noted_repair(client: DynamoDBClient, table: str, repair: Repair) -> bool:
    if repair.owed is Owed.RECORD:
        check_hold_id(repair.hold.hold_id, repair.hold.started_at)
    note = noted(repair)
    items = _repair_items(table, repair)
    with request("make the repair noted on the profile"):
        try:
            client.transact_write_items(TransactItems=[*items, {"Update": _clear(table, repair)}])
        except ClientError as error:
            if not any(condition_failed(error, write) for write in range(len(items) + 1)):
                raise
            # Made already, or the hold moved on: the note is cleared alone (a second
            # request), unless another request cleared or replaced it first.
            with contextlib.suppress(ClientError):
                client.update_item(**_clear_alone(table, repair.hold.person, note))
            return False
    return True


def _repair_items(table: str, repair: Repair) -> list[TransactWriteItemTypeDef]:
    """The writes of the repair itself, other than the profile's update."""
    hold = repair.hold
    if repair.owed is Owed.RECORD:
        items: list[TransactWriteItemTypeDef] = [
            {
                "Put": {
                    "TableName": table,
                    "Item": hold_item(hold),
                    "ConditionExpression": "attribute_not_exists(pk)",
                }
            }
        ]
        if repair.replaced is not None:
            interrupted, held = repair.replaced
            items.append(
                {"Update": close_hold(table, hold.person, interrupted, HoldStatus.STOPPED, held)}
            )
        return items
    if repair.owed is Owed.COMPLETE:
        close = close_hold(
            table, hold.person, hold.hold_id, HoldStatus.COMPLETED, hold.held_seconds
        )
        return [{"Update": close}]
    return [{"Update": note_held(table, hold.person, hold.hold_id, hold.held_seconds)}]


def _clear(table: str, repair: Repair) -> UpdateTypeDef:
    """The profile's update: the repair's counts, and the note cleared if it is this one."""
    hold = repair.hold
    if repair.owed is Owed.RECORD:
        update = count_recovered(table, hold, recovered_counts(hold, repair.replaced))
    elif repair.owed is Owed.COMPLETE:
        update = count_ended(table, hold.person, ended_counts(hold.status, hold.held_seconds))
    else:
        update = count_ended(table, hold.person, EndedCounts(0, 0))
    update["UpdateExpression"] += f" REMOVE {HOLD_OWED}"
    update["ConditionExpression"] += f" AND {HOLD_OWED} = :note"
    update["ExpressionAttributeValues"] = {
        **update["ExpressionAttributeValues"],
        ":note": {"S": noted(repair)},
    }
    return update


def _clear_alone(table: str, person: str, note: str) -> UpdateTypeDef:
    return {
        "TableName": table,
        "Key": item_key(person, PROFILE_SK),
        "UpdateExpression": f"REMOVE {HOLD_OWED} ADD version :one",
        "ConditionExpression": f"{HOLD_OWED} = :note",
        "ExpressionAttributeValues": {":note": {"S": note}, ":one": number(1)},
    }
