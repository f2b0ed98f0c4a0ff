"""Faults the skill logs while it answers: a handler that raised, or the service failing."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.faults: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        cause = record.exc_info[1] if record.exc_info else None
        self.faults.append(f"{record.name}: {record.getMessage()} {cause!r}")


@contextmanager
def logged_faults() -> Iterator[list[str]]:
    """The ERROR lines the skill logs inside the block."""
    collect = _Collect()
    skill_log = logging.getLogger("skill")
    skill_log.addHandler(collect)
    try:
        yield collect.faults
    finally:
        skill_log.removeHandler(collect)
