"""Who sets the log level: Lambda's ApplicationLogLevel on Lambda, LOG_LEVEL elsewhere.

With the JSON log format, the Lambda runtime sets the root logger's level from the
function's ApplicationLogLevel, exported as AWS_LAMBDA_LOG_LEVEL, before it imports the
handler. Importing the skill must leave that level as it found it.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
IMPORT_AND_SHOW_LEVEL = (
    "import logging; logging.getLogger().setLevel('WARNING'); "
    "import skill.lambda_function; print(logging.getLogger().level)"
)


def level_after_import(**env: str) -> int:
    environment = {k: v for k, v in os.environ.items() if k not in {"LOG_LEVEL"}}
    environment.pop("AWS_LAMBDA_LOG_LEVEL", None)
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_AND_SHOW_LEVEL],
        cwd=REPO,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return int(done.stdout)


def test_on_lambda_the_runtimes_level_stands() -> None:
    assert level_after_import(AWS_LAMBDA_LOG_LEVEL="WARN", LOG_LEVEL="DEBUG") == logging.WARNING


@pytest.mark.parametrize(
    ("env", "level"), [({"LOG_LEVEL": "DEBUG"}, logging.DEBUG), ({}, logging.INFO)]
)
def test_elsewhere_log_level_sets_it(env: dict[str, str], level: int) -> None:
    assert level_after_import(**env) == level
