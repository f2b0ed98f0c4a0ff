"""`acupressure-helper serve` on its production server, over real sockets on loopback.

Clients that say nothing, stop halfway through a TLS handshake or a request, or go quiet
after an answer must neither keep others waiting nor keep their connection for ever.
"""

from __future__ import annotations

import json
import select
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from skill.speech import english
from tests.integration.test_web import REPO, _clean_env, _server_certificate
from tests.support.alexa_signing import AlexaKeys, signed_headers
from tests.support.web_client import SKILL_ID, body_of, call, envelope

# Each test starts the service in a process of its own, and most wait for its timeouts.
pytestmark = pytest.mark.slow

# Long enough that nothing is closed by accident while a test runs.
PATIENT = "30"
# How long a test waits for the server to close a connection it should close.
WAIT = 20.0


@dataclass
class Running:
    url: str
    tls: ssl.SSLContext
    process: subprocess.Popen[str]

    @property
    def address(self) -> tuple[str, int]:
        parts = urlsplit(self.url)
        assert parts.hostname is not None and parts.port is not None
        return parts.hostname, parts.port

    def signed_launch(self, keys: AlexaKeys) -> str:
        body = body_of(envelope())
        reply = call(self.url, "POST", body, signed_headers(body, keys.signing_key), tls=self.tls)
        assert reply.status == 200, reply.body
        return reply.speech

    def tls_connection(self) -> ssl.SSLSocket:
        return self.tls.wrap_socket(
            socket.create_connection(self.address, timeout=WAIT), server_hostname="127.0.0.1"
        )


StartServer = Callable[..., Running]


@pytest.fixture
def start(tmp_path: Path, alexa_keys: AlexaKeys) -> Iterator[StartServer]:
    """Starts the service over TLS, verifying with the test authority, with serve's options."""
    chain, root = tmp_path / "chain.pem", tmp_path / "root.der"
    chain.write_bytes(alexa_keys.chain)
    root.write_bytes(alexa_keys.root_der)
    certfile, keyfile = _server_certificate(tmp_path)
    started: list[subprocess.Popen[str]] = []

    def run(*options: str) -> Running:
        serve = ["--port", "0", "--db", str(tmp_path / "web.sqlite3"), "--skill-id", SKILL_ID]
        serve += ["--certfile", str(certfile), "--keyfile", str(keyfile), *options]
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.signed_service", str(chain), str(root), *serve],
            cwd=REPO,
            env=_clean_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 60)
        line = process.stdout.readline() if ready else ""
        assert "listening on https://" in line, line
        url = line.split("listening on ")[1].split()[0]
        return Running(url, ssl.create_default_context(cafile=str(certfile)), process)

    yield run
    for process in started:
        process.terminate()
        _, err = process.communicate(timeout=30)
        assert "Traceback" not in err, err


def closed_by_server(connection: socket.socket) -> bool:
    """Whether the server closes `connection` within WAIT seconds (reading what it sends)."""
    connection.settimeout(WAIT)
    deadline = time.monotonic() + WAIT
    try:
        while time.monotonic() < deadline:
            if not connection.recv(4096):
                return True
    except (ConnectionResetError, ssl.SSLError):
        return True
    except TimeoutError:
        return False
    return False


def test_silent_clients_do_not_keep_a_signed_request_waiting(
    start: StartServer, alexa_keys: AlexaKeys
) -> None:
    # One thread, and silent connections that would each hold it if it waited on them.
    service = start("--workers", "1", "--threads", "1", "--keepalive", PATIENT)
    silent = [socket.create_connection(service.address) for _ in range(3)]
    try:
        assert english.WELCOME_NEW in service.signed_launch(alexa_keys)
    finally:
        for connection in silent:
            connection.close()


