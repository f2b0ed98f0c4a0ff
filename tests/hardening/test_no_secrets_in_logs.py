"""Nothing the skill logs or prints names the person or carries their tokens.

A whole conversation and hold runs through `lambda_handler` on DynamoDB, with every
kind of trouble the skill logs about: a store out of reach, Alexa's APIs out of reach,
an unreadable envelope, a failing handler, a session ended in error. Then the web service
answers a conversation over HTTP and turns away unsigned requests. Every log record (at
DEBUG, every library's) and everything written to standard output and error is searched
for the person's Alexa userId, API access token, consent token and linked-account tokens.
"""

from __future__ import annotations

import http.client
import json
import logging
from typing import Any
from urllib.parse import urlsplit

import pytest

from bench.device_player import play_through
from bench.envelopes import template
from bench.person import Person
from bench.script import full_session
from skill import lambda_function
from skill.alexa.reminders import REMINDERS_SCOPE
from skill.handlers.way.hold_length import HoldLengthHandler
from skill.lambda_function import lambda_handler
from tests.hardening.conftest import serve
from tests.hardening.http_person import HttpDevice
from toolkit.web.app import create_app

pytestmark = pytest.mark.slow

USER_ID = "amzn1.ask.account.SECRET-PERSON-5d1f0c"
SECRETS = {
    "userId": USER_ID,
    "apiAccessToken": "SECRET-API-ACCESS-TOKEN-93be",
    "consentToken": "SECRET-CONSENT-TOKEN-4a71",
    "accessToken": "SECRET-LINKED-ACCOUNT-TOKEN-2c08",
    "personAccessToken": "SECRET-PERSON-ACCESS-TOKEN-e6d2",
    # Alexa's own words about an error can quote what the person said.
    "errorMessage": "SECRET-ALEXA-ERROR-TEXT-7f3a",
}
UNREACHABLE_DYNAMODB = "http://127.0.0.1:9"


def with_secrets(envelope: dict[str, Any]) -> dict[str, Any]:
    """The envelope as Alexa sends it for a person who granted permissions and linked an account."""
    system = envelope["context"]["System"]
    system["apiAccessToken"] = SECRETS["apiAccessToken"]
    system["person"] = {
        "personId": "amzn1.ask.person.SECRET",
        "accessToken": SECRETS["personAccessToken"],
    }
    users = [system["user"]]
    if isinstance(envelope.get("session"), dict):
        users.append(envelope["session"]["user"])
    for user in users:
        user["userId"] = USER_ID
        user["accessToken"] = SECRETS["accessToken"]
        user["permissions"] = {
            "consentToken": SECRETS["consentToken"],
            "scopes": {REMINDERS_SCOPE: {"status": "GRANTED"}},
        }
    return envelope


def to_lambda(envelope: dict[str, Any]) -> dict[str, Any]:
    return lambda_handler(with_secrets(envelope), None)


@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="skill")
    return caplog


def _trouble(person: Person) -> None:
    """Requests that make the skill log warnings and faults."""
    person.launch()
    person.say("RemindDailyIntent", time="08:00")  # Alexa's APIs are out of reach
    person.say("ProgressIntent")
    person.say("NoSuchIntent", anything="my secret words")
    broken = with_secrets(template("launch_request.json"))
    del broken["request"]
    lambda_handler(broken, None)  # unreadable
    person.say("AMAZON.HelpIntent")
    ended = template("session_ended_request.json")
    ended["request"].update(
        reason="ERROR", error={"type": "INVALID_RESPONSE", "message": SECRETS["errorMessage"]}
    )
    to_lambda(ended)


def _failing_handler(person: Person, monkeypatch: pytest.MonkeyPatch) -> None:
    """A handler that fails (logged with its traceback)."""

    def broken(self: object, handler_input: object) -> None:
        raise TypeError("a fault in a handler")

    person.launch()
    person.say("AMAZON.YesIntent")
    with monkeypatch.context() as patch:
        patch.setattr(HoldLengthHandler, "handle", broken)
        person.attributes["journey"] = {"stage": "length"}
        person.say("HoldLengthIntent", minutes="12")


@pytest.mark.usefixtures("in_lambda")
def test_no_log_line_names_the_person_or_carries_a_token(
    table: str,
    everything_logged: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    person = Person(to_lambda, USER_ID)
    full_session(person)
    full_session(person)  # a returning person: their usual hold, and a reminder offered
    _trouble(person)
    _failing_handler(person, monkeypatch)
    skill_disabled = template("audio_player_event.json")
    skill_disabled["request"] = {
        "type": "AlexaSkillEvent.SkillDisabled",
        "requestId": "amzn1.echo-api.request.disabled",
        "timestamp": "2026-11-23T18:00:00Z",
        "body": {"userInformationPersistenceStatus": "NOT_PERSISTED"},
    }
    to_lambda(skill_disabled)

    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", UNREACHABLE_DYNAMODB)
    lambda_function.reset()
    out_of_reach = Person(to_lambda, USER_ID)
    out_of_reach.launch()
    out_of_reach.say("AMAZON.YesIntent")
    out_of_reach.say("SelfHoldIntent")
    out_of_reach.say("FoundItIntent")
    play_through(out_of_reach, out_of_reach.say("HoldLengthIntent", minutes="5"))

    lambda_function.reset()
    with serve(create_app(verify=False)) as url:
        device = HttpDevice(url)
        web = Person(lambda envelope: device.send(with_secrets(envelope)), USER_ID)
        web.launch()
        web.say("AMAZON.HelpIntent")
        device.close()
    with serve(create_app(verify=True)) as url:
        _unsigned(url)

    printed = capfd.readouterr()
    logged = everything_logged.text
    # The capture saw the trouble it should have: the search below means something.
    assert "request: LaunchRequest" in logged
    assert "request failed: TypeError" in logged
    assert "request turned away: the body is not an Alexa request" in logged
    assert "request turned away" in logged
    assert "session ended: ERROR (INVALID_RESPONSE)" in logged
    assert "StoreFaults" in printed.out
    for name, secret in SECRETS.items():
        for where, text in (("log", logged), ("stdout", printed.out), ("stderr", printed.err)):
            assert secret not in text, f"the {name} appears in {where}"


def _unsigned(url: str) -> None:
    """Requests without Alexa's signature, or with a certificate URL of the wrong kind."""
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    body = json.dumps(with_secrets(template("launch_request.json"))).encode()
    for headers in (
        {},
        {"Signature": "c2lnbmF0dXJl", "SignatureCertChainUrl": "http://127.0.0.1:9/cert.pem"},
    ):
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        try:
            connection.request("POST", "/", body, {"Content-Type": "application/json", **headers})
            response = connection.getresponse()
            response.read()
            assert response.status == 400
        finally:
            connection.close()
