"""Where a chat keeps what the skill stores: the checkout's own file, unless told otherwise."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Final

# The checkout the toolkit runs from (an editable install, as `make run` makes).
CHECKOUT: Final = Path(__file__).resolve().parents[2]
# Under build/, which git ignores and `make clean` empties.
CHECKOUT_STORE: Final = Path("build") / "chat" / "sessions.sqlite3"


def chosen_store(db: Path | None, environ: Mapping[str, str]) -> Path | None:
    """The embedded store's file: --db; else none to choose, when ACUPRESSURE_DB or a
    DynamoDB table (SESSIONS_TABLE) is set; else the checkout's, its folder made here."""
    if db is not None:
        return db
    if environ.get("ACUPRESSURE_DB") or environ.get("SESSIONS_TABLE"):
        return None
    if not (CHECKOUT / "pyproject.toml").is_file():
        return None  # not run from a checkout: the skill's own default, under the home folder
    path = CHECKOUT / CHECKOUT_STORE
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def fresh_user(user: str) -> str:
    """An account nobody has used: nothing the store or the device kept carries over."""
    return f"{user}-{secrets.token_hex(4)}"
