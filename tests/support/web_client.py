"""Talk to the web service over real HTTP with requests shaped like Alexa's."""

from __future__ import annotations

import copy
import http.client
import json
import ssl
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric import rsa

from tests.support.alexa_signing import CHAIN_URL, AlexaKeys, LocalChainVerifier, signed_headers
from tests.support.conversation import fixture, plain

SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
PERSON = "amzn1.ask.account.WEBPERSON"


def envelope(
    template: str = "launch_request.json", *, age: timedelta = timedelta(0), **request: Any
) -> dict[str, Any]:
    """A request from PERSON as Alexa would send it now (or `age` ago)."""
    built = copy.deepcopy(fixture(template))
    for holder in (built["session"], built["context"]["System"]):
        holder["user"]["userId"] = PERSON
    built["session"]["sessionId"] = f"amzn1.echo-api.session.{uuid.uuid4()}"
    built["session"]["new"] = True
    sent = datetime.now(UTC) - age
    built["request"].update(
        requestId=f"amzn1.echo-api.request.{uuid.uuid4()}",
        timestamp=sent.strftime("%Y-%m-%dT%H:%M:%SZ"),
        **request,
    )
    return built


def body_of(request_envelope: Mapping[str, Any]) -> bytes:
    return json.dumps(request_envelope).encode("utf-8")


@dataclass(frozen=True)
class HttpReply:
    status: int
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def speech(self) -> str:
        return plain(self.json()["response"]["outputSpeech"]["ssml"])


def call(
    url: str,
    method: str = "GET",
    body: bytes | None = None,
    headers: Mapping[str, str] = {},
    *,
    tls: ssl.SSLContext | None = None,
) -> HttpReply:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(
            parts.hostname, parts.port, timeout=10, context=tls
        )
    else:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request(method, parts.path or "/", body=body, headers=dict(headers))
        response = connection.getresponse()
        return HttpReply(response.status, dict(response.getheaders()), response.read())
    finally:
        connection.close()


@dataclass
class Service:
    """The web service running on a loopback port, and the keys Alexa would sign with."""

    url: str
    keys: AlexaKeys
    verifier: LocalChainVerifier

    def post(self, body: bytes, headers: Mapping[str, str] = {}) -> HttpReply:
        return call(self.url, "POST", body, headers)

    def signed(
        self, body: bytes, key: rsa.RSAPrivateKey | None = None, chain_url: str = CHAIN_URL
    ) -> HttpReply:
        return self.post(body, signed_headers(body, key or self.keys.signing_key, chain_url))


# Starts the service with keyword options; see the `start_service` fixture.
StartService = Callable[..., Service]
