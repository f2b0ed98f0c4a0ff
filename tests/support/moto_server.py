"""A local DynamoDB server (moto) on a free loopback port, for tests that talk HTTP to it.

Use the session-wide `moto_server` fixture (a conftest re-exports it), or `MotoServer`
directly for a server a test may stop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Any

import boto3
import pytest
from botocore.config import Config
from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import BaseWSGIServer, make_server

FAKE_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
}
UNSET_SETTINGS = ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB")
# moto builds its DynamoDB on the first request, seconds on a busy machine: longer than the
# store's one-second timeouts, so the server answers one patient request before any test's.
_PATIENT = Config(connect_timeout=60, read_timeout=60, retries={"total_max_attempts": 1})

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def _one_request_at_a_time(app: WsgiApp) -> WsgiApp:
    """DynamoDB applies each request atomically; moto does not lock, so serve one at a time."""
    lock = threading.Lock()

    def serve(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        with lock:
            body = app(environ, start_response)
            try:
                return [b"".join(body)]
            finally:
                close = getattr(body, "close", None)
                if close is not None:
                    close()

    return serve


class _QuietHandler(MotoRequestHandler):
    def log_request(self, *args: Any) -> None:
        pass


class MotoServer:
    """moto's DynamoDB over HTTP on 127.0.0.1, in a background thread."""

    def __init__(self) -> None:
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the server is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> str:
        app = _one_request_at_a_time(DomainDispatcherApplication(create_backend_app))
        # Port 0: the system picks a free port, so parallel runs never collide.
        self._server = make_server(
            "127.0.0.1", 0, app, threaded=True, request_handler=_QuietHandler
        )
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()
        self._warm_up()
        return self.url

    def _warm_up(self) -> None:
        boto3.client(
            "dynamodb",
            endpoint_url=self.url,
            region_name="us-east-1",
            aws_access_key_id=FAKE_CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=FAKE_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
            config=_PATIENT,
        ).list_tables()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> MotoServer:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def use_fake_credentials(env: pytest.MonkeyPatch) -> None:
    """Fake keys, and no setting that could send a client anywhere but where a test says."""
    for name, value in FAKE_CREDENTIALS.items():
        env.setenv(name, value)
    for name in UNSET_SETTINGS:
        env.delenv(name, raising=False)


@pytest.fixture(scope="session")
def moto_server() -> Iterator[str]:
    """The URL of a DynamoDB server shared by the whole test session, with fake credentials."""
    with pytest.MonkeyPatch.context() as env:
        use_fake_credentials(env)
        with MotoServer() as server:
            yield server.url
