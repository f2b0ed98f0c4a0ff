"""Whether the configured store can be used, checked once when a command starts.

Each check answers with one line saying what is wrong, or None. Nothing is created: a
command that is told of a problem stops before it writes anything.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

ENDPOINT_ENV = "AWS_ENDPOINT_URL_DYNAMODB"


def endpoint_problem(url: str | None, name: str = ENDPOINT_ENV) -> str | None:
    """What is wrong with a DynamoDB endpoint (`name` says where it came from), if it is
    given and is not an http(s) URL."""
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it checks the port is a number in range
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in {"http", "https"} or not parts.hostname:
        return f"{name} is not a URL such as http://127.0.0.1:8000: {url!r}"
    return None


def embedded_store_problem(path: Path) -> str | None:
    """What stops the embedded store living in `path`, or None. Creates nothing."""
    folder = path.parent
    if not folder.is_dir():
        return f"there is no folder {folder}: create it first, or choose another file"
    if path.is_dir():
        return f"{path} is a folder: give the name of a file"
    if not path.exists():
        if os.access(folder, os.W_OK | os.X_OK):
            return None
        return f"{path} cannot be created: the folder {folder} cannot be written"
    if not os.access(path, os.R_OK | os.W_OK):
        return f"{path} cannot be written: check its permissions"
    try:
        database = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=5)
    except sqlite3.Error:
        return f"{path} cannot be opened for writing: check its permissions"
    try:
        [verdict] = database.execute("PRAGMA quick_check").fetchone()
        database.execute("BEGIN IMMEDIATE")
        database.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            return None  # another program is writing: the store waits its turn
        return f"{path} cannot be written: {error}"
    except sqlite3.DatabaseError as error:
        return f"{path} is not a store of this skill, or is damaged ({error})"
    finally:
        database.close()
    if verdict != "ok":
        return f"{path} is damaged ({verdict})"
    return None


def store_problem(db: Path | None, environ: Mapping[str, str] | None = None) -> str | None:
    """What stops the store a command would use from working: `db` (--db) if given, else
    SESSIONS_TABLE's DynamoDB table, else ACUPRESSURE_DB. The default file is left to be
    made on first use, folder and all."""
    env = os.environ if environ is None else environ
    if db is None and env.get("SESSIONS_TABLE"):
        return endpoint_problem(env.get(ENDPOINT_ENV))
    named = env.get("ACUPRESSURE_DB")
    chosen = db if db is not None else Path(named) if named else None
    return None if chosen is None else embedded_store_problem(chosen)
