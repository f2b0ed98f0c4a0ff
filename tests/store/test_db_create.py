"""`acupressure-helper db create`: the sessions table on a DynamoDB server, as in the template."""

from __future__ import annotations

import contextlib
import socket
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from skill.routine.model import HoldStatus
from skill.store import open_store, person_key
from skill.store.dynamodb_client import TABLE_PROPERTIES, TTL_ATTRIBUTE
from tests.support.moto_server import use_fake_credentials
from toolkit.db import db_main

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient


@pytest.fixture
def table(dynamodb_client: DynamoDBClient) -> Iterator[str]:
    """A name for the table a test creates; the table is removed afterwards."""
    name = f"sessions-{uuid.uuid4().hex[:12]}"
    yield name
    with contextlib.suppress(dynamodb_client.exceptions.ResourceNotFoundException):
        dynamodb_client.delete_table(TableName=name)


def a_closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_creates_the_table_the_template_declares(
    moto_server: str,
    dynamodb_client: DynamoDBClient,
    table: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = db_main(["create", "--table", table, "--endpoint-url", moto_server])

    assert status == 0
    assert capsys.readouterr().out == f"Created table {table} at {moto_server}.\n"
    described = dynamodb_client.describe_table(TableName=table)["Table"]
    assert described["KeySchema"] == TABLE_PROPERTIES["KeySchema"]
    assert sorted(
        described["AttributeDefinitions"], key=lambda attribute: attribute["AttributeName"]
    ) == sorted(TABLE_PROPERTIES["AttributeDefinitions"], key=lambda a: a["AttributeName"])
    assert described["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
    ttl = dynamodb_client.describe_time_to_live(TableName=table)["TimeToLiveDescription"]
    assert (ttl["AttributeName"], ttl["TimeToLiveStatus"]) == (TTL_ATTRIBUTE, "ENABLED")
    backups = dynamodb_client.describe_continuous_backups(TableName=table)
    recovery = backups["ContinuousBackupsDescription"]["PointInTimeRecoveryDescription"]
    assert recovery["PointInTimeRecoveryStatus"] == "ENABLED"


def test_the_settings_the_skill_reads_name_the_table_and_server(
    moto_server: str,
    table: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    use_fake_credentials(monkeypatch)
    monkeypatch.setenv("SESSIONS_TABLE", table)
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", moto_server)

    assert db_main(["create"]) == 0

    assert f"Created table {table}" in capsys.readouterr().out
    # The skill's own store works on it straight away.
    store = open_store()
    person = person_key("amzn1.ask.account.DB-CREATE")
    store.save_profile(store.load_profile(person))
    assert not store.load_profile(person).is_new
    assert store.end_hold(person, "20261123T221805Z-00000000", HoldStatus.COMPLETED, 60) is False


def test_creating_it_again_changes_nothing_and_succeeds(
    moto_server: str,
    dynamodb_client: DynamoDBClient,
    table: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert db_main(["create", "--table", table, "--endpoint-url", moto_server]) == 0
    dynamodb_client.put_item(
        TableName=table, Item={"pk": {"S": "USER#kept"}, "sk": {"S": "PROFILE"}}
    )
    capsys.readouterr()

    status = db_main(["create", "--table", table, "--endpoint-url", moto_server])

    assert status == 0
    assert capsys.readouterr().out == f"Table {table} already exists at {moto_server}.\n"
    assert dynamodb_client.scan(TableName=table)["Count"] == 1


def test_without_a_table_name_it_says_how_to_give_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SESSIONS_TABLE", raising=False)

    assert db_main(["create", "--endpoint-url", a_closed_port()]) == 2

    assert "--table, or set SESSIONS_TABLE" in capsys.readouterr().err


def test_an_unreachable_server_is_a_short_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use_fake_credentials(monkeypatch)
    endpoint = a_closed_port()

    assert db_main(["create", "--table", "sessions", "--endpoint-url", endpoint]) == 1

    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.startswith(f"acupressure-helper db: could not reach {endpoint}")
    assert "Traceback" not in printed.err
