"""Where the DynamoDB client points, and the table it makes for a test."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from skill.store.dynamodb_client import create_table, make_client

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient


def test_the_endpoint_comes_from_aws_endpoint_url_dynamodb(
    moto_server: str, table_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", moto_server)

    client = make_client()

    assert client.meta.endpoint_url == moto_server
    assert table_name in client.list_tables()["TableNames"]


def test_an_endpoint_passed_in_wins_over_the_environment(
    moto_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9")

    assert make_client(moto_server).meta.endpoint_url == moto_server


@pytest.mark.parametrize(
    ("aws_region", "aws_default_region", "expected"),
    [
        ("eu-west-1", "us-west-2", "eu-west-1"),
        (None, "us-west-2", "us-west-2"),
        (None, None, "us-east-1"),
    ],
)
def test_the_region_comes_from_the_environment(
    moto_server: str,
    monkeypatch: pytest.MonkeyPatch,
    aws_region: str | None,
    aws_default_region: str | None,
    expected: str,
) -> None:
    for name, value in (("AWS_REGION", aws_region), ("AWS_DEFAULT_REGION", aws_default_region)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)

    assert make_client(moto_server).meta.region_name == expected


def test_a_table_made_again_with_exist_ok_keeps_what_it_holds(
    dynamodb_client: DynamoDBClient, table_name: str
) -> None:
    item = {"pk": {"S": "USER#kept"}, "sk": {"S": "PROFILE"}}
    dynamodb_client.put_item(TableName=table_name, Item=item)

    create_table(dynamodb_client, table_name, exist_ok=True)

    assert dynamodb_client.scan(TableName=table_name)["Items"] == [item]


def test_without_exist_ok_a_table_made_again_is_refused(
    dynamodb_client: DynamoDBClient, table_name: str
) -> None:
    with pytest.raises(dynamodb_client.exceptions.ResourceInUseException):
        create_table(dynamodb_client, table_name)
