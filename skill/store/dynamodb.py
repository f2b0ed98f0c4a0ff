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

Each method is one request (a transaction counts as one), with two exceptions: `forget`
pages through the person's items, and `end_hold` takes a second request to close a
hold whose profile is gone, which never happens in the ordinary course.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

from botocore.exceptions import BotoCoreError, ClientError

from skill.routine.model import ended_counts
from skill.store.base import (
    VOICE_SEPARATOR,
    ConflictError,
    HoldSession,
    HoldStatus,
    Profile,
    SessionStore,
    StoreError,
    account_of,
)
from skill.store.dynamodb_client import TTL_ATTRIBUTE
from skill.store.hold_ids import check_hold_id

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import (
        AttributeValueTypeDef,
        PutTypeDef,
        TransactWriteItemTypeDef,
        UpdateTypeDef,
        WriteRequestUnionTypeDef,
    )

    Item = dict[str, AttributeValueTypeDef]

PROFILE_SK: Final = "PROFILE"
HOLD_SK_PREFIX: Final = "SESSION#"
HOLD_KEEP: Final = timedelta(days=400)

_CONDITION_FAILED: Final = "ConditionalCheckFailed"
_CONDITION_FAILED_EXCEPTION: Final = "ConditionalCheckFailedException"
_TRANSACTION_CANCELED: Final = "TransactionCanceledException"
_BATCH_SIZE: Final = 25
_UNPROCESSED_RETRIES: Final = 5


PERSON_SK_PREFIX: Final = "PERSON#"


def _pk(person: str) -> str:
    return f"USER#{account_of(person)}"


def _sk_prefix(person: str) -> str:
    """ "" for the account itself, "PERSON#<voice hash>#" for a recognised voice."""
    _, _, voice = person.partition(VOICE_SEPARATOR)
    return f"{PERSON_SK_PREFIX}{voice}#" if voice else ""


def _key(person: str, sk: str) -> Item:
    return {"pk": {"S": _pk(person)}, "sk": {"S": _sk_prefix(person) + sk}}


def _is_voice_item(key: Mapping[str, AttributeValueTypeDef]) -> bool:
    return str(key.get("sk", {}).get("S", "")).startswith(PERSON_SK_PREFIX)


def _number(value: int) -> AttributeValueTypeDef:
    return {"N": str(value)}


def _profile_item(profile: Profile) -> Item:
    item: Item = {
        **_key(profile.person, PROFILE_SK),
        "heard_safety": {"BOOL": profile.heard_safety},
        "cadence": {"S": profile.cadence},
        "holds_started": _number(profile.holds_started),
        "holds_completed": _number(profile.holds_completed),
        "seconds_held": _number(profile.seconds_held),
        "reminder_ids": {"L": [{"S": reminder_id} for reminder_id in profile.reminder_ids]},
        "reminder_offered": {"BOOL": profile.reminder_offered},
        "speech_rate": {"S": profile.speech_rate},
        "keep_ratings": {"BOOL": profile.keep_ratings},
        "ratings_asked": {"BOOL": profile.ratings_asked},
        "version": _number(profile.version),
        "extras": {"M": {name: {"S": value} for name, value in profile.extras.items()}},
    }
    if profile.holder is not None:
        item["holder"] = {"S": profile.holder}
    if profile.usual_minutes is not None:
        item["usual_minutes"] = _number(profile.usual_minutes)
    return item


def _int(item: Mapping[str, AttributeValueTypeDef], name: str) -> int:
    return int(item.get(name, {}).get("N", "0"))


def _optional_int(item: Mapping[str, AttributeValueTypeDef], name: str) -> int | None:
    number = item.get(name, {}).get("N")
    return int(number) if number is not None else None


