"""The web service's production server: gunicorn, with threads, timeouts and TLS.

gunicorn's threaded worker (gthread) keeps the connections it is not reading from in one
poller, and hands a connection to a thread only once it has something to read; idle
kept-alive connections are closed after `keepalive` seconds. Two gaps are closed here:

- A new connection waits in a thread for its first bytes (5 s in gunicorn 27) before going
  to the poller: a handful of silent clients could hold every thread. `ThreadWorker` sends
  a connection with nothing to read to the poller at once, which closes it after
  `keepalive` seconds if it stays silent.
- Once a thread reads a connection, its socket blocks with no timeout: a client that sends
  half a request, or half a TLS handshake, would hold that thread for ever. Every socket
  here blocks for at most `client_timeout` seconds on any read or write, then the
  connection is closed.

- After an answer that closes the connection, gunicorn lingers up to 2 s reading what the
  client still sends before it closes (so the answer is not cut short), on the worker's
  main loop: meanwhile nobody is accepted. Here a small pool of threads of its own lingers.

The TLS handshake happens in a worker thread (not in `accept()`), under that timeout.
"""

from __future__ import annotations

import errno
import os
import socket
import ssl
import sys
from collections.abc import Callable
from concurrent import futures
from dataclasses import dataclass
from typing import Any

from gunicorn.app.base import BaseApplication
from gunicorn.glogging import Logger
from gunicorn.workers import gthread

# The app gunicorn serves: any WSGI callable.
WsgiApp = Callable[..., Any]

# The environment variable that carries `client_timeout` into the worker processes.
_CLIENT_TIMEOUT_ENV = "ACUPRESSURE_CLIENT_TIMEOUT"


@dataclass(frozen=True)
class Settings:
    """How the service runs. Alexa waits 8 s for an answer, so nothing needs long."""

    workers: int = 2
    threads: int = 8
    # A read or write on a connection that takes longer than this closes it.
    client_timeout: float = 10.0
    # A connection with no request in progress is closed after this long.
    keepalive: int = 5
    # A worker that has not checked in for this long is restarted.
    worker_timeout: int = 30
    certfile: str | None = None
    keyfile: str | None = None
    log_level: str = "warning"


def _client_timeout() -> float:
    return float(os.environ.get(_CLIENT_TIMEOUT_ENV, Settings.client_timeout))


class _TimelySocket(socket.socket):
    """A client's socket whose blocking reads and writes give up after the client timeout."""

    def setblocking(self, flag: bool) -> None:
        self.settimeout(_client_timeout() if flag else 0.0)


class _TimelySSLSocket(ssl.SSLSocket):
    """The same, once TLS wraps the socket (it inherits the timeout for the handshake)."""

    def setblocking(self, flag: bool) -> None:
        self.settimeout(_client_timeout() if flag else 0.0)


class _Connection(gthread.TConn):  # type: ignore[misc]
    """gunicorn's connection, closing gracefully on another thread than the main loop."""

    def __init__(self, *args: Any, closer: futures.Executor) -> None:
        super().__init__(*args)
        self._closer = closer

    def close(self, graceful: bool = False) -> None:
        if graceful:
            self._closer.submit(super().close, True)
        else:
            super().close()


# Threads that linger over closing connections, in each worker.
_CLOSING_THREADS = 4


class ThreadWorker(gthread.ThreadWorker):  # type: ignore[misc]
    """gunicorn's threaded worker, with the gaps above closed."""

    _closer: futures.Executor | None = None

    def accept(self, listener: Any) -> None:
        # gunicorn's own accept, with the client's socket made timely.
        try:
            client, address = listener.accept()
            self.nr_conns += 1
            timely = _TimelySocket(client.family, client.type, client.proto, client.detach())
            timely.setblocking(True)
            if self._closer is None:
                self._closer = futures.ThreadPoolExecutor(_CLOSING_THREADS, "closing")
            where = listener.getsockname()
            connection = _Connection(self.cfg, timely, address, where, closer=self._closer)
            self.enqueue_req(connection)
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise

    def handle(self, conn: Any) -> Any:
        # A new connection that has sent nothing yet waits in the poller, not in a thread.
        if not conn.initialized and not conn.data_ready and not conn.wait_for_data(0):
            return gthread._DEFER
        return super().handle(conn)


class ServiceLogger(Logger):  # type: ignore[misc]
    """gunicorn's log, with a client that timed out or broke off as one line, not a traceback."""

    def exception(self, msg: str, *args: Any, **kwargs: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, TimeoutError):
            self.info("closed a connection: the client was too slow (%s)", error)
            return
        if isinstance(error, OSError):
            self.warning("closed a connection: %s (%s)", type(error).__name__, error.strerror)
            return
        super().exception(msg, *args, **kwargs)


_tls_contexts: dict[tuple[str, str], ssl.SSLContext] = {}


def _tls_context(config: Any, default_factory: Callable[[], ssl.SSLContext]) -> ssl.SSLContext:
    """gunicorn's own TLS context, made once per worker, making timely sockets."""
    key = (config.certfile, config.keyfile)
    context = _tls_contexts.get(key)
    if context is None:
        context = default_factory()
        context.sslsocket_class = _TimelySSLSocket
        _tls_contexts[key] = context
    return context


class _Service(BaseApplication):  # type: ignore[misc]
    def __init__(
        self,
        make_app: Callable[[], WsgiApp],
        listener: socket.socket,
        settings: Settings,
        on_ready: Callable[[], None],
    ) -> None:
        self._make_app = make_app
        self._listener = listener
        self._settings = settings
        self._on_ready = on_ready
        super().__init__()

    def load_config(self) -> None:
        s = self._settings
        options: dict[str, Any] = {
            "bind": [f"fd://{self._listener.fileno()}"],
            "workers": s.workers,
            "worker_class": f"{ThreadWorker.__module__}.{ThreadWorker.__qualname__}",
            "threads": s.threads,
            "keepalive": s.keepalive,
            "timeout": s.worker_timeout,
            "graceful_timeout": 10,
            "logger_class": f"{ServiceLogger.__module__}.{ServiceLogger.__qualname__}",
            "loglevel": s.log_level,
            "when_ready": lambda _arbiter: self._on_ready(),
            "proc_name": "acupressure-helper",
            # No control socket in the operator's home folder: signals do its work.
            "control_socket_disable": True,
        }
        if s.certfile is not None:
            options.update(certfile=s.certfile, keyfile=s.keyfile, ssl_context=_tls_context)
        for name, value in options.items():
            self.cfg.set(name, value)

    def load(self) -> WsgiApp:
        return self._make_app()


def serve(
    make_app: Callable[[], WsgiApp],
    listener: socket.socket,
    settings: Settings,
    on_ready: Callable[[], None] = lambda: None,
) -> int:
    """Serve on `listener` until stopped (SIGINT or SIGTERM); each worker calls `make_app`.

    Returns the exit code.
    """
    os.environ[_CLIENT_TIMEOUT_ENV] = str(settings.client_timeout)
    listener.set_inheritable(True)
    try:
        _Service(make_app, listener, settings, on_ready).run()
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 1
    return 0
