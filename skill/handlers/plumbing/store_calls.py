"""The one policy for store calls, and the profile fields a turn may change.

A store fault is logged by its kind only (a message can carry a key), counted once in the
`StoreFaults` metric, and, where something the person did was not saved, they are told so
once, in one short sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import NamedTuple, TypedDict, TypeVar

from skill.metrics import fault_kind, store_fault
from skill.store import SessionStore, StoreError

log = logging.getLogger(__name__)

T = TypeVar("T")


class ProfileChanges(TypedDict, total=False):
    """The profile fields a turn may change (a misspelt one fails the type check)."""

    heard_safety: bool
    holder: str | None
    usual_minutes: int | None
    cadence: str
    reminder_ids: list[str]
    reminder_offered: bool
    speech_rate: str
    keep_ratings: bool
    ratings_asked: bool
    extras: dict[str, str]
    # A repair a hold is owed, noted for the next request that reads the profile
    # (skill/handlers/plumbing/hold_repairs.py `carried`).
    hold_owed: str | None


class StoreCalls(NamedTuple):
    """Runs store calls under one policy for faults."""

    store: Callable[[], SessionStore]
    # Called when a change the person made could not be saved.
    not_saved: Callable[[], None]

    def run(
        self,
        operation: str,
        call: Callable[[SessionStore], T],
        *,
        otherwise: T,
        saving: bool = True,
    ) -> T:
        """`call` on the store, or `otherwise` after a fault (noted as unsaved if `saving`).

        The fault is logged by its kind, never its message: a message can carry a key.
        """
        try:
            return call(self.store())
        except StoreError as error:
            log.warning("store call %s failed: %s", operation, fault_kind(error))
            store_fault(operation, error)
            if saving:
                self.not_saved()
            return otherwise