def _profile_from_item(person: str, item: Mapping[str, AttributeValueTypeDef]) -> Profile:
    extras: Mapping[str, Any] = item.get("extras", {}).get("M", {})
    return Profile(
        person=person,
        heard_safety=item.get("heard_safety", {}).get("BOOL", False),
        holder=item.get("holder", {}).get("S"),
        usual_minutes=_optional_int(item, "usual_minutes"),
        cadence=item.get("cadence", {}).get("S", Profile.cadence),
        holds_started=_int(item, "holds_started"),
        holds_completed=_int(item, "holds_completed"),
        seconds_held=_int(item, "seconds_held"),
        reminder_ids=[entry["S"] for entry in item.get("reminder_ids", {}).get("L", [])],
        reminder_offered=item.get("reminder_offered", {}).get("BOOL", False),
        speech_rate=item.get("speech_rate", {}).get("S", Profile.speech_rate),
        keep_ratings=item.get("keep_ratings", {}).get("BOOL", False),
        ratings_asked=item.get("ratings_asked", {}).get("BOOL", False),
        version=_int(item, "version"),
        extras={name: value["S"] for name, value in extras.items()},
    )


def _hold_item(hold: HoldSession) -> Item:
    started_at = hold.started_at.astimezone(UTC)
    item: Item = {
        **_key(hold.person, HOLD_SK_PREFIX + hold.hold_id),
        "status": {"S": str(hold.status)},
        "planned_seconds": _number(hold.planned_seconds),
        "held_seconds": _number(hold.held_seconds),
        "started_at": {"S": started_at.isoformat()},
        TTL_ATTRIBUTE: _number(int((started_at + HOLD_KEEP).timestamp())),
    }
    if hold.pain_before is not None:
        item["pain_before"] = _number(hold.pain_before)
    if hold.pain_after is not None:
        item["pain_after"] = _number(hold.pain_after)
    return item


def _hold_from_item(person: str, item: Mapping[str, AttributeValueTypeDef]) -> HoldSession:
    return HoldSession(
        person=person,
        hold_id=item["sk"]["S"].removeprefix(_sk_prefix(person)).removeprefix(HOLD_SK_PREFIX),
        started_at=datetime.fromisoformat(item["started_at"]["S"]),
        planned_seconds=_int(item, "planned_seconds"),
        held_seconds=_int(item, "held_seconds"),
        status=HoldStatus(item["status"]["S"]),
        pain_before=_optional_int(item, "pain_before"),
        pain_after=_optional_int(item, "pain_after"),
    )


def _error_code(error: ClientError) -> str:
    return error.response.get("Error", {}).get("Code", "")


def _condition_failed(error: ClientError, write: int) -> bool:
    """Whether a cancelled transaction's write number `write` failed its condition."""
    if _error_code(error) != _TRANSACTION_CANCELED:
        return False
    reasons = error.response.get("CancellationReasons", [])
    return write < len(reasons) and reasons[write].get("Code") == _CONDITION_FAILED


@contextmanager
def _request(action: str) -> Iterator[None]:
    """Turn any failure to reach DynamoDB, or refusal by it, into a StoreError.

    Only the error code goes into the message: never an item's contents.
    """
    try:
        yield
    except ClientError as error:
        raise StoreError(f"could not {action}: {_error_code(error)}") from error
    except BotoCoreError as error:
        raise StoreError(f"could not {action}: {type(error).__name__}") from error


