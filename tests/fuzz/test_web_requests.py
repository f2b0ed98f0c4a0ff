"""Fuzzed bodies through the web service: a valid Alexa answer or HTTP 400, never a 500.

Signature checks are off (`create_app(verify=False)`), so every body reaches the
parsing and the skill. Most cases go through Flask's test client; a sample goes over
real HTTP to a threaded server in this process (the served service is tested in
tests/integration/test_web_server.py).
"""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz import strategies
from tests.fuzz.answers import FAULT_TEXT, check_answer
from tests.fuzz.budget import Cases, examples
from tests.fuzz.faults import logged_faults
from tests.support.threaded_server import make_web_server
from toolkit.web.app import MAX_REQUEST_BYTES, create_app

pytestmark = pytest.mark.slow

TURNED_AWAY = {400, 413}  # not an Alexa request; a body over the service's size limit


@pytest.fixture(scope="module")
def app(embedded_store: Path) -> Flask:
    return create_app(verify=False)


@pytest.fixture(scope="module")
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="module")
def server(app: Flask) -> Iterator[tuple[str, int]]:
    running = make_web_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=running.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    yield "127.0.0.1", running.port
    running.shutdown()
    running.server_close()
    thread.join(timeout=5)


def check_reply(status: int, body: bytes, sent: Any) -> None:
    """A valid answer to what was sent, or a short refusal; never a fault."""
    assert status == 200 or status in TURNED_AWAY, f"HTTP {status}: {body[:300]!r}"
    assert not FAULT_TEXT.search(body.decode("utf-8", "replace")), body[:300]
    answer = json.loads(body)
    if status == 200:
        check_answer(answer, sent)
    else:
        assert set(answer) <= {"error", "reason"}


def bodies() -> st.SearchStrategy[bytes]:
    """What might arrive at the door: envelopes, wrecks of them, and things that are neither."""
    as_json = st.one_of(
        strategies.envelopes(), strategies.mutated(strategies.envelopes()), strategies.json_values()
    ).map(lambda value: json.dumps(value).encode())
    return st.one_of(
        as_json,
        as_json,
        st.binary(max_size=200),
        st.text(max_size=200).map(str.encode),
        strategies.huge_text().map(str.encode),
        st.integers(200, 400).map(lambda depth: ("[" * depth + "]" * depth).encode()),
        st.integers(1_000, 100_000).map(lambda depth: ('{"a":' * depth).encode()),
    )


def _sent(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


@examples(sample=80, full=2500)
@given(body=bodies())
def test_any_body_gets_an_answer_or_a_refusal(client: FlaskClient, body: bytes) -> None:
    reply = client.post("/", data=body, content_type="application/json")
    Cases.ran()
    check_reply(reply.status_code, reply.data, _sent(body))


@examples(sample=40, full=600)
@given(envelope=strategies.envelopes())
def test_well_formed_envelopes_are_answered_without_a_fault(
    client: FlaskClient, envelope: dict[str, Any]
) -> None:
    with logged_faults() as faults:
        reply = client.post("/", json=envelope)
    Cases.ran()
    if len(json.dumps(envelope)) > MAX_REQUEST_BYTES:
        assert reply.status_code == 413
    elif envelope["request"]["type"] in strategies.UNKNOWN_TYPES:
        # The SDK cannot read a request type it does not know: turned away, not a fault.
        assert reply.status_code == 400
    else:
        assert reply.status_code == 200
    check_reply(reply.status_code, reply.data, envelope)
    assert faults == []


@examples(sample=25, full=300)
@given(body=bodies(), content_type=st.sampled_from(["application/json", "text/plain", ""]))
def test_over_real_http(server: tuple[str, int], body: bytes, content_type: str) -> None:
    connection = http.client.HTTPConnection(*server, timeout=10)
    try:
        headers = {"Content-Type": content_type} if content_type else {}
        connection.request("POST", "/", body=body, headers=headers)
        response = connection.getresponse()
        status, data = response.status, response.read()
    finally:
        connection.close()
    Cases.ran()
    check_reply(status, data, _sent(body))
