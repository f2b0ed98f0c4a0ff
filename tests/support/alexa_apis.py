"""The fake Alexa APIs for tests, and a person whose device sends the skill there.

`alexa_apis` starts the simulator's HTTPS server for one test and makes the skill trust
its certificate. `DeviceWithApis` is a `Conversation` whose envelopes name that server
as the API endpoint, carry the reminders permission once it is granted, and can answer
a permission prompt as Alexa does (`Connections.Response`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest

from skill.alexa.api_client import CA_BUNDLE_ENV
from skill.alexa.reminders import REMINDERS_SCOPE
from tests.support.conversation import Conversation, Reply
from toolkit.simulator.alexa_apis import AlexaApis


@pytest.fixture
def alexa_apis(monkeypatch: pytest.MonkeyPatch) -> Iterator[AlexaApis]:
    with AlexaApis() as apis:
        monkeypatch.setenv(CA_BUNDLE_ENV, apis.ca_file)
        yield apis


@dataclass
class DeviceWithApis(Conversation):
    apis: AlexaApis = field(default_factory=AlexaApis)

    def _envelope(self, template: str) -> dict[str, Any]:
        envelope = super()._envelope(template)
        system = envelope["context"]["System"]
        system["apiEndpoint"] = self.apis.endpoint
        if self.apis.permission_granted:
            system["user"]["permissions"] = {
                "consentToken": "TEST.CONSENT.TOKEN",
                "scopes": {REMINDERS_SCOPE: {"status": "GRANTED"}},
            }
        return envelope

    def permission_answer(self, status: str) -> Reply:
        """What the person said to Alexa's permission prompt: ACCEPTED, DENIED or NOT_ANSWERED."""
        if status == "ACCEPTED":
            self.apis.permission_granted = True
        envelope = self._envelope("intent_request.json")
        envelope["request"] = {
            "type": "Connections.Response",
            "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
            "timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "locale": self.locale,
            "name": "AskFor",
            "status": {"code": "200", "message": "OK"},
            "token": "reminder",
            "payload": {"permissionScope": REMINDERS_SCOPE, "status": status},
        }
        return self.send(envelope)