class DynamoDbStore(SessionStore):
    """SessionStore in one DynamoDB table, over a boto3 client the caller makes."""

    def __init__(self, client: DynamoDBClient, table_name: str) -> None:
        self._client = client
        self._table = table_name

    def load_profile(self, person: str) -> Profile:
        with _request("load the profile"):
            response = self._client.get_item(
                TableName=self._table, Key=_key(person, PROFILE_SK), ConsistentRead=True
            )
        item = response.get("Item")
        return Profile(person=person) if item is None else _profile_from_item(person, item)

    def save_profile(self, profile: Profile) -> Profile:
        stored = replace(
            profile,
            version=profile.version + 1,
            extras=dict(profile.extras),
            reminder_ids=list(profile.reminder_ids),
        )
        with _request("save the profile"):
            try:
                self._client.put_item(**self._put_profile(stored, read_version=profile.version))
            except ClientError as error:
                if _error_code(error) == _CONDITION_FAILED_EXCEPTION:
                    raise ConflictError("the profile changed since it was read") from None
                raise
        return stored

    def begin_hold(self, profile: Profile, hold: HoldSession) -> Profile:
        check_hold_id(hold.hold_id, hold.started_at)
        stored = replace(
            profile,
            holds_started=profile.holds_started + 1,
            version=profile.version + 1,
            extras=dict(profile.extras),
            reminder_ids=list(profile.reminder_ids),
        )
        items: list[TransactWriteItemTypeDef] = [
            {"Put": self._put_profile(stored, read_version=profile.version)},
            {
                "Put": {
                    "TableName": self._table,
                    "Item": _hold_item(hold),
                    "ConditionExpression": "attribute_not_exists(pk)",
                }
            },
        ]
        with _request("record the hold"):
            try:
                self._client.transact_write_items(TransactItems=items)
            except ClientError as error:
                if _condition_failed(error, 0):
                    raise ConflictError("the profile changed since it was read") from None
                raise
        return stored

    def end_hold(self, person: str, hold_id: str, status: HoldStatus, held_seconds: int) -> bool:
        # The profile's counters move only if the profile exists: adding to a missing
        # profile would create one with no preferences yet a version, so the person
        # would no longer count as new. The counts are the routine's (`ended_counts`,
        # as the SQLite store adds them); they are added here by an update expression,
        # in the same write that closes the hold, so no read of the profile is needed.
        counts = ended_counts(status, held_seconds)
        items: list[TransactWriteItemTypeDef] = [
            {"Update": self._close_hold(person, hold_id, status, held_seconds)},
            {
                "Update": {
                    "TableName": self._table,
                    "Key": _key(person, PROFILE_SK),
                    "UpdateExpression": (
                        "ADD holds_completed :completed, seconds_held :held, version :one"
                    ),
                    "ConditionExpression": "attribute_exists(pk)",
                    "ExpressionAttributeValues": {
                        ":completed": _number(counts.holds_completed),
                        ":held": _number(counts.seconds_held),
                        ":one": _number(1),
                    },
                }
            },
        ]
        with _request("close the hold"):
            try:
                self._client.transact_write_items(TransactItems=items)
            except ClientError as error:
                if _condition_failed(error, 0):
                    return False
                if _condition_failed(error, 1):
                    return self._close_hold_without_profile(person, hold_id, status, held_seconds)
                raise
        return True

    def _put_profile(self, stored: Profile, read_version: int) -> PutTypeDef:
        """Write `stored` only if the profile is still at the version it was read at."""
        if read_version == 0:
            return {
                "TableName": self._table,
                "Item": _profile_item(stored),
                "ConditionExpression": "attribute_not_exists(pk)",
            }
        return {
            "TableName": self._table,
            "Item": _profile_item(stored),
            "ConditionExpression": "version = :read_version",
            "ExpressionAttributeValues": {":read_version": _number(read_version)},
        }

    def _close_hold(
        self, person: str, hold_id: str, status: HoldStatus, held_seconds: int
    ) -> UpdateTypeDef:
        # "status" is a DynamoDB reserved word, hence the #status placeholder.
        return {
            "TableName": self._table,
            "Key": _key(person, HOLD_SK_PREFIX + hold_id),
            "UpdateExpression": "SET #status = :status, held_seconds = :held",
            "ConditionExpression": "#status = :in_progress",
            "ExpressionAttributeNames": {"#status": "status"},
            "ExpressionAttributeValues": {
                ":status": {"S": str(status)},
                ":held": _number(held_seconds),
                ":in_progress": {"S": str(HoldStatus.IN_PROGRESS)},
            },
        }

    def _close_hold_without_profile(
        self, person: str, hold_id: str, status: HoldStatus, held_seconds: int
    ) -> bool:
        # A second request, but only for a hold whose profile is gone, which begin_hold
        # and forget never leave behind in the ordinary course.
        try:
            self._client.update_item(**self._close_hold(person, hold_id, status, held_seconds))
        except ClientError as error:
            if _error_code(error) == _CONDITION_FAILED_EXCEPTION:
                return False
            raise
        return True

    def restart_hold(
        self, person: str, interrupted: str, held_seconds: int, hold: HoldSession
    ) -> bool:
        check_hold_id(hold.hold_id, hold.started_at)
        close = self._close_hold(person, interrupted, HoldStatus.STOPPED, held_seconds)
        close["ConditionExpression"] = "#status = :in_progress AND planned_seconds >= :held"
        # What the interrupted hold adds to the profile, counted as any stopped hold is.
        stopped = ended_counts(HoldStatus.STOPPED, held_seconds)
        with _request("start the hold again"):
            try:
                self._client.transact_write_items(
                    TransactItems=[{"Update": close}, *self._new_hold(hold, stopped.seconds_held)]
                )
            except ClientError as error:
                if not _condition_failed(error, 0):
                    raise
                # Closed meanwhile (by another device, say): start the new one alone.
                self._client.transact_write_items(TransactItems=self._new_hold(hold, 0))
                return False
        return True

    def _new_hold(self, hold: HoldSession, held_seconds: int) -> list[TransactWriteItemTypeDef]:
        """Record a new hold and count it, with `held_seconds` more held, on the profile."""
        return [
            {
                "Put": {
                    "TableName": self._table,
                    "Item": _hold_item(hold),
                    "ConditionExpression": "attribute_not_exists(pk)",
                }
            },
            {
                "Update": {
                    "TableName": self._table,
                    "Key": _key(hold.person, PROFILE_SK),
                    "UpdateExpression": (
                        "ADD holds_started :one, seconds_held :held, version :one"
                    ),
                    "ConditionExpression": "attribute_exists(pk)",
                    "ExpressionAttributeValues": {
                        ":held": _number(held_seconds),
                        ":one": _number(1),
                    },
                }
            },
        ]

    def record_held(self, person: str, hold_id: str, held_seconds: int) -> bool:
        with _request("note the time held"):
            try:
                self._client.update_item(
                    TableName=self._table,
                    Key=_key(person, HOLD_SK_PREFIX + hold_id),
                    UpdateExpression="SET held_seconds = :held",
                    # Only an in-progress hold, never less than it already holds nor more
                    # than its plan; the condition also keeps an item from being made.
                    ConditionExpression=(
                        "#status = :in_progress AND held_seconds <= :held"
                        " AND planned_seconds >= :held"
                    ),
                    ExpressionAttributeNames={"#status": "status"},
                    ExpressionAttributeValues={
                        ":held": _number(held_seconds),
                        ":in_progress": {"S": str(HoldStatus.IN_PROGRESS)},
                    },
                )
            except ClientError as error:
                if _error_code(error) == _CONDITION_FAILED_EXCEPTION:
                    return False
                raise
        return True

    def record_pain_after(
        self, person: str, hold_id: str, rating: int, *, before: int | None = None
    ) -> bool:
        ratings = (
            {"pain_after": rating}
            if before is None
            else {
                "pain_after": rating,
                "pain_before": before,
            }
        )
        return self._rate(person, hold_id, ratings)

    def record_pain_before(self, person: str, hold_id: str, rating: int) -> bool:
        return self._rate(person, hold_id, {"pain_before": rating})

    def _rate(self, person: str, hold_id: str, ratings: Mapping[str, int]) -> bool:
        with _request("note the pain ratings of the hold"):
            try:
                self._client.update_item(
                    TableName=self._table,
                    Key=_key(person, HOLD_SK_PREFIX + hold_id),
                    UpdateExpression="SET " + ", ".join(f"{name} = :{name}" for name in ratings),
                    # Never make a hold item out of nothing.
                    ConditionExpression="attribute_exists(pk)",
                    ExpressionAttributeValues={
                        f":{name}": _number(value) for name, value in ratings.items()
                    },
                )
            except ClientError as error:
                if _error_code(error) == _CONDITION_FAILED_EXCEPTION:
                    return False
                raise
        return True

    def recent_holds(self, person: str, limit: int = 20) -> list[HoldSession]:
        if limit < 1:
            return []
        with _request("list the holds"):
            response = self._client.query(
                TableName=self._table,
                KeyConditionExpression="pk = :pk AND begins_with(sk, :prefix)",
                ExpressionAttributeValues={
                    ":pk": {"S": _pk(person)},
                    ":prefix": {"S": _sk_prefix(person) + HOLD_SK_PREFIX},
                },
                ScanIndexForward=False,
                Limit=limit,
                ConsistentRead=True,
            )
        return [_hold_from_item(person, item) for item in response["Items"]]

    def forget_ratings(self, person: str) -> None:
        # Like `forget`, a request the person makes rarely and on purpose: one query a page,
        # then one update for each hold that has a rating.
        query: dict[str, Any] = {
            "TableName": self._table,
            "KeyConditionExpression": "pk = :pk AND begins_with(sk, :prefix)",
            "FilterExpression": "attribute_exists(pain_before) OR attribute_exists(pain_after)",
            "ExpressionAttributeValues": {
                ":pk": {"S": _pk(person)},
                ":prefix": {"S": _sk_prefix(person) + HOLD_SK_PREFIX},
            },
            "ProjectionExpression": "pk, sk",
            "ConsistentRead": True,
        }
        with _request("forget the pain ratings"):
            while True:
                response = self._client.query(**query)
                for key in response["Items"]:
                    self._client.update_item(
                        TableName=self._table,
                        Key={"pk": key["pk"], "sk": key["sk"]},
                        UpdateExpression="REMOVE pain_before, pain_after",
                    )
                if "LastEvaluatedKey" not in response:
                    return
                query["ExclusiveStartKey"] = response["LastEvaluatedKey"]

    def forget(self, person: str) -> None:
        prefix = _sk_prefix(person)
        with _request("forget the person"):
            for keys in self._pages_of_keys(person, prefix):
                if not prefix:
                    # The account speaking for itself: the voices' items are theirs to delete.
                    keys = [key for key in keys if not _is_voice_item(key)]
                for start in range(0, len(keys), _BATCH_SIZE):
                    self._delete(keys[start : start + _BATCH_SIZE])

    def forget_account(self, account: str) -> None:
        with _request("forget the account"):
            for keys in self._pages_of_keys(account_of(account), ""):
                for start in range(0, len(keys), _BATCH_SIZE):
                    self._delete(keys[start : start + _BATCH_SIZE])

    def _pages_of_keys(self, person: str, prefix: str) -> Iterator[list[Item]]:
        query: dict[str, Any] = {
            "TableName": self._table,
            "KeyConditionExpression": "pk = :pk",
            "ExpressionAttributeValues": {":pk": {"S": _pk(person)}},
            "ProjectionExpression": "pk, sk",
            "ConsistentRead": True,
        }
        if prefix:
            query["KeyConditionExpression"] = "pk = :pk AND begins_with(sk, :prefix)"
            query["ExpressionAttributeValues"][":prefix"] = {"S": prefix}
        while True:
            response = self._client.query(**query)
            yield response["Items"]
            if "LastEvaluatedKey" not in response:
                return
            query["ExclusiveStartKey"] = response["LastEvaluatedKey"]

    def _delete(self, keys: Sequence[Item]) -> None:
        requests: Sequence[WriteRequestUnionTypeDef] = [
            {"DeleteRequest": {"Key": key}} for key in keys
        ]
        for attempt in range(_UNPROCESSED_RETRIES):
            if attempt:
                time.sleep(0.05 * 2**attempt)
            response = self._client.batch_write_item(RequestItems={self._table: requests})
            requests = response.get("UnprocessedItems", {}).get(self._table, [])
            if not requests:
                return
        raise StoreError("could not forget the person: deletes left unprocessed")
