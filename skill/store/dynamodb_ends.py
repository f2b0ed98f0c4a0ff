"""Closing a hold, in one transaction with the profile's counts: ended by the person or
the device (`end_hold`), or played to its end while still the person's latest
(`finish_hold`).

The profile's counters move only if the profile exists: adding to a missing profile would
create one with no preferences yet a version, so the person would no longer count as new.
The counts are the routine's (`ended_counts`, as the SQLite store adds them); they are
added by an update expression, in the same write that closes the hold, so no read of the
profile is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from skill.routine.model import HoldStatus, ended_counts
from skill.store.dynamodb_errors import (
    CONDITION_FAILED_EXCEPTION,
    condition_failed,
    error_code,
    request,
)
from skill.store.dynamodb_writes import close_hold, count_ended, count_finished

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import TransactWriteItemTypeDef


def end_hold(
    client: DynamoDBClient,
    table: str,
    person: str,
    hold_id: str,
    status: HoldStatus,
    held_seconds: int,
) -> bool:
    """Close an in-progress hold and count it; False if it was not open to that plan."""
    counts = ended_counts(status, held_seconds)
    items: list[TransactWriteItemTypeDef] = [
        {"Update": close_hold(table, person, hold_id, status, held_seconds)},
        {"Update": count_ended(table, person, counts)},
    ]
    with request("close the hold"):
        try:
            client.transact_write_items(TransactItems=items)
        except ClientError as error:
            if condition_failed(error, 0):
                return False
            if condition_failed(error, 1):
                return _close_without_profile(client, table, person, hold_id, status, held_seconds)
            raise
    return True


def finish_hold(
    client: DynamoDBClient, table: str, person: str, hold_id: str, held_seconds: int
) -> bool:
    """Complete a hold played to its end, if it is open to that plan and the profile names
    it (or none) as the latest; False, with nothing written, otherwise."""
    completed = HoldStatus.COMPLETED
    items: list[TransactWriteItemTypeDef] = [
        {"Update": close_hold(table, person, hold_id, completed, held_seconds)},
        {"Update": count_finished(table, person, hold_id, ended_counts(completed, held_seconds))},
    ]
    with request("finish the hold"):
        try:
            client.transact_write_items(TransactItems=items)
        except ClientError as error:
            if condition_failed(error, 0) or condition_failed(error, 1):
                return False
            raise
    return True


def _close_without_profile(
    client: DynamoDBClient,
    table: str,
    person: str,
    hold_id: str,
    status: HoldStatus,
    held_seconds: int,
) -> bool:
    # A second request, but only for a hold whose profile is gone, which begin_hold and
    # forget never leave behind in the ordinary course.
    try:
        client.update_item(**close_hold(table, person, hold_id, status, held_seconds))
    except ClientError as error:
        if error_code(error) == CONDITION_FAILED_EXCEPTION:
            return False
        raise
    return True
