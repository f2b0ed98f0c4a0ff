"""Recording a hold whose start was never saved, in one transaction (`recover_hold`).

The hold goes in only if no item has its key; the profile's counters move only if the
profile exists (a person whose data was deleted gets nothing back); the hold it started
over, if any, is closed only if still in progress. Any of them failing its condition
cancels the whole transaction, and nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from skill.routine.model import EndedCounts, HoldSession, HoldStatus, ended_counts
from skill.store.dynamodb_errors import condition_failed, request
from skill.store.dynamodb_items import hold_item
from skill.store.dynamodb_writes import close_hold, count_recovered

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import TransactWriteItemTypeDef


def recovered_counts(hold: HoldSession, replaced: tuple[str, int] | None) -> EndedCounts:
    """What recording `hold` adds to the profile's counts of ended holds, with the hold it
    started over."""
    ended = (
        EndedCounts(0, 0)
        if hold.status == HoldStatus.IN_PROGRESS
        else ended_counts(hold.status, hold.held_seconds)
    )
    if replaced is None:
        return ended
    stopped = ended_counts(HoldStatus.STOPPED, replaced[1])
    return EndedCounts(
        ended.holds_completed + stopped.holds_completed, ended.seconds_held + stopped.seconds_held
    )


def recover_hold(
    client: DynamoDBClient, table: str, hold: HoldSession, replaced: tuple[str, int] | None
) -> bool:
    items: list[TransactWriteItemTypeDef] = [
        {
            "Put": {
                "TableName": table,
                "Item": hold_item(hold),
                "ConditionExpression": "attribute_not_exists(pk)",
            }
        },
        {"Update": count_recovered(table, hold, recovered_counts(hold, replaced))},
    ]
    if replaced is not None:
        interrupted, held = replaced
        items.append(
            {"Update": close_hold(table, hold.person, interrupted, HoldStatus.STOPPED, held)}
        )
    with request("recover the hold"):
        try:
            client.transact_write_items(TransactItems=items)
        except ClientError as error:
            if any(condition_failed(error, write) for write in range(len(items))):
                return False
            raise
    return True
