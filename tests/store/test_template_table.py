"""The table in infra/template.yaml is the one `create_table` builds for the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from skill.store.dynamodb_client import TABLE_PROPERTIES
from tests.support.template import load_template

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient


@pytest.fixture(scope="module")
def sessions_table() -> dict[str, Any]:
    template = load_template()
    assert template["Transform"] == "AWS::Serverless-2016-10-31"
    table: dict[str, Any] = template["Resources"]["SessionsTable"]
    return table


def test_the_template_declares_the_table_create_table_builds(
    sessions_table: dict[str, Any],
) -> None:
    assert sessions_table["Type"] == "AWS::DynamoDB::Table"
    assert sessions_table["Properties"] == TABLE_PROPERTIES


def test_the_table_outlives_its_stack(sessions_table: dict[str, Any]) -> None:
    assert sessions_table["DeletionPolicy"] == "Retain"
    assert sessions_table["UpdateReplacePolicy"] == "Retain"


def test_create_table_gives_the_table_the_template_declares(
    sessions_table: dict[str, Any], dynamodb_client: DynamoDBClient, table_name: str
) -> None:
    declared = sessions_table["Properties"]

    table = dynamodb_client.describe_table(TableName=table_name)["Table"]
    ttl = dynamodb_client.describe_time_to_live(TableName=table_name)
    backups = dynamodb_client.describe_continuous_backups(TableName=table_name)

    assert table["KeySchema"] == declared["KeySchema"]
    assert sorted(table["AttributeDefinitions"], key=str) == sorted(
        declared["AttributeDefinitions"], key=str
    )
    assert table["BillingModeSummary"]["BillingMode"] == declared["BillingMode"]
    assert table["SSEDescription"]["Status"] == "ENABLED"
    assert ttl["TimeToLiveDescription"] == {
        "AttributeName": declared["TimeToLiveSpecification"]["AttributeName"],
        "TimeToLiveStatus": "ENABLED",
    }
    recovery = backups["ContinuousBackupsDescription"]["PointInTimeRecoveryDescription"]
    assert recovery["PointInTimeRecoveryStatus"] == "ENABLED"
