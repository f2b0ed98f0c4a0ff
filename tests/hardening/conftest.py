"""The skill's web service on a loopback port, on a fresh DynamoDB table or SQLite file."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import boto3
import pytest
from flask import Flask

from skill import lambda_function, metrics
from skill.store.dynamodb_client import DEFAULT_REGION, create_table
from tests.support.moto_server import use_fake_credentials
from tests.support.threaded_server import make_web_server, server_url

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dynamodb_process() -> Iterator[str]:
    """The bench's moto DynamoDB in a process of its own: under load, it gets a core to itself.

    Its transactions undo only the items they touch (bench/moto_transactions.py), so the
    load's cost does not grow with the table; what they do is moto's own.
    """
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.moto_process"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdin is not None
    try:
        yield server.stdout.readline().strip()
    finally:
        server.stdin.close()
        server.wait(timeout=30)


@pytest.fixture
def table(dynamodb_process: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh sessions table on a DynamoDB server, configured for the skill."""
    use_fake_credentials(monkeypatch)
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", dynamodb_process)
    name = f"sessions-{uuid.uuid4().hex[:12]}"
    client = boto3.client("dynamodb", region_name=DEFAULT_REGION, endpoint_url=dynamodb_process)
    create_table(client, name, exist_ok=True)
    monkeypatch.setenv("SESSIONS_TABLE", name)
    monkeypatch.delenv("ACUPRESSURE_DB", raising=False)
    monkeypatch.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")
    lambda_function.reset()
    yield name
    lambda_function.reset()


@pytest.fixture
def embedded(skill_on_sqlite: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The skill on a fresh SQLite file."""
    monkeypatch.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")
    return skill_on_sqlite


@contextmanager
def serve(app: Flask) -> Iterator[str]:
    """`app` on a threaded server in this process, to read its logs; yields its URL."""
    server = make_web_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    try:
        yield server_url(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class ServiceProcess:
    """The web service in a process of its own (see `patient_service`), with what it printed."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.hardening.patient_service"],
            cwd=ROOT,
            # Metric lines printed as in Lambda, for the tests to read.
            env={**os.environ, metrics.IN_LAMBDA: "acupressure-helper"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()
        assert self.url.startswith("http://127.0.0.1:"), self.url
        self.printed: list[str] = []
        self._drain = threading.Thread(target=self._read, daemon=True)
        self._drain.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self.printed.append(line)

    def stop(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=30)
        self._drain.join(timeout=5)
