"""DynamoDB's failures and refusals, in the store's terms."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

from botocore.exceptions import BotoCoreError, ClientError

from skill.store.base import StoreError

CONDITION_FAILED_EXCEPTION: Final = "ConditionalCheckFailedException"
_CONDITION_FAILED: Final = "ConditionalCheckFailed"
_TRANSACTION_CANCELED: Final = "TransactionCanceledException"


def error_code(error: ClientError) -> str:
    return error.response.get("Error", {}).get("Code", "")


def condition_failed(error: ClientError, write: int) -> bool:
    """Whether a cancelled transaction's write number `write` failed its condition."""
    if error_code(error) != _TRANSACTION_CANCELED:
        return False
    reasons = error.response.get("CancellationReasons", [])
    return write < len(reasons) and reasons[write].get("Code") == _CONDITION_FAILED


@contextmanager
def request(action: str) -> Iterator[None]:
    """Turn any failure to reach DynamoDB, or refusal by it, into a StoreError.

    Only the error code goes into the message: never an item's contents.
    """
    try:
        yield
    except ClientError as error:
        raise StoreError(f"could not {action}: {error_code(error)}") from error
    except BotoCoreError as error:
        raise StoreError(f"could not {action}: {type(error).__name__}") from error
