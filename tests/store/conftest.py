"""Stores under test: the same contract runs against SQLite, DynamoDB over HTTP and the
unit tests' memory store."""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import boto3
import pytest
from botocore.config import Config

from skill.store import SessionStore
from skill.store.dynamodb import DynamoDbStore
from skill.store.dynamodb_client import CLIENT_CONFIG, DEFAULT_REGION, create_table
from skill.store.sqlite import SqliteStore
from tests.support.memory_store import MemoryStore

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef


@dataclass
class Backend:
    """A store and a way to read back every record it keeps, as text."""

    name: str
    store: SessionStore
    records: Callable[[], list[str]]


# The store's own client settings (its two attempts), with room to wait for a loaded test
# machine. botocore puts a ClientRequestToken on every TransactWriteItems, with which
# DynamoDB makes a retried transaction idempotent; moto ignores it. So against moto, a
# transaction the client retried after its 1 s read timeout would fail its own condition
# (a ConflictError) and a counted request would be sent twice. Read timeouts are tested by
# injecting them (tests/support/store_faults.py), not by waiting.
_ROOM_TO_WAIT = CLIENT_CONFIG.merge(Config(read_timeout=30))


@pytest.fixture
def dynamodb_client(moto_server: str) -> DynamoDBClient:
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or DEFAULT_REGION
    client: DynamoDBClient = boto3.client(
        "dynamodb", region_name=region, endpoint_url=moto_server, config=_ROOM_TO_WAIT
    )
    return client


@pytest.fixture
def table_name(dynamodb_client: DynamoDBClient) -> Iterator[str]:
    """A fresh table for one test, built as the template declares it.

    The name is the test's own, so a CreateTable the client retried under load finds
    the table its first attempt made: `exist_ok`.
    """
    name = f"sessions-{uuid.uuid4().hex[:12]}"
    create_table(dynamodb_client, name, exist_ok=True)
    yield name
    dynamodb_client.delete_table(TableName=name)


def scan_items(client: DynamoDBClient, table_name: str) -> list[dict[str, AttributeValueTypeDef]]:
    """Every item in the table, read past the store."""
    items: list[dict[str, AttributeValueTypeDef]] = []
    for page in client.get_paginator("scan").paginate(TableName=table_name):
        items.extend(page["Items"])
    return items


def _sqlite_backend(path: Path) -> Iterator[Backend]:
    store = SqliteStore(path)

    def records() -> list[str]:
        with sqlite3.connect(path) as db:
            return [line for line in db.iterdump() if line.startswith("INSERT")]

    yield Backend("sqlite", store, records)
    store.close()


def _dynamodb_backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    client: DynamoDBClient = request.getfixturevalue("dynamodb_client")
    table: str = request.getfixturevalue("table_name")

    def records() -> list[str]:
        return [json.dumps(item, sort_keys=True) for item in scan_items(client, table)]

    yield Backend("dynamodb", DynamoDbStore(client, table), records)


@pytest.fixture(params=["sqlite", "dynamodb", "memory"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    # The server starts only when a DynamoDB run needs it. The memory store is the unit
    # tests' stand-in: passing the contract shows it is a faithful one.
    if request.param == "sqlite":
        yield from _sqlite_backend(tmp_path / "sessions.sqlite3")
    elif request.param == "memory":
        memory = MemoryStore()
        yield Backend("memory", memory, memory.records)
    else:
        yield from _dynamodb_backend(request)


@pytest.fixture
def store(backend: Backend) -> SessionStore:
    return backend.store
