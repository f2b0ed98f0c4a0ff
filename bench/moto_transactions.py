"""moto's DynamoDB transactions at DynamoDB's cost: undo what they touch, not the whole table.

Before a TransactWriteItems, moto deep-copies every table the transaction names, whole,
so that it can put the copy back if the transaction is cancelled. A transaction's cost
then grows with everything ever written to the table, which DynamoDB's does not: under
the bench's load a table holds thousands of items within seconds, and whichever skill
writes with transactions is measured against moto's copying rather than its own work.

`keep_only_touched_items()` makes moto save just the items a transaction names and put
exactly those back when it is cancelled; what a transaction does, succeeds or fails
with is moto's own (tests/hardening/test_bench_moto.py holds it to that). Two edges
differ, neither met here: an entry with two operations, which moto refuses after
writing the entries before it, is undone whole, as DynamoDB refuses it; and a table
with a stream would record the undo.
"""

from __future__ import annotations

import copy
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

from moto.dynamodb import models
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType, Item
from moto.dynamodb.models.table import Table

_Transaction = Callable[[DynamoDBBackend, list[dict[str, Any]]], None]
_Saved = tuple[Table, DynamoType, DynamoType | None, Item | None]


def _deepcopy_all_but_tables(value: Any, memo: dict[int, Any] | None = None) -> Any:
    """`copy.deepcopy`, except that a table comes back as itself (so moto's undo is a no-op)."""
    return value if isinstance(value, Table) else copy.deepcopy(value, memo)


_COPY_BUT_TABLES = types.SimpleNamespace(deepcopy=_deepcopy_all_but_tables)


def _key_of(table: Table, operation: dict[str, Any]) -> tuple[DynamoType, DynamoType | None]:
    attributes = operation.get("Key") or operation.get("Item") or {}
    hash_value = DynamoType(attributes[table.hash_key_attr])
    range_name = table.range_key_attr
    range_value = DynamoType(attributes[range_name]) if range_name else None
    return hash_value, range_value


def _save(backend: DynamoDBBackend, transact_items: list[dict[str, Any]]) -> list[_Saved]:
    """Each item a transaction names, as it is now (None where there is none yet)."""
    saved: list[_Saved] = []
    for entry in transact_items:
        for operation in entry.values():
            table = backend.tables.get(operation.get("TableName"))
            if table is None:
                continue  # moto answers a missing table with the error it gives
            try:
                hash_value, range_value = _key_of(table, operation)
            except (KeyError, TypeError):
                continue  # and a malformed key likewise; that operation changes nothing
            now = table.get_item(hash_value, range_value)
            saved.append((table, hash_value, range_value, copy.deepcopy(now)))
    return saved


def _put_back(saved: list[_Saved]) -> None:
    for table, hash_value, range_value, item in reversed(saved):
        if item is None:
            table.delete_item(hash_value, range_value)
        elif range_value is not None:
            table.items[hash_value][range_value] = item
        else:
            table.items[hash_value] = item  # type: ignore[assignment]  # as moto stores it


def _touched_items_only(whole_table_copy: _Transaction) -> _Transaction:
    def transact_write_items(
        backend: DynamoDBBackend, transact_items: list[dict[str, Any]]
    ) -> None:
        saved = _save(backend, transact_items)
        try:
            with mock.patch.object(models, "copy", _COPY_BUT_TABLES):
                whole_table_copy(backend, transact_items)
        except Exception:
            _put_back(saved)
            raise

    return transact_write_items


@contextmanager
def keep_only_touched_items() -> Iterator[None]:
    """Within the block, every moto DynamoDB transaction saves and undoes only its own items."""
    touched_only = _touched_items_only(DynamoDBBackend.transact_write_items)
    with mock.patch.object(DynamoDBBackend, "transact_write_items", touched_only):
        yield
