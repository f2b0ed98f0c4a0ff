"""The production store: one DynamoDB table, one partition per Amazon account.

Items, all under `pk = "USER#<account hash>"` (see `person_key`):

- the profile, `sk = "PROFILE"`: the Profile's fields and its `version`;
- one item per hold, `sk = "SESSION#<hold_id>"`: `status`, `planned_seconds`,
  `held_seconds`, `started_at` (ISO, UTC), `expires_at` (TTL, epoch seconds), and the
  pain ratings `pain_before` and `pain_after` when the person gave them and
  agreed to their being kept.

A voice Alexa recognises on that account keeps the same items with its own sort-key
prefix, `sk = "PERSON#<voice hash>#PROFILE"` and `"PERSON#<voice hash>#SESSION#<hold_id>"`.
The account's partition therefore holds everyone in the household: "delete my data"
deletes one prefix, and disabling the skill deletes the whole partition, with no list
of voices to keep in step.

Hold ids begin with their UTC start (see `hold_ids`), so the hold's sort key reads
`SESSION#<start>-<random>`: holds sort by start, and `end_hold`, which knows only the
hold id, can address the item directly.

The profile also names the person's latest hold (`latest_hold`, kept by every write
that records a hold), so the profile and a reported hold are read together, in one
`BatchGetItem` (`load_profile_and_holds`), and tell whether that hold was replaced.
It may also note a repair a hold is owed (`hold_owed`), made by the next request that
reads it (`make_noted_repair`, skill.store.dynamodb_owed).

Each method is one request (a transaction counts as one), with two exceptions: `forget`
pages through the person's items, and `end_hold` takes a second request to close a
hold whose profile is gone, which never happens in the ordinary course.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from skill.routine.hold_repair import Repair
from skill.routine.latest_hold import later
from skill.routine.model import HoldSession, HoldStatus, Profile, ended_counts
from skill.store.base import ConflictError, SessionStore
from skill.store.dynamodb_ends import end_hold, finish_hold
from skill.store.dynamodb_errors import (
    CONDITION_FAILED_EXCEPTION,
    condition_failed,
    error_code,
    request,
)
from skill.store.dynamodb_forget import forget_account, forget_person, forget_ratings
from skill.store.dynamodb_items import (
    HOLD_SK_PREFIX,
    PROFILE_SK,
    hold_from_item,
    hold_item,
    item_key,
    partition_key,
    profile_from_item,
    sort_key_prefix,
)
from skill.store.dynamodb_owed import make_noted_repair
from skill.store.dynamodb_reads import load_profile_and_holds
from skill.store.dynamodb_recover import recover_hold
from skill.store.dynamodb_writes import (
    close_hold,
    new_hold,
    note_held,
    owe_safety_check,
    put_profile,
    rate_hold,
)
from skill.store.hold_ids import check_hold_id

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import TransactWriteItemTypeDef


class DynamoDbStore(SessionStore):
    """SessionStore in one DynamoDB table, over a boto3 client the caller makes."""

    def __init__(self, client: DynamoDBClient, table_name: str) -> None:
        self._client = client
        self._table = table_name

    def load_profile(self, person: str) -> Profile:
        with request("load the profile"):
            response = self._client.get_item(
                TableName=self._table, Key=item_key(person, PROFILE_SK), ConsistentRead=True
            )
        item = response.get("Item")
        return Profile(person=person) if item is None else profile_from_item(person, item)

    def load_profile_and_holds(
        self, person: str, hold_ids: Sequence[str]
    ) -> tuple[Profile, dict[str, HoldSession]]:
        with request("load the profile and holds"):
            return load_profile_and_holds(self._client, self._table, person, hold_ids)

    def save_profile(self, profile: Profile) -> Profile:
        stored = replace(
            profile,
            version=profile.version + 1,
            extras=dict(profile.extras),
            reminder_ids=list(profile.reminder_ids),
        )
        with request("save the profile"):
            try:
                self._client.put_item(
                    **put_profile(self._table, stored, read_version=profile.version)
                )
            except ClientError as error:
                if error_code(error) == CONDITION_FAILED_EXCEPTION:
                    raise ConflictError("the profile changed since it was read") from None
                raise
        return stored

    def begin_hold(self, profile: Profile, hold: HoldSession) -> Profile:
        check_hold_id(hold.hold_id, hold.started_at)
        stored = replace(
            profile,
            holds_started=profile.holds_started + 1,
            latest_hold=later(profile.latest_hold, hold.hold_id),
            version=profile.version + 1,
            extras=dict(profile.extras),
            reminder_ids=list(profile.reminder_ids),
        )
        items: list[TransactWriteItemTypeDef] = [
            {"Put": put_profile(self._table, stored, read_version=profile.version)},
            {
                "Put": {
                    "TableName": self._table,
                    "Item": hold_item(hold),
                    "ConditionExpression": "attribute_not_exists(pk)",
                }
            },
        ]
        with request("record the hold"):
            try:
                self._client.transact_write_items(TransactItems=items)
            except ClientError as error:
                if condition_failed(error, 0):
                    raise ConflictError("the profile changed since it was read") from None
                raise
        return stored

    def end_hold(self, person: str, hold_id: str, status: HoldStatus, held_seconds: int) -> bool:
        return end_hold(self._client, self._table, person, hold_id, status, held_seconds)

    def finish_hold(self, person: str, hold_id: str, held_seconds: int) -> bool:
        return finish_hold(self._client, self._table, person, hold_id, held_seconds)

    def restart_hold(
        self, person: str, interrupted: str, held_seconds: int, hold: HoldSession
    ) -> bool:
        check_hold_id(hold.hold_id, hold.started_at)
        close = close_hold(self._table, person, interrupted, HoldStatus.STOPPED, held_seconds)
        # What the interrupted hold adds to the profile, counted as any stopped hold is.
        stopped = ended_counts(HoldStatus.STOPPED, held_seconds)
        with request("start the hold again"):
            try:
                self._client.transact_write_items(
                    TransactItems=[
                        {"Update": close},
                        *new_hold(self._table, hold, stopped.seconds_held),
                    ]
                )
            except ClientError as error:
                if not condition_failed(error, 0):
                    raise
                # Closed meanwhile (by another device, say): start the new one alone.
                self._client.transact_write_items(TransactItems=new_hold(self._table, hold, 0))
                return False
        return True

    def recover_hold(self, hold: HoldSession, replaced: tuple[str, int] | None = None) -> bool:
        check_hold_id(hold.hold_id, hold.started_at)
        return recover_hold(self._client, self._table, hold, replaced)

    def make_noted_repair(self, repair: Repair) -> bool:
        return make_noted_repair(self._client, self._table, repair)

    def record_held(
        self, person: str, hold_id: str, held_seconds: int, *, check_safety_again: bool = False
    ) -> bool:
        if check_safety_again:
            return self._record_held_owing_the_check(person, hold_id, held_seconds)
        with request("note the time held"):
            try:
                self._client.update_item(**note_held(self._table, person, hold_id, held_seconds))
            except ClientError as error:
                if error_code(error) == CONDITION_FAILED_EXCEPTION:
                    return False
                raise
        return True

    def _record_held_owing_the_check(self, person: str, hold_id: str, held_seconds: int) -> bool:
        items: list[TransactWriteItemTypeDef] = [
            {"Update": note_held(self._table, person, hold_id, held_seconds)},
            {"Update": owe_safety_check(self._table, person)},
        ]
        with request("note the time held and the safety check owed"):
            try:
                self._client.transact_write_items(TransactItems=items)
            except ClientError as error:
                # Either write failing its condition cancels both: make the other alone,
                # a second request only when the hold had moved on or the profile is gone.
                if condition_failed(error, 0):
                    with contextlib.suppress(ClientError):
                        self._client.update_item(**owe_safety_check(self._table, person))
                    return False
                if condition_failed(error, 1):
                    return self.record_held(person, hold_id, held_seconds)
                raise
        return True

    def record_pain_after(
        self, person: str, hold_id: str, rating: int, *, before: int | None = None
    ) -> bool:
        ratings = {"pain_after": rating}
        if before is not None:
            ratings["pain_before"] = before
        return self._rate(person, hold_id, ratings)

    def record_pain_before(self, person: str, hold_id: str, rating: int) -> bool:
        return self._rate(person, hold_id, {"pain_before": rating})

    def _rate(self, person: str, hold_id: str, ratings: Mapping[str, int]) -> bool:
        with request("note the pain ratings of the hold"):
            try:
                self._client.update_item(**rate_hold(self._table, person, hold_id, ratings))
            except ClientError as error:
                if error_code(error) == CONDITION_FAILED_EXCEPTION:
                    return False
                raise
        return True

    def recent_holds(self, person: str, limit: int = 20) -> list[HoldSession]:
        if limit < 1:
            return []
        with request("list the holds"):
            response = self._client.query(
                TableName=self._table,
                KeyConditionExpression="pk = :pk AND begins_with(sk, :prefix)",
                ExpressionAttributeValues={
                    ":pk": {"S": partition_key(person)},
                    ":prefix": {"S": sort_key_prefix(person) + HOLD_SK_PREFIX},
                },
                ScanIndexForward=False,
                Limit=limit,
                ConsistentRead=True,
            )
        return [hold_from_item(person, item) for item in response["Items"]]

    def forget_ratings(self, person: str) -> None:
        with request("forget the pain ratings"):
            forget_ratings(self._client, self._table, person)

    def forget(self, person: str) -> None:
        with request("forget the person"):
            forget_person(self._client, self._table, person)

    def forget_account(self, account: str) -> None:
        with request("forget the account"):
            forget_account(self._client, self._table, account)
