"""What the DynamoDB store writes: the item layout the design promises, read past the store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store import person_key
from skill.store.dynamodb import DynamoDbStore
from skill.store.hold_ids import new_hold_id
from tests.store.conftest import scan_items

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef

PERSON = person_key("amzn1.ask.account.ITEMS-raw-user-id")
# 23:30 in UTC-5 is 04:30 the next day in UTC.
EVENING_IN_NEW_YORK = datetime(2026, 11, 23, 23, 30, 0, tzinfo=timezone(timedelta(hours=-5)))


def by_sort_key(
    client: DynamoDBClient, table_name: str
) -> dict[str, dict[str, AttributeValueTypeDef]]:
    return {item["sk"]["S"]: item for item in scan_items(client, table_name)}


def test_profile_and_hold_items_follow_the_single_table_layout(
    dynamodb_client: DynamoDBClient, table_name: str
) -> None:
    store = DynamoDbStore(dynamodb_client, table_name)
    hold = HoldSession(PERSON, new_hold_id(EVENING_IN_NEW_YORK), EVENING_IN_NEW_YORK, 1800)

    store.begin_hold(Profile(person=PERSON, heard_safety=True), hold)

    items = by_sort_key(dynamodb_client, table_name)
    assert set(items) == {"PROFILE", f"SESSION#{hold.hold_id}"}
    assert hold.hold_id.startswith("20261124T043000Z-")
    assert all(item["pk"] == {"S": f"USER#{PERSON}"} for item in items.values())
    assert items["PROFILE"]["version"] == {"N": "1"}
    assert items["PROFILE"]["holds_started"] == {"N": "1"}
    held = items[f"SESSION#{hold.hold_id}"]
    assert held["status"] == {"S": "in_progress"}
    assert held["planned_seconds"] == {"N": "1800"}
    assert held["started_at"] == {"S": "2026-11-24T04:30:00+00:00"}
    expires = datetime(2026, 11, 24, 4, 30, tzinfo=UTC) + timedelta(days=400)
    assert held["expires_at"] == {"N": str(int(expires.timestamp()))}


def test_a_hold_started_in_another_time_zone_loads_as_the_same_moment(
    dynamodb_client: DynamoDBClient, table_name: str
) -> None:
    store = DynamoDbStore(dynamodb_client, table_name)
    hold = HoldSession(PERSON, new_hold_id(EVENING_IN_NEW_YORK), EVENING_IN_NEW_YORK, 300)

    store.begin_hold(store.load_profile(PERSON), hold)

    (loaded,) = store.recent_holds(PERSON)
    assert loaded == hold
    assert loaded.started_at.utcoffset() == timedelta(0)


def test_a_hold_whose_profile_is_gone_still_closes_without_making_a_profile(
    dynamodb_client: DynamoDBClient, table_name: str
) -> None:
    store = DynamoDbStore(dynamodb_client, table_name)
    hold = HoldSession(PERSON, new_hold_id(EVENING_IN_NEW_YORK), EVENING_IN_NEW_YORK, 300)
    store.begin_hold(store.load_profile(PERSON), hold)
    dynamodb_client.delete_item(
        TableName=table_name, Key={"pk": {"S": f"USER#{PERSON}"}, "sk": {"S": "PROFILE"}}
    )

    assert store.end_hold(PERSON, hold.hold_id, HoldStatus.COMPLETED, 300) is True
    assert store.end_hold(PERSON, hold.hold_id, HoldStatus.COMPLETED, 300) is False

    assert store.load_profile(PERSON).is_new
    assert set(by_sort_key(dynamodb_client, table_name)) == {f"SESSION#{hold.hold_id}"}
    (closed,) = store.recent_holds(PERSON)
    assert (closed.status, closed.held_seconds) == (HoldStatus.COMPLETED, 300)


def test_pain_ratings_and_reminders_are_plain_attributes(
    dynamodb_client: DynamoDBClient, table_name: str
) -> None:
    store = DynamoDbStore(dynamodb_client, table_name)
    hold = HoldSession(
        PERSON, new_hold_id(EVENING_IN_NEW_YORK), EVENING_IN_NEW_YORK, 300, pain_before=7
    )
    profile = Profile(person=PERSON, reminder_ids=["amzn1.alert.one"], speech_rate="slow")

    store.begin_hold(profile, hold)
    store.record_pain_after(PERSON, hold.hold_id, 4)

    items = by_sort_key(dynamodb_client, table_name)
    held = items[f"SESSION#{hold.hold_id}"]
    assert (held["pain_before"], held["pain_after"]) == ({"N": "7"}, {"N": "4"})
    assert items["PROFILE"]["reminder_ids"] == {"L": [{"S": "amzn1.alert.one"}]}
    assert items["PROFILE"]["speech_rate"] == {"S": "slow"}


def test_a_profile_written_before_reminders_existed_loads_with_none(
    dynamodb_client: DynamoDBClient, table_name: str
) -> None:
    dynamodb_client.put_item(
        TableName=table_name,
        Item={
            "pk": {"S": f"USER#{PERSON}"},
            "sk": {"S": "PROFILE"},
            "heard_safety": {"BOOL": True},
            "cadence": {"S": "five"},
            "version": {"N": "3"},
        },
    )

    loaded = DynamoDbStore(dynamodb_client, table_name).load_profile(PERSON)

    assert (loaded.reminder_ids, loaded.reminder_offered, loaded.speech_rate) == (
        [],
        False,
        "normal",
    )
    assert (loaded.cadence, loaded.version) == ("five", 3)
