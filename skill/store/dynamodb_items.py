"""How the store's records are kept as DynamoDB items: their keys, and each field encoded.

Items, all under `pk = "USER#<account hash>"`: the profile at `sk = "PROFILE"`, one item
per hold at `sk = "SESSION#<hold_id>"`; a voice Alexa recognises keeps the same items
under its own prefix, `sk = "PERSON#<voice hash>#..."` (see skill.store.dynamodb).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store.base import VOICE_SEPARATOR, account_of
from skill.store.dynamodb_client import TTL_ATTRIBUTE

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef

    Item = dict[str, AttributeValueTypeDef]

PROFILE_SK: Final = "PROFILE"
HOLD_SK_PREFIX: Final = "SESSION#"
HOLD_KEEP: Final = timedelta(days=400)
PERSON_SK_PREFIX: Final = "PERSON#"
# The profile's attribute naming the person's latest hold (absent until one is recorded).
LATEST_HOLD: Final = "latest_hold"
# The profile's attribute noting a repair a hold is owed (absent when none is).
HOLD_OWED: Final = "hold_owed"


def partition_key(person: str) -> str:
    return f"USER#{account_of(person)}"


def sort_key_prefix(person: str) -> str:
    """ "" for the account itself, "PERSON#<voice hash>#" for a recognised voice."""
    _, _, voice = person.partition(VOICE_SEPARATOR)
    return f"{PERSON_SK_PREFIX}{voice}#" if voice else ""


def item_key(person: str, sk: str) -> Item:
    return {"pk": {"S": partition_key(person)}, "sk": {"S": sort_key_prefix(person) + sk}}


def is_voice_item(key: Mapping[str, AttributeValueTypeDef]) -> bool:
    return str(key.get("sk", {}).get("S", "")).startswith(PERSON_SK_PREFIX)


def number(value: int) -> AttributeValueTypeDef:
    return {"N": str(value)}


def profile_item(profile: Profile) -> Item:
    item: Item = {
        **item_key(profile.person, PROFILE_SK),
        "heard_safety": {"BOOL": profile.heard_safety},
        "cadence": {"S": profile.cadence},
        "holds_started": number(profile.holds_started),
        "holds_completed": number(profile.holds_completed),
        "seconds_held": number(profile.seconds_held),
        "reminder_ids": {"L": [{"S": reminder_id} for reminder_id in profile.reminder_ids]},
        "reminder_offered": {"BOOL": profile.reminder_offered},
        "speech_rate": {"S": profile.speech_rate},
        "keep_ratings": {"BOOL": profile.keep_ratings},
        "ratings_asked": {"BOOL": profile.ratings_asked},
        "version": number(profile.version),
        "extras": {"M": {name: {"S": value} for name, value in profile.extras.items()}},
    }
    if profile.holder is not None:
        item["holder"] = {"S": profile.holder}
    if profile.usual_minutes is not None:
        item["usual_minutes"] = number(profile.usual_minutes)
    if profile.latest_hold is not None:
        item[LATEST_HOLD] = {"S": profile.latest_hold}
    if profile.hold_owed is not None:
        item[HOLD_OWED] = {"S": profile.hold_owed}
    return item


def _int(item: Mapping[str, AttributeValueTypeDef], name: str) -> int:
    return int(item.get(name, {}).get("N", "0"))


def _optional_int(item: Mapping[str, AttributeValueTypeDef], name: str) -> int | None:
    number = item.get(name, {}).get("N")
    return int(number) if number is not None else None


def profile_from_item(person: str, item: Mapping[str, AttributeValueTypeDef]) -> Profile:
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
        latest_hold=item.get(LATEST_HOLD, {}).get("S"),
        hold_owed=item.get(HOLD_OWED, {}).get("S"),
    )


def hold_item(hold: HoldSession) -> Item:
    started_at = hold.started_at.astimezone(UTC)
    item: Item = {
        **item_key(hold.person, HOLD_SK_PREFIX + hold.hold_id),
        "status": {"S": str(hold.status)},
        "planned_seconds": number(hold.planned_seconds),
        "held_seconds": number(hold.held_seconds),
        "started_at": {"S": started_at.isoformat()},
        TTL_ATTRIBUTE: number(int((started_at + HOLD_KEEP).timestamp())),
    }
    if hold.pain_before is not None:
        item["pain_before"] = number(hold.pain_before)
    if hold.pain_after is not None:
        item["pain_after"] = number(hold.pain_after)
    return item


def hold_from_item(person: str, item: Mapping[str, AttributeValueTypeDef]) -> HoldSession:
    return HoldSession(
        person=person,
        hold_id=item["sk"]["S"].removeprefix(sort_key_prefix(person)).removeprefix(HOLD_SK_PREFIX),
        started_at=datetime.fromisoformat(item["started_at"]["S"]),
        planned_seconds=_int(item, "planned_seconds"),
        held_seconds=_int(item, "held_seconds"),
        status=HoldStatus(item["status"]["S"]),
        pain_before=_optional_int(item, "pain_before"),
        pain_after=_optional_int(item, "pain_after"),
    )
