"""Reading the profile with the holds a request is about, in one `BatchGetItem`.

A BatchGetItem reads up to 100 items by key in one request (consistently, if asked).
It may hand back some keys unread (`UnprocessedKeys`, when the table is throttled):
then the read has failed, as a throttled request fails once the client's own retries
are spent, rather than spending a second request on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from skill.routine.model import HoldSession, Profile
from skill.store.base import HOLDS_WITH_PROFILE, StoreError
from skill.store.dynamodb_items import (
    HOLD_SK_PREFIX,
    PROFILE_SK,
    hold_from_item,
    item_key,
    profile_from_item,
)

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient


def load_profile_and_holds(
    client: DynamoDBClient, table: str, person: str, hold_ids: Sequence[str]
) -> tuple[Profile, dict[str, HoldSession]]:
    if len(hold_ids) > HOLDS_WITH_PROFILE:
        raise ValueError(f"at most {HOLDS_WITH_PROFILE} holds are read with a profile")
    profile_key = item_key(person, PROFILE_SK)
    keys = [profile_key, *(item_key(person, HOLD_SK_PREFIX + hold_id) for hold_id in hold_ids)]
    unique = list({key["sk"]["S"]: key for key in keys}.values())
    response = client.batch_get_item(RequestItems={table: {"Keys": unique, "ConsistentRead": True}})
    if response.get("UnprocessedKeys"):
        raise StoreError("the profile and holds were not all read (throttled)")
    profile = Profile(person=person)
    holds: dict[str, HoldSession] = {}
    for item in response.get("Responses", {}).get(table, []):
        if item["sk"]["S"] == profile_key["sk"]["S"]:
            profile = profile_from_item(person, item)
        else:
            hold = hold_from_item(person, item)
            holds[hold.hold_id] = hold
    return profile, holds
