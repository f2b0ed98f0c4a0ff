"""The web service's production server: gunicorn's processes, an event loop in each.

gunicorn runs the worker processes (starts them, restarts one that stops checking in,
stops them on SIGTERM). Inside each, `BufferingWorker` reads every connection on an event
loop (toolkit/web/buffered.py) and hands only whole requests to its threads
(toolkit/web/wsgi_call.py). Why this shape:

- A thread per connection cannot be defended: a TLS ClientHello counts as data, so a
  silent TLS client or half a handshake holds a thread, and a timeout per read lets one
  byte every few seconds hold one for ever; 16 slow clients stopped 2 workers x 8 threads.
  On the loop a slow client costs a few kilobytes, and the threads only ever run the app.
- One deadline per request (`client_timeout`), from the connection's first moment, covers
  the TLS handshake, the headers and the body; a kept-alive connection has `keepalive`
  seconds to begin its next request and then the same deadline for the rest. Headers over
  16 KB, or anything but a plain request with its length, get the app's JSON 400.
- asyncio, from the standard library, rather than gevent's workers: nothing is
  monkey-patched under the skill, boto3 or SQLite, the skill runs in ordinary threads as it
  does in Lambda, and the whole of the buffering is the two small modules above.

Each worker holds at most gunicorn's `worker_connections` (1,000) connections at once and
closes any beyond them at once; with every request bound by its deadline, slow clients
come and go rather than pile up.
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
import sys
from collections.abc import Callable
from concurrent import futures
from dataclasses import dataclass
from typing import Any

from gunicorn import sock as gunicorn_sock
from gunicorn.app.base import BaseApplication
from gunicorn.glogging import Logger
from gunicorn.workers.base import Worker

from toolkit.web.buffered import MAX_HEADER_BYTES, RefusedError, read_request, refused_answer
from toolkit.web.wsgi_call import WsgiApp, answer_of, environ_of

__all__ = ["BufferingWorker", "Settings", "WsgiApp", "serve"]

# The environment variable that carries `client_timeout` into the worker processes.
_CLIENT_TIMEOUT_ENV = "ACUPRESSURE_CLIENT_TIMEOUT"
# How often a worker tells gunicorn it is alive, and looks for a stop.
_HEARTBEAT = 0.5
# How long a closing connection may take to send its last bytes, or a refused one to stop.
_LINGER = 2.0


@dataclass(frozen=True)
class Settings:
    """How the service runs. Alexa waits 8 s for an answer, so nothing needs long."""

    workers: int = 2
    threads: int = 8
    # A connection that takes longer than this to send a whole request (TLS handshake
    # included), or to take its answer, is closed.
    client_timeout: float = 10.0
    # A connection with no request in progress is closed after this long.
    keepalive: int = 5
    # A worker that has not checked in for this long is restarted.
    worker_timeout: int = 30
    certfile: str | None = None
    keyfile: str | None = None
    log_level: str = "warning"


class _Connections:
    """Serves the connections of one worker: reads on the loop, answers in the threads."""

    def __init__(self, worker: BufferingWorker, pool: futures.Executor) -> None:
        self._app = worker.wsgi
        self._log = worker.log
        self._pool = pool
        self._client_timeout = float(os.environ.get(_CLIENT_TIMEOUT_ENV, Settings.client_timeout))
        self._keepalive = float(worker.cfg.keepalive)
        self._most = int(worker.cfg.worker_connections)
        self._tls = gunicorn_sock.ssl_context(worker.cfg) if worker.cfg.is_ssl else None
        # Every connection's task, and those whose request is with the app or being sent.
        self.open: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
        self.answering: set[asyncio.Task[None]] = set()

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One connection, start to end. Cancelled (the loop shutting down with it still
        open), it is reset and ends quietly: asyncio 3.11's streams take a cancelled
        connection task for a failed one, and log a traceback."""
        try:
            await self._connection(reader, writer)
        except asyncio.CancelledError:
            writer.transport.abort()

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        if len(self.open) >= self._most:  # the file limit is the process's, not the client's
            writer.transport.abort()
            return
        self.open[task] = writer
        graceful = False
        try:
            graceful = await self._requests(reader, writer, task)
        except RefusedError as refused:
            self._log.info("turned a request away: %s", refused.reason)
            writer.write(refused_answer(refused.reason))
            graceful = await self._drain(writer)
            await _linger(reader, writer)
        except TimeoutError:
            self._log.info("closed a connection: the client was too slow")
        except (OSError, ssl.SSLError, asyncio.IncompleteReadError) as error:
            self._log.info("closed a connection: %s", type(error).__name__)
        finally:
            self.open.pop(task, None)
            await _close(writer, graceful)

    async def _requests(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, task: asyncio.Task[None]
    ) -> bool:
        """Answers the connection's requests; whether the last answer went out whole."""
        # The first request's deadline runs from the connection's first moment.
        async with asyncio.timeout(self._client_timeout):
            if self._tls is not None:
                await writer.start_tls(self._tls)
            request = await read_request(reader, writer)
        scheme = "https" if self._tls is not None else "http"
        server, peer = writer.get_extra_info("sockname"), writer.get_extra_info("peername")
        loop = asyncio.get_running_loop()
        while request is not None:
            environ = environ_of(request, scheme=scheme, server=server, peer=peer)
            self.answering.add(task)
            try:
                answer, closing = await loop.run_in_executor(
                    self._pool, answer_of, self._app, request, environ
                )
                writer.write(answer)
                sent = await self._drain(writer)
            finally:
                self.answering.discard(task)
            if not sent or closing:
                return sent
            async with asyncio.timeout(self._keepalive):
                begun = await reader.read(1)
            if not begun:
                return True
            async with asyncio.timeout(self._client_timeout):
                request = await read_request(reader, writer, begun)
        return True

    async def _drain(self, writer: asyncio.StreamWriter) -> bool:
        try:
            async with asyncio.timeout(self._client_timeout):
                await writer.drain()
        except (TimeoutError, OSError):
            return False
        return True


