"""The adapter skill's table, as `DynamoDbAdapter(create_table=True)` would create it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

# The environment setting that names the table, and the adapter's default partition key.
TABLE_SETTING = "ATTRIBUTES_TABLE"
PARTITION_KEY = "id"


def create_attributes_table(client: DynamoDBClient, table: str) -> None:
    """The adapter's own key schema and throughput: one string partition key, "id"."""
    client.create_table(
        TableName=table,
        KeySchema=[{"AttributeName": PARTITION_KEY, "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": PARTITION_KEY, "AttributeType": "S"}],
        ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
    )
