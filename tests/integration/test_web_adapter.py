"""The web service on flask-ask-sdk, and the checks it runs that the SDK's own would let by."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from flask_ask_sdk.skill_adapter import SkillAdapter

from skill.speech import english
from tests.integration.test_web import _skill_without_fault_handler, back_pain, heard_safety
from tests.support.alexa_signing import AlexaKeys, LocalChainVerifier, signed_headers
from tests.support.web_client import Service, StartService, body_of, envelope
from toolkit.web.verifiers import CHAIN_CACHE_SIZE, VerificationException


def _no_tracebacks(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]


def test_every_request_to_alexas_endpoint_goes_through_the_adapter(
    start_service: StartService, monkeypatch: pytest.MonkeyPatch
) -> None:
    dispatched: list[int] = []
    dispatch = SkillAdapter.dispatch_request

    def spy(adapter: SkillAdapter) -> Any:
        answer = dispatch(adapter)
        dispatched.append(answer.status_code)
        return answer

    monkeypatch.setattr(SkillAdapter, "dispatch_request", spy)
    service = start_service()
    reply = service.signed(body_of(envelope()))
    assert reply.status == 200
    assert english.WELCOME_NEW in reply.speech
    assert dispatched == [200]


def test_a_forged_request_is_our_400_with_no_traceback(
    service: Service, caplog: pytest.LogCaptureFixture
) -> None:
    body = body_of(back_pain())
    with caplog.at_level(logging.DEBUG):
        reply = service.post(body, signed_headers(body, service.keys.stranger_key))
    assert reply.status == 400
    assert reply.json() == {"error": "bad request", "reason": "the request could not be verified"}
    assert _no_tracebacks(caplog) == []


def test_a_fault_in_the_skill_is_an_apology_logged_in_one_line(
    start_service: StartService, caplog: pytest.LogCaptureFixture
) -> None:
    service = start_service(skill=_skill_without_fault_handler())
    with caplog.at_level(logging.DEBUG):
        reply = service.signed(body_of(envelope()))
    assert reply.status == 200
    assert reply.speech == english.SORRY
    assert _no_tracebacks(caplog) == []
    faults = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(faults) == 1
    assert "RuntimeError" in faults[0]


NOT_AS_ALEXA_WRITES_IT: list[Callable[[dt.datetime], str]] = [
    lambda now: now.strftime("%b %d %Y %I:%M:%S%p UTC"),  # "Dec 04 2026 02:30:00PM UTC"
    lambda now: now.strftime("%a, %d %b %Y %H:%M:%S +0000"),  # RFC 2822
    lambda now: now.strftime("%Y-%m-%d %H:%M:%SZ"),  # a space for the T
    lambda now: now.strftime("%Y%m%dT%H%M%SZ"),  # ISO 8601's basic form
    lambda now: now.strftime("%Y-%m-%dT%H:%M:%S+0000"),  # an offset without its colon
]


@pytest.mark.parametrize("verify", [True, False], ids=["verifying", "not-verifying"])
@pytest.mark.parametrize(
    "written", NOT_AS_ALEXA_WRITES_IT, ids=["us", "rfc2822", "space", "basic", "+0000"]
)
def test_a_fresh_timestamp_not_written_as_alexa_writes_it_gets_400(
    start_service: StartService, store: Any, written: Any, verify: bool
) -> None:
    service = start_service(verify=verify)
    request = back_pain()
    request["request"]["timestamp"] = written(dt.datetime.now(dt.UTC))
    reply = service.signed(body_of(request))
    assert reply.status == 400
    assert reply.json()["reason"] == "the request's timestamp is not a time with a zone"
    assert not heard_safety(store)


@pytest.mark.parametrize(
    "written", ["%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%S+00:00"]
)
def test_alexas_own_timestamps_are_answered(service: Service, written: str) -> None:
    request = envelope()
    request["request"]["timestamp"] = dt.datetime.now(dt.UTC).strftime(written)
    assert service.signed(body_of(request)).status == 200


ODD_URLS = [
    "https://user@s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://user:secret@s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://@s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem?versionId=1",
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem#part",
    "https://s3.amazonaws.com:/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/echo api-cert.pem",
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem;type=a",
    "https://s3.amazonaws.com/echo.api\\..\\other/cert.pem",
]


@pytest.mark.parametrize("url", ODD_URLS)
def test_certificate_urls_with_oddities_are_refused_before_any_download(
    alexa_keys: AlexaKeys, url: str
) -> None:
    verifier = LocalChainVerifier({url: alexa_keys.chain}, alexa_keys.root_der)
    text = json.dumps(envelope())
    headers = signed_headers(text.encode(), alexa_keys.signing_key, url)
    with pytest.raises(VerificationException):
        verifier.verify(headers, text, DefaultSerializer().deserialize(text, RequestEnvelope))
    assert verifier.downloads == []


def test_the_certificate_cache_keeps_only_the_latest_few_dozen(alexa_keys: AlexaKeys) -> None:
    urls = [f"https://s3.amazonaws.com/echo.api/cert-{n}.pem" for n in range(CHAIN_CACHE_SIZE * 3)]
    verifier = LocalChainVerifier(dict.fromkeys(urls, alexa_keys.chain), alexa_keys.root_der)
    text = json.dumps(envelope())
    parsed = DefaultSerializer().deserialize(text, RequestEnvelope)
    first = urls[0]
    for url in urls:
        verifier.verify(signed_headers(text.encode(), alexa_keys.signing_key, url), text, parsed)
        # The first chain, used again and again, stays; the others come and go.
        verifier.verify(signed_headers(text.encode(), alexa_keys.signing_key, first), text, parsed)
    assert verifier.cached_chains == CHAIN_CACHE_SIZE
    assert verifier.downloads.count(first) == 1
    assert len(verifier.downloads) == len(urls)
