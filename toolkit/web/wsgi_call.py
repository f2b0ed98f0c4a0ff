"""One whole request through a WSGI app, in a thread: the answer as bytes, ready to send.

PEP 3333's environ, built from a request already read in full (toolkit/web/buffered.py), so
the app never waits on the client; the answer is gathered whole (Alexa's are a few
kilobytes) and framed with its Content-Length.
"""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Callable, Iterable
from email.utils import formatdate
from typing import Any
from urllib.parse import unquote, urlsplit

from toolkit.web.buffered import Request

# Any WSGI callable.
WsgiApp = Callable[..., Any]

log = logging.getLogger(__name__)

# Framing is the server's: it says how long the answer is and whether the connection stays.
_HOP_BY_HOP = frozenset({"connection", "content-length", "keep-alive", "transfer-encoding"})
_FAILED_BODY = b'{"error": "internal server error"}'
_FAILED = (
    b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
    b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(_FAILED_BODY), _FAILED_BODY)
)


def environ_of(
    request: Request, *, scheme: str, server: tuple[str, int], peer: tuple[str, int]
) -> dict[str, Any]:
    """PEP 3333's environ for `request`."""
    target = urlsplit(request.target) if not request.target.startswith("/") else None
    path, _, query = request.target.partition("?")
    if target is not None:  # absolute-form (RFC 9112, 3.2.2)
        path, query = target.path or "/", target.query
    environ: dict[str, Any] = {
        "REQUEST_METHOD": request.method,
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote(path, encoding="latin-1"),
        "QUERY_STRING": query,
        "SERVER_NAME": str(server[0]),
        "SERVER_PORT": str(server[1]),
        "SERVER_PROTOCOL": request.version,
        "REMOTE_ADDR": str(peer[0]),
        "REMOTE_PORT": str(peer[1]),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(request.body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    for name, value in request.headers:
        if "_" in name:  # "X_Y" and "X-Y" would both become HTTP_X_Y: keep neither guessing
            continue
        key = {"content-type": "CONTENT_TYPE", "content-length": "CONTENT_LENGTH"}.get(
            name, "HTTP_" + name.upper().replace("-", "_")
        )
        environ[key] = f"{environ[key]},{value}" if key in environ else value
    return environ


def answer_of(app: WsgiApp, request: Request, environ: dict[str, Any]) -> tuple[bytes, bool]:
    """The app's whole answer to `request` as bytes, and whether to close after sending it."""
    started: list[tuple[str, list[tuple[str, str]]]] = []
    written: list[bytes] = []

    def start_response(
        status: str, headers: list[tuple[str, str]], exc_info: Any = None
    ) -> Callable[[bytes], None]:
        if exc_info is not None and started:
            raise exc_info[1].with_traceback(exc_info[2])
        started[:] = [(status, headers)]
        return written.append

    try:
        result: Iterable[bytes] = app(environ, start_response)
        try:
            body = b"".join([*written, *result])
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
    except Exception as error:
        log.error("the app failed: %s", type(error).__name__)
        return _FAILED, True
    if not started:
        log.error("the app gave no status")
        return _FAILED, True
    status, headers = started[0]
    closing = request.wants_close
    lines = [f"HTTP/1.1 {status}"]
    lines += [f"{name}: {value}" for name, value in headers if name.lower() not in _HOP_BY_HOP]
    if request.method == "HEAD":  # no body, but the length a GET would have
        lines += [f"{n}: {v}" for n, v in headers if n.lower() == "content-length"]
    else:
        lines.append(f"Content-Length: {len(body)}")
    lines.append(f"Date: {formatdate(usegmt=True)}")
    lines.append(f"Connection: {'close' if closing else 'keep-alive'}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head + (b"" if request.method == "HEAD" else body), closing
