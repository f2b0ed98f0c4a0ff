"""Where the DynamoDB client points: the endpoint and region the environment names."""

from __future__ import annotations

import pytest

from skill.store.dynamodb_client import make_client


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
