"""A person whose device talks to the web service over real HTTP."""

from __future__ import annotations

import http.client
import json
import random
import time
from typing import Any
from urllib.parse import urlsplit

from bench.person import Person


class HttpDevice:
    """One keep-alive connection to the service; each request's status is checked.

    Up to `think` seconds pass before each request, as they do between a person's words.
    """

    def __init__(self, url: str, think: float = 0.0) -> None:
        parts = urlsplit(url)
        assert parts.hostname is not None and parts.port is not None
        self._connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        self._think = think
        self._pauses = random.Random()

    def send(self, envelope: dict[str, Any]) -> dict[str, Any]:
        time.sleep(self._pauses.uniform(0, self._think))
        body = json.dumps(envelope).encode()
        self._connection.request("POST", "/", body, {"Content-Type": "application/json"})
        response = self._connection.getresponse()
        data = response.read()
        assert response.status == 200, (response.status, data[:300])
        answer: dict[str, Any] = json.loads(data)
        return answer

    def close(self) -> None:
        self._connection.close()


def person_on(url: str, user_id: str, think: float = 0.0) -> tuple[Person, HttpDevice]:
    device = HttpDevice(url, think)
    return Person(device.send, user_id), device