async def _linger(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Reads what a refused client still sends, briefly, before closing.

    Closing with unread data makes the kernel reset the connection, and a reset can
    destroy the 400 before the client reads it.
    """
    if writer.can_write_eof():
        writer.write_eof()
    try:
        async with asyncio.timeout(_LINGER):
            while await reader.read(64 * 1024):
                pass
    except (TimeoutError, OSError, ssl.SSLError):
        pass


async def _close(writer: asyncio.StreamWriter, graceful: bool) -> None:
    """Closes the connection: after what is buffered is sent, or at once (a reset)."""
    if not graceful:
        writer.transport.abort()
        return
    writer.close()
    try:
        async with asyncio.timeout(_LINGER):
            await writer.wait_closed()
    except (TimeoutError, OSError, ssl.SSLError):
        writer.transport.abort()


class BufferingWorker(Worker):  # type: ignore[misc]
    """A gunicorn worker whose event loop buffers whole requests for its threads."""

    _quick = False

    def handle_quit(self, sig: int, frame: Any) -> None:  # noqa: ARG002 - gunicorn calls it so
        # gunicorn's quick stop (SIGINT, SIGQUIT) exits from the signal handler, in the middle
        # of the event loop; here the loop stops itself at its next beat, answering nothing more.
        self._quick = True
        self.alive = False

    def run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        pool = futures.ThreadPoolExecutor(self.cfg.threads, "request")
        connections = _Connections(self, pool)
        servers = [
            await asyncio.start_server(
                connections.serve, sock=listener.sock, limit=MAX_HEADER_BYTES, backlog=2048
            )
            for listener in self.sockets
        ]
        while self.alive and self.ppid == os.getppid():
            self.notify()
            await asyncio.sleep(_HEARTBEAT)
        for server in servers:
            server.close()
        # Requests with the app are answered, as long as gunicorn's graceful stop allows;
        # connections still sending, or idle, are closed (closed, not cancelled: asyncio
        # 3.11's streams log a cancelled connection's task as an error).
        for task, writer in list(connections.open.items()):
            if self._quick or task not in connections.answering:
                writer.transport.abort()
        if connections.open:
            await asyncio.wait(set(connections.open), timeout=self.cfg.graceful_timeout)
        pool.shutdown(wait=False, cancel_futures=True)


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
            "worker_class": f"{BufferingWorker.__module__}.{BufferingWorker.__qualname__}",
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
            options.update(certfile=s.certfile, keyfile=s.keyfile)
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
