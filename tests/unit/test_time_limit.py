"""A test not marked slow that takes longer than the limit fails the run, named with its time."""

from __future__ import annotations

import pytest

from tests.support import time_limit

pytest_plugins = ["pytester"]

# The limit is set low so the run stays quick: a twentieth of a second, and a slow test
# sleeps a fifth, more than the limit even under coverage's wider one.
LIMIT = "0.05"
SLEEPS = "time.sleep(0.2)"

A_SUITE = f"""
import time
import pytest

def test_unmarked_and_slow():
    {SLEEPS}

def test_unmarked_and_quick():
    pass

@pytest.mark.slow
def test_marked_and_slow():
    {SLEEPS}

@pytest.fixture
def built_slowly():
    {SLEEPS}

def test_with_a_slow_fixture(built_slowly):
    pass

def test_slow_and_wrong():
    {SLEEPS}
    assert 1 == 2
"""

A_SLOW_MODULE = f"""
import time
import pytest

pytestmark = pytest.mark.slow

def test_slow():
    {SLEEPS}
"""


def test_only_unmarked_tests_slower_than_the_limit_fail_named_with_their_time(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(time_limit.LIMIT_SETTING, LIMIT)
    pytester.makeini("[pytest]\nmarkers =\n    slow: takes long")
    pytester.makepyfile(test_suite=A_SUITE, test_slow_module=A_SLOW_MODULE)

    # -rA lists every test's outcome by name.
    outcomes = pytester.runpytest("-rA", "-p", "no:cacheprovider", plugins=[time_limit])

    outcomes.stdout.fnmatch_lines(
        [
            "test_suite.py::test_unmarked_and_slow took 0.* s, over the 0.* s a test not "
            "marked slow may take: mark it @pytest.mark.slow or make it faster*"
        ]
    )
    outcomes.stdout.fnmatch_lines_random(
        [
            "FAILED test_suite.py::test_unmarked_and_slow*",
            "PASSED test_suite.py::test_unmarked_and_quick",
            "PASSED test_suite.py::test_marked_and_slow",
            "PASSED test_slow_module.py::test_slow",
            # Only the test itself is timed, not its fixtures.
            "PASSED test_suite.py::test_with_a_slow_fixture",
            # A wrong test fails for what is wrong.
            "FAILED test_suite.py::test_slow_and_wrong - assert 1 == 2",
        ]
    )
    outcomes.assert_outcomes(passed=4, failed=2)


def test_the_setting_raises_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(time_limit.LIMIT_SETTING, "30")
    assert time_limit.limit_seconds() >= 30


def test_without_the_setting_the_limit_is_about_two_seconds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(time_limit.LIMIT_SETTING, raising=False)
    monkeypatch.setattr("sys.gettrace", lambda: None)
    assert time_limit.limit_seconds() == 2.0