def test_a_client_stalled_mid_request_does_not_keep_others_waiting(
    start: StartServer, alexa_keys: AlexaKeys
) -> None:
    service = start("--workers", "1", "--threads", "2", "--client-timeout", PATIENT)
    stalled = service.tls_connection()
    stalled.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 900\r\n\r\n{")
    try:
        assert english.WELCOME_NEW in service.signed_launch(alexa_keys)
    finally:
        stalled.close()


def _silent(service: Running) -> socket.socket:
    return socket.create_connection(service.address)


def _half_a_handshake(service: Running) -> socket.socket:
    connection = socket.create_connection(service.address)
    connection.sendall(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03")  # a ClientHello begun
    return connection


def _half_the_headers(service: Running) -> socket.socket:
    connection = service.tls_connection()
    connection.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl")
    return connection


def _half_the_body(service: Running) -> socket.socket:
    connection = service.tls_connection()
    connection.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 900\r\n\r\n{")
    return connection


def _idle_after_an_answer(service: Running) -> socket.socket:
    connection = service.tls_connection()
    connection.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    answer = b""
    while b'{"status":"ok"}' not in answer:
        answer += connection.recv(4096)
    assert b"Connection: close" not in answer  # kept alive: now it idles
    return connection


@pytest.mark.parametrize(
    "client",
    [_silent, _half_a_handshake, _half_the_headers, _half_the_body, _idle_after_an_answer],
    ids=["silent", "half-a-handshake", "half-the-headers", "half-the-body", "idle"],
)
def test_idle_and_half_sent_connections_are_closed(
    start: StartServer, client: Callable[[Running], socket.socket]
) -> None:
    service = start("--keepalive", "1", "--client-timeout", "1")
    connection = client(service)
    try:
        assert closed_by_server(connection)
    finally:
        connection.close()


def _read_answer(connection: socket.socket) -> bytes:
    connection.settimeout(WAIT)
    answer = b""
    while True:
        try:
            chunk = connection.recv(4096)
        except (ConnectionResetError, ssl.SSLError):
            break
        if not chunk:
            break
        answer += chunk
    return answer


@pytest.mark.parametrize(
    ("request_head", "reason"),
    [
        pytest.param(
            b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"a" * 20_000 + b"\r\n\r\n",
            "the request's headers are too large",
            id="oversized-headers",
        ),
        pytest.param(
            b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "a body must come with its length",
            id="chunked",
        ),
        pytest.param(
            b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n",
            "the body's length is not one number",
            id="two-lengths",
        ),
        pytest.param(b"HELLO\r\n\r\n", "the request line is not HTTP/1.1", id="not-http"),
    ],
)
def test_a_request_the_server_cannot_read_gets_the_json_400(
    start: StartServer, request_head: bytes, reason: str
) -> None:
    service = start()
    connection = service.tls_connection()
    try:
        connection.sendall(request_head)
        answer = _read_answer(connection)
    finally:
        connection.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 "), answer[:200]
    assert json.loads(body) == {"error": "bad request", "reason": reason}


def test_one_header_line_every_half_second_does_not_outlast_the_deadline(
    start: StartServer,
) -> None:
    # A timeout per read would never close it; the deadline covers the whole request.
    service = start("--client-timeout", "2")
    connection = service.tls_connection()
    started = time.monotonic()
    closed = False
    try:
        connection.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        while not closed and time.monotonic() - started < WAIT:
            try:
                connection.sendall(b"X-Slow: 1\r\n")
            except OSError:  # the server closed it
                closed = True
            time.sleep(0.5)
    finally:
        connection.close()
    assert closed
    assert time.monotonic() - started < 2 + 4  # the deadline, and a margin for a busy machine


def test_two_requests_on_one_kept_alive_connection_are_both_answered(start: StartServer) -> None:
    service = start()
    connection = service.tls_connection()
    try:
        for _ in range(2):
            connection.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            answer = b""
            while b'{"status":"ok"}' not in answer:
                answer += connection.recv(4096)
            assert b"Connection: keep-alive" in answer
    finally:
        connection.close()
