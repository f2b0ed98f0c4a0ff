"""A scripted hold in `acupressure-helper chat` against a DynamoDB server over HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from skill.store import person_key
from skill.store.dynamodb_client import make_client
from tests.support.skill_dynamodb import drop_table, use_table

COMMAND = Path(sys.executable).with_name("acupressure-helper")
SCRIPT = (
    "Alexa, ask acupressure helper for back pain\nno\nno\n"
    "I'll do it myself\nI found it\nfive minutes\n"
)


def test_a_scripted_hold_leaves_a_completed_session_keyed_by_the_hashed_id(
    moto_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = use_table(monkeypatch, moto_server)
    try:
        finished = subprocess.run(
            [str(COMMAND), "chat", "--user", "dana", "--speed", "100000"],
            input=SCRIPT,
            capture_output=True,
            text=True,
            timeout=60,
            env=dict(os.environ),
            check=False,
        )
        assert finished.returncode == 0, finished.stderr
        assert "Well done" in finished.stdout
        items = make_client(moto_server).scan(TableName=table)["Items"]
        user_id = "amzn1.ask.account.dana"
        assert user_id not in repr(items)
        [hold] = [item for item in items if item["sk"]["S"].startswith("SESSION#")]
        assert hold["pk"]["S"] == f"USER#{person_key(user_id)}"
        assert hold["status"]["S"] == "completed"
        assert hold["held_seconds"]["N"] == "300"
    finally:
        drop_table(moto_server, table)
