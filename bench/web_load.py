"""Many people at once on a served skill: throughput and latency over loopback HTTP.

Each client is one thread with one keep-alive connection, going through full scripted
sessions back to back (live for this skill, the recorded envelopes for the baselines)
until the time or the request budget runs out.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bench.envelopes import Envelope, as_person
from bench.person import Person
from bench.script import full_session


class _TimeUpError(Exception):
    pass


@dataclass
class Load:
    """What the clients saw: each answer's latency, and any that went wrong."""

    latencies_ms: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def requests_per_second(self) -> float:
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0


class _Client:
    def __init__(self, url: str, load: Load, lock: threading.Lock, stop_at: float, cap: int):
        parts = urlsplit(url)
        assert parts.hostname is not None and parts.port is not None
        self._address = (parts.hostname, parts.port)
        self._connection: http.client.HTTPConnection | None = None
        self._load, self._lock, self._stop_at, self._cap = load, lock, stop_at, cap

    def _connect(self) -> http.client.HTTPConnection:
        if self._connection is None:
            self._connection = http.client.HTTPConnection(*self._address, timeout=15)
        return self._connection

    def send(self, envelope: Envelope) -> Envelope:
        if time.monotonic() >= self._stop_at or len(self._load.latencies_ms) >= self._cap:
            raise _TimeUpError
        body = json.dumps(envelope).encode()
        started = time.perf_counter()
        try:
            connection = self._connect()
            connection.request("POST", "/", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as error:
            self.close()
            with self._lock:
                self._load.failures.append(type(error).__name__)
            return {}
        elapsed_ms = (time.perf_counter() - started) * 1000
        with self._lock:
            self._load.latencies_ms.append(elapsed_ms)
            if response.status != 200:
                self._load.failures.append(f"HTTP {response.status}")
        answer: Envelope = json.loads(data) if response.status == 200 else {}
        return answer

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _sessions(client: _Client, replay: list[Envelope] | None) -> None:
    try:
        while True:
            user = f"amzn1.ask.account.LOAD-{uuid.uuid4().hex}"
            if replay is None:
                full_session(Person(client.send, user))
            else:
                for envelope in replay:
                    client.send(as_person(envelope, user))
    except _TimeUpError:
        pass
    finally:
        client.close()


def put_under_load(
    url: str, replay: list[Envelope] | None, clients: int, seconds: float, cap: int
) -> Load:
    """`clients` people at once for at most `seconds` or `cap` answers, whichever comes first."""
    load = Load()
    lock = threading.Lock()
    started = time.monotonic()
    stop_at = started + seconds
    workers = [
        threading.Thread(target=_sessions, args=(_Client(url, load, lock, stop_at, cap), replay))
        for _ in range(clients)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    load.seconds = time.monotonic() - started
    return load


def one_session(url: str, replay: list[Envelope] | None) -> Load:
    """A single session, to warm a fresh server up before it is measured."""
    return put_under_load(url, replay, clients=1, seconds=30, cap=len(replay or []) or 30)
