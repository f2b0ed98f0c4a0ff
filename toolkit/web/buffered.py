"""Whole HTTP/1.1 requests, read on an event loop before any thread sees them.

A connection costs the event loop a few kilobytes and nothing else while its client sends:
the TLS handshake, the request line, the headers and the body are all read here, within
one deadline, and only a complete request goes to a thread (toolkit/web/wsgi_call.py).

Only what Alexa and a load balancer send is read: a request line, headers, and a body of
the length Content-Length gives. Anything else is turned away with the JSON 400 the app
gives (toolkit/web/refusals.py), and the connection closed.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

from toolkit.web.refusals import refusal_bytes

# Alexa's headers are under a kilobyte (its signature is 344 characters).
MAX_HEADER_BYTES = 16 * 1024
# Alexa's requests are a few kilobytes. A larger body is not read: the app answers 413
# from its length alone (the same bound, toolkit/web/app.py) and the connection closes.
MAX_BODY_BYTES = 256 * 1024

_END_OF_HEADERS = b"\r\n\r\n"
# RFC 9110's token, for methods and header names.
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_VERSION = re.compile(r"HTTP/1\.[01]")
# What may follow the colon: visible characters, spaces and tabs (no controls).
_VALUE = re.compile(r"[\t\x20-\x7e\x80-\xff]*")


class RefusedError(Exception):
    """The request is turned away with a JSON 400; `reason` is short and safe to send."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Request:
    method: str
    target: str
    version: str
    headers: list[tuple[str, str]]  # names in lower case, in the order sent
    body: bytes
    # The body was too large to read: answer, then close.
    body_unread: bool = False

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key == name), None)

    @property
    def wants_close(self) -> bool:
        tokens = {t.strip().lower() for t in (self.header("connection") or "").split(",")}
        if self.version == "HTTP/1.0":
            return "keep-alive" not in tokens
        return "close" in tokens or self.body_unread


def refused_answer(reason: str) -> bytes:
    """The whole HTTP answer to a refused request; the connection closes after it."""
    body = refusal_bytes(reason)
    head = (
        "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode("latin-1") + body


def _parse_head(head: bytes) -> tuple[str, str, str, list[tuple[str, str]]]:
    text = head.decode("latin-1")
    request_line, *lines = text.split("\r\n")
    parts = request_line.split(" ")
    if len(parts) != 3 or not _TOKEN.fullmatch(parts[0]) or not _VERSION.fullmatch(parts[2]):
        raise RefusedError("the request line is not HTTP/1.1")
    method, target, version = parts
    if not target or not target.isprintable():
        raise RefusedError("the request line is not HTTP/1.1")
    headers = []
    for line in lines:
        name, colon, value = line.partition(":")
        # No space before the colon, no folded lines, no bare CR or LF (RFC 9112, 5).
        if not colon or not _TOKEN.fullmatch(name) or not _VALUE.fullmatch(value):
            raise RefusedError("a header is malformed")
        headers.append((name.lower(), value.strip(" \t")))
    return method, target, version, headers


def _body_length(headers: list[tuple[str, str]]) -> int:
    # Alexa sends Content-Length. A chunked body, or lengths that disagree, could be read
    # two ways by two servers (request smuggling): neither is read at all.
    if any(name == "transfer-encoding" for name, _ in headers):
        raise RefusedError("a body must come with its length")
    lengths = {value for name, value in headers if name == "content-length"}
    if not lengths:
        return 0
    if len(lengths) > 1 or not all(value.isdigit() and value.isascii() for value in lengths):
        raise RefusedError("the body's length is not one number")
    return int(lengths.pop())


async def read_request(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, begun: bytes = b""
) -> Request | None:
    """The next whole request on the connection, or None once the client has closed it.

    `begun` is what was already read of it. The caller bounds the time this takes; the
    reader's limit (MAX_HEADER_BYTES) bounds the headers.
    """
    try:
        head = begun + await reader.readuntil(_END_OF_HEADERS)
    except asyncio.IncompleteReadError as closed:
        if begun or closed.partial:
            raise RefusedError("the request ended before its headers did") from None
        return None
    except asyncio.LimitOverrunError:
        raise RefusedError("the request's headers are too large") from None
    head = head.lstrip(b"\r\n")  # RFC 9112, 2.2: blank lines before a request are ignored
    if len(head) > MAX_HEADER_BYTES:
        raise RefusedError("the request's headers are too large")
    method, target, version, headers = _parse_head(head[: -len(_END_OF_HEADERS)])
    length = _body_length(headers)
    if length > MAX_BODY_BYTES:
        return Request(method, target, version, headers, b"", body_unread=True)
    if length and (dict(headers).get("expect") or "").lower() == "100-continue":
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    try:
        body = await reader.readexactly(length)
    except asyncio.IncompleteReadError:
        raise RefusedError("the request ended before its body did") from None
    return Request(method, target, version, headers, body)
