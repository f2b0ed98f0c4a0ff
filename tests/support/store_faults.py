"""Store faults at a chosen moment: the skill's writes fail while `Faults` is armed.

On DynamoDB (over moto's HTTP server) a `before-send` hook on the clients the skill makes
answers its writes in place of the server, as DynamoDB would: throttled on every attempt
or on the first only (the client's own retry then gets through), a read timeout, a 500,
or a condition refused. Reads pass. On SQLite, which has none of these, the skill's
store is wrapped: a write fails as a locked database does (a StoreError), or is refused
its condition as the contract says (False, or a ConflictError when beginning a hold); a
throttle once is nothing to SQLite, which waits for a lock itself.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest
from botocore.awsrequest import AWSResponse
from botocore.exceptions import ReadTimeoutError

from skill import lambda_function
from skill.routine.hold_repair import Repair
from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store import ConflictError, SessionStore, StoreError, open_store
from tests.support.skill_dynamodb import hook_skill_clients

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

THROTTLED = "throttled on both attempts"
THROTTLED_ONCE = "throttled once"
READ_TIMEOUT = "a read timeout"
SERVER_ERROR = "a 500"
CONDITION = "a conditional failure"
FAULTS = (THROTTLED, THROTTLED_ONCE, READ_TIMEOUT, SERVER_ERROR)
_WRITES = {"PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem"}


class _Body:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def stream(self, **kwargs: Any) -> Iterator[bytes]:
        yield self._data


def _answer(request: Any, status: int, code: str, **fields: object) -> AWSResponse:
    body = {"__type": f"com.amazonaws.dynamodb.v20120810#{code}", "message": code, **fields}
    headers = {"Content-Type": "application/x-amz-json-1.0"}
    return AWSResponse(request.url, status, headers, _Body(json.dumps(body).encode()))  # type: ignore[arg-type]


class Faults:
    """The fault `kind`, applied to the skill's writes while armed (`during`)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.armed = False
        self.hit = 0
        self._fresh_call = False

    @property
    def fails(self) -> bool:
        """Whether the write fails outright (a throttle once is retried through)."""
        return self.kind in (THROTTLED, READ_TIMEOUT, SERVER_ERROR)

    @contextmanager
    def during(self) -> Iterator[None]:
        self.armed = True
        try:
            yield
        finally:
            self.armed = False

    def install(self, backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
        if backend == "dynamodb":
            hook_skill_clients(monkeypatch, self._register)
        else:
            # The skill opens its store through this name, on first use (lambda_function).
            monkeypatch.setattr(lambda_function, "open_store", lambda: _Faulty(open_store(), self))
            lambda_function.reset()

    def _register(self, client: DynamoDBClient) -> None:
        client.meta.events.register("before-call.dynamodb.*", self._call_begins)
        client.meta.events.register_first("before-send.dynamodb.*", self._send)  # type: ignore[arg-type]

    def _call_begins(self, **kwargs: Any) -> None:
        self._fresh_call = True

    def _send(self, request: Any, **kwargs: Any) -> AWSResponse | None:
        fresh, self._fresh_call = self._fresh_call, False
        operation = str(request.headers.get("X-Amz-Target", b""), "ascii").rpartition(".")[2]
        if not self.armed or operation not in _WRITES:
            return None
        if self.kind == THROTTLED_ONCE and not fresh:
            return None
        self.hit += 1
        if self.kind in (THROTTLED, THROTTLED_ONCE):
            return _answer(request, 400, "ThrottlingException")
        if self.kind == READ_TIMEOUT:
            raise ReadTimeoutError(endpoint_url=request.url)
        if self.kind == SERVER_ERROR:
            return _answer(request, 500, "InternalServerError")
        if operation == "TransactWriteItems":
            reasons = [{"Code": "ConditionalCheckFailed"}, {"Code": "None"}]
            return _answer(
                request, 400, "TransactionCanceledException", CancellationReasons=reasons
            )
        return _answer(request, 400, "ConditionalCheckFailedException")


class _Faulty(SessionStore):
    """The skill's SQLite store, with its writes failing while `faults` is armed."""

    def __init__(self, inner: SessionStore, faults: Faults) -> None:
        self._inner = inner
        self._faults = faults

    def _fault(self) -> bool:
        """Raise the fault, if armed; True if the write is to be refused its condition."""
        if not self._faults.armed:
            return False
        self._faults.hit += 1
        if self._faults.kind == THROTTLED_ONCE:
            return False
        if self._faults.kind == CONDITION:
            return True
        error = sqlite3.OperationalError("database is locked")
        raise StoreError(str(error)) from error

    def load_profile(self, person: str) -> Profile:
        return self._inner.load_profile(person)

    def load_profile_and_holds(
        self, person: str, hold_ids: Sequence[str]
    ) -> tuple[Profile, dict[str, HoldSession]]:
        return self._inner.load_profile_and_holds(person, hold_ids)

    def recent_holds(self, person: str, limit: int = 20) -> list[HoldSession]:
        return self._inner.recent_holds(person, limit)

    def save_profile(self, profile: Profile) -> Profile:
        if self._fault():
            raise ConflictError("refused")
        return self._inner.save_profile(profile)

    def begin_hold(self, profile: Profile, hold: HoldSession) -> Profile:
        if self._fault():
            raise ConflictError("refused")
        return self._inner.begin_hold(profile, hold)

    def end_hold(self, person: str, hold_id: str, status: HoldStatus, held_seconds: int) -> bool:
        return not self._fault() and self._inner.end_hold(person, hold_id, status, held_seconds)

    def finish_hold(self, person: str, hold_id: str, held_seconds: int) -> bool:
        return not self._fault() and self._inner.finish_hold(person, hold_id, held_seconds)

    def restart_hold(
        self, person: str, interrupted: str, held_seconds: int, hold: HoldSession
    ) -> bool:
        if self._fault():
            raise ConflictError("refused")
        return self._inner.restart_hold(person, interrupted, held_seconds, hold)

    def recover_hold(self, hold: HoldSession, replaced: tuple[str, int] | None = None) -> bool:
        return not self._fault() and self._inner.recover_hold(hold, replaced)

    def make_noted_repair(self, repair: Repair) -> bool:
        return not self._fault() and self._inner.make_noted_repair(repair)

    def record_held(
        self, person: str, hold_id: str, held_seconds: int, *, check_safety_again: bool = False
    ) -> bool:
        return not self._fault() and self._inner.record_held(
            person, hold_id, held_seconds, check_safety_again=check_safety_again
        )

    def record_pain_after(
        self, person: str, hold_id: str, rating: int, *, before: int | None = None
    ) -> bool:
        return not self._fault() and self._inner.record_pain_after(
            person, hold_id, rating, before=before
        )

    def record_pain_before(self, person: str, hold_id: str, rating: int) -> bool:
        return not self._fault() and self._inner.record_pain_before(person, hold_id, rating)

    def forget_ratings(self, person: str) -> None:
        self._inner.forget_ratings(person)

    def forget(self, person: str) -> None:
        self._inner.forget(person)

    def forget_account(self, account: str) -> None:
        self._inner.forget_account(account)
