"""Fifty people at once on the web service, over real HTTP, with DynamoDB behind it.

Each person finds the point and holds it to the end, then comes back for their usual
hold and stops it part-way, while a second device of theirs changes who presses the
point in the same moment. Afterwards the table must hold every hold exactly once, and
every person's counters must be exact: no update lost to another.
"""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from bench.device_player import play_through, plays
from skill.routine.model import HoldStatus
from skill.store import open_store, person_key
from skill.store.dynamodb_client import make_client
from tests.hardening.conftest import ServiceProcess
from tests.hardening.http_person import person_on

pytestmark = pytest.mark.slow

PEOPLE = 50
# Between one thing a person says and the next; the fifty are still all under way at once.
THINK_SECONDS = 0.3
FIRST_HOLD_SECONDS = 5 * 60
STOPPED_AFTER_MS = 120_000


@pytest.fixture
def service(table: str) -> Iterator[ServiceProcess]:
    # The service runs apart from the fifty clients, so that they do not starve it.
    running = ServiceProcess()
    yield running
    running.stop()


def _first_visit(url: str, user_id: str) -> None:
    """All the way to the point, and a five-minute hold played to its end."""
    phone, device = person_on(url, user_id, THINK_SECONDS)
    try:
        phone.launch()
        phone.say("AMAZON.YesIntent")
        phone.say("AMAZON.NoIntent")  # the safety check: nothing applies
        phone.say("AMAZON.NoIntent")
        phone.say("SelfHoldIntent")
        for _ in range(5):
            phone.say("AMAZON.NextIntent")
        phone.say("FoundItIntent")
        started = phone.say("HoldLengthIntent", minutes="5")
        assert play_through(phone, started) > 0
    finally:
        device.close()


def _second_visit(url: str, user_id: str) -> None:
    """The usual hold, stopped two minutes in, while another device saves a change."""
    phone, phone_device = person_on(url, user_id, THINK_SECONDS)
    kitchen, kitchen_device = person_on(url, user_id, THINK_SECONDS)
    try:
        phone.launch()
        phone.say("AMAZON.YesIntent")
        [stream] = plays(phone.say("FoundItIntent"))
        phone.player.token, phone.player.offset_ms = stream.token, stream.offset_ms
        phone.player.activity = "PLAYING"
        phone.event("PlaybackStarted")
        kitchen.launch()  # reads the profile before the hold's end changes it
        phone.player.offset_ms = stream.offset_ms + STOPPED_AFTER_MS
        phone.ask("AMAZON.StopIntent")
        kitchen.say("HelperHoldIntent")  # saves on the profile it read: a conflict to resolve
    finally:
        phone_device.close()
        kitchen_device.close()


def _visits(url: str, user_id: str, start: threading.Barrier) -> None:
    start.wait()
    _first_visit(url, user_id)
    _second_visit(url, user_id)


def _scan(table: str) -> dict[str, list[dict[str, Any]]]:
    """Every item in the table, by partition."""
    items: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for page in make_client().get_paginator("scan").paginate(TableName=table):
        for item in page["Items"]:
            items[item["pk"]["S"]].append(item)
    return items


def test_fifty_people_at_once_keep_every_hold_once_and_every_count_exact(
    service: ServiceProcess, table: str
) -> None:
    people = [
        f"amzn1.ask.account.CROWD-{index:02d}-{uuid.uuid4().hex[:8]}" for index in range(PEOPLE)
    ]
    start = threading.Barrier(PEOPLE)
    with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
        for done in [pool.submit(_visits, service.url, person, start) for person in people]:
            done.result(timeout=60)

    service.stop()
    assert [line for line in service.printed if "StoreFaults" in line] == []
    items = _scan(table)
    assert len(items) == PEOPLE
    store = open_store()
    for user_id in people:
        person = person_key(user_id)
        kinds = sorted(item["sk"]["S"].split("#")[0] for item in items[f"USER#{person}"])
        assert kinds == ["PROFILE", "SESSION", "SESSION"], user_id
        holds = sorted(store.recent_holds(person), key=lambda hold: hold.started_at)
        assert [(hold.status, hold.held_seconds) for hold in holds] == [
            (HoldStatus.COMPLETED, FIRST_HOLD_SECONDS),
            (HoldStatus.STOPPED, STOPPED_AFTER_MS // 1000),
        ]
        profile = store.load_profile(person)
        assert (profile.holds_started, profile.holds_completed, profile.seconds_held) == (
            2,
            1,
            FIRST_HOLD_SECONDS + STOPPED_AFTER_MS // 1000,
        )
        assert (profile.holder, profile.usual_minutes, profile.heard_safety) == ("helper", 5, True)
