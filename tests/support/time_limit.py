"""A test not marked slow takes at most about 2 s, or it fails, named with its time.

`make test-fast` stays quick only while every slow test says so. What is timed is the
test's call alone (not its fixtures), less the time its thread sat ready but waiting for
a processor (Linux's run-queue delay): on a machine busy with other work a test is not
charged for the others. Coverage's tracing slows every line, so the limit is wider under
a tracer. ACUPRESSURE_TEST_SECONDS raises the limit on a machine slower than most.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Generator
from pathlib import Path

import pytest

LIMIT_SETTING = "ACUPRESSURE_TEST_SECONDS"
DEFAULT_LIMIT_SECONDS = 2.0
# Coverage's line tracing makes the suite about twice as slow (make suite).
TRACED_FACTOR = 3.0
_SCHEDULER_STATS = Path("/proc/thread-self/schedstat")
_TOOK = pytest.StashKey[float]()
_LIMIT = pytest.StashKey[float]()


def limit_seconds() -> float:
    """The most a test not marked slow may take here, in seconds."""
    limit = float(os.environ.get(LIMIT_SETTING) or DEFAULT_LIMIT_SECONDS)
    return limit * TRACED_FACTOR if sys.gettrace() is not None else limit


def _waited_for_a_processor() -> float:
    """Seconds this thread has spent ready to run but not running (0 where it is not known)."""
    try:
        return int(_SCHEDULER_STATS.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _own_time() -> float:
    return time.perf_counter() - _waited_for_a_processor()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_LIMIT] = limit_seconds()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    began = _own_time()
    try:
        yield
    finally:
        item.stash[_TOOK] = _own_time() - began


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    took = item.stash.get(_TOOK, None)
    limit = item.config.stash[_LIMIT]
    over = report.when == "call" and took is not None and took > limit
    if over and report.passed and item.get_closest_marker("slow") is None:
        report.outcome = "failed"
        report.longrepr = (
            f"{item.nodeid} took {took:.1f} s, over the {limit:.1f} s a test not marked "
            f"slow may take: mark it @pytest.mark.slow or make it faster "
            f"({LIMIT_SETTING} raises the limit on a slow machine)"
        )
    return report
