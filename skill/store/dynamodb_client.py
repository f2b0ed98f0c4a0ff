"""The DynamoDB client the store uses, and the sessions table it expects.

`TABLE_PROPERTIES` is the table as `infra/template.yaml` declares it (a test keeps the
two in step); `create_table` builds the same table for tests and local servers.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Final

import boto3
from botocore.config import Config

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

DEFAULT_REGION: Final = "us-east-1"
TTL_ATTRIBUTE: Final = "expires_at"

# Alexa waits 8 s for an answer: fail fast and let the person be guided without the store.
# A request may make one read and one write, and Alexa waits at most 8 s for its answer:
# two attempts of at most about 2 s each keep both calls well inside that.
ATTEMPTS: Final = 2  # in all, the first included
CONNECT_TIMEOUT_SECONDS: Final = 1
READ_TIMEOUT_SECONDS: Final = 1
CLIENT_CONFIG: Final = Config(
    retries={"mode": "standard", "total_max_attempts": ATTEMPTS},
    connect_timeout=CONNECT_TIMEOUT_SECONDS,
    read_timeout=READ_TIMEOUT_SECONDS,
)

TABLE_PROPERTIES: Final[dict[str, Any]] = {
    "BillingMode": "PAY_PER_REQUEST",
    "AttributeDefinitions": [
        {"AttributeName": "pk", "AttributeType": "S"},
        {"AttributeName": "sk", "AttributeType": "S"},
    ],
    "KeySchema": [
        {"AttributeName": "pk", "KeyType": "HASH"},
        {"AttributeName": "sk", "KeyType": "RANGE"},
    ],
    "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True},
    "TimeToLiveSpecification": {"AttributeName": TTL_ATTRIBUTE, "Enabled": True},
    "SSESpecification": {"SSEEnabled": True},
}


def make_client(endpoint_url: str | None = None) -> DynamoDBClient:
    """A DynamoDB client with short timeouts and few retries.

    The region comes from AWS_REGION or AWS_DEFAULT_REGION (else us-east-1). Without
    `endpoint_url`, boto3 itself honours AWS_ENDPOINT_URL_DYNAMODB.
    """
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or DEFAULT_REGION
    return boto3.client(
        "dynamodb", region_name=region, endpoint_url=endpoint_url, config=CLIENT_CONFIG
    )


def create_table(client: DynamoDBClient, table_name: str, *, exist_ok: bool = False) -> None:
    """Create the sessions table as the template declares it, and wait until it is ready.

    `exist_ok` for a name no one else uses (a test's own table): under load a first call
    that timed out is retried by the client, and the retry finds the table it made.
    """
    props = TABLE_PROPERTIES
    try:
        client.create_table(
            TableName=table_name,
            BillingMode=props["BillingMode"],
            AttributeDefinitions=props["AttributeDefinitions"],
            KeySchema=props["KeySchema"],
            SSESpecification={"Enabled": props["SSESpecification"]["SSEEnabled"]},
        )
    except client.exceptions.ResourceInUseException:
        if not exist_ok:
            raise
    client.get_waiter("table_exists").wait(
        TableName=table_name, WaiterConfig={"Delay": 1, "MaxAttempts": 60}
    )
    client.update_time_to_live(
        TableName=table_name, TimeToLiveSpecification=props["TimeToLiveSpecification"]
    )
    client.update_continuous_backups(
        TableName=table_name,
        PointInTimeRecoverySpecification=props["PointInTimeRecoverySpecification"],
    )
