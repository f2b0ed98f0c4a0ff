"""The skill as a web service, over real HTTP: only Alexa's signed, fresh requests get through."""

from __future__ import annotations

import datetime as dt
import io
import ipaddress
import json
import logging
import os
import select
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import RequestEnvelope, Response
from ask_sdk_webservice_support.verifier_constants import CERT_CHAIN_DOMAIN
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from skill.speech import english
from skill.store import SessionStore, open_store, person_key
from tests.support.alexa_signing import (
    CHAIN_URL,
    AlexaKeys,
    LocalChainVerifier,
    make_alexa_keys,
    pem,
    signed_headers,
)
from tests.support.web_client import PERSON, Service, StartService, body_of, call, envelope
from toolkit.simulator.device import Device
from toolkit.web.serve import is_loopback
from toolkit.web.verifiers import VerificationException

REPO = Path(__file__).resolve().parents[2]
OLD = dt.timedelta(seconds=200)
WEB_DB = "web.sqlite3"
WEB_PERSON = "amzn1.ask.account.WEBCHAT"


def heard_safety(store: SessionStore) -> bool:
    return store.load_profile(person_key(PERSON)).heard_safety


def back_pain() -> dict[str, Any]:
    """ "Alexa, ask acupressure helper for back pain": the skill begins with the safety check."""
    request = envelope("intent_request.json")
    request["request"]["intent"] = {"name": "BackPainIntent", "confirmationStatus": "NONE"}
    return request


def said_no(opened: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    """ "No", in the session `opened` began, carrying the attributes of the last `answer`."""
    request = envelope("intent_request.json")
    request["session"].update(
        sessionId=opened["session"]["sessionId"],
        new=False,
        attributes=answer.get("sessionAttributes", {}),
    )
    request["request"]["intent"] = {"name": "AMAZON.NoIntent", "confirmationStatus": "NONE"}
    return request


# --- What gets through --------------------------------------------------------------------


def test_a_signed_launch_is_answered_with_the_welcome(service: Service) -> None:
    reply = service.signed(body_of(envelope()))
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "application/json"
    assert english.WELCOME_NEW in reply.speech
    assert reply.json()["response"]["shouldEndSession"] is False


def test_a_signed_request_reaches_the_skill_and_is_stored(
    service: Service, store: SessionStore
) -> None:
    asked = back_pain()
    reply = service.signed(body_of(asked))
    assert reply.status == 200
    assert "safety check" in reply.speech
    for _ in range(2):  # nothing in the check applies
        reply = service.signed(body_of(said_no(asked, reply.json())))
    assert reply.speech.endswith(english.HOLDER_QUESTION)
    assert heard_safety(store)


def test_a_request_just_inside_the_150_seconds_is_answered(service: Service) -> None:
    reply = service.signed(body_of(envelope(age=dt.timedelta(seconds=140))))
    assert reply.status == 200
    assert english.WELCOME_NEW in reply.speech


def test_the_certificate_chain_is_fetched_once_for_many_requests(service: Service) -> None:
    for _ in range(3):
        assert service.signed(body_of(envelope())).status == 200
    assert service.verifier.downloads == [CHAIN_URL]


# --- What is turned away ------------------------------------------------------------------


def tampered(service: Service, body: bytes) -> tuple[bytes, dict[str, str]]:
    headers = signed_headers(body, service.keys.signing_key)
    return body.replace(b"BackPainIntent", b"AMAZON.HelpIntent"), headers


def stranger(service: Service, body: bytes) -> tuple[bytes, dict[str, str]]:
    return body, signed_headers(body, service.keys.stranger_key)


def unsigned(service: Service, body: bytes) -> tuple[bytes, dict[str, str]]:
    return body, {"Content-Type": "application/json"}


def no_chain_url(service: Service, body: bytes) -> tuple[bytes, dict[str, str]]:
    headers = signed_headers(body, service.keys.signing_key)
    del headers["SignatureCertChainUrl"]
    return body, headers


def garbled_signature(service: Service, body: bytes) -> tuple[bytes, dict[str, str]]:
    headers = signed_headers(body, service.keys.signing_key)
    headers["Signature-256"] = "not*base64!"
    return body, headers


def sha1_signature_only(service: Service, body: bytes) -> tuple[bytes, dict[str, str]]:
    headers = signed_headers(body, service.keys.signing_key)
    headers["Signature"] = headers.pop("Signature-256")
    return body, headers


def chain_url_not_amazons(service: Service, body: bytes) -> tuple[bytes, dict[str, str]]:
    url = "https://s3.amazonaws.com.example.net/echo.api/echo-api-cert-test.pem"
    return body, signed_headers(body, service.keys.signing_key, url)


def chain_not_found(service: Service, body: bytes) -> tuple[bytes, dict[str, str]]:
    url = "https://s3.amazonaws.com/echo.api/missing.pem"
    return body, signed_headers(body, service.keys.signing_key, url)


@pytest.mark.parametrize(
    "forge",
    [
        unsigned,
        tampered,
        stranger,
        no_chain_url,
        garbled_signature,
        sha1_signature_only,
        chain_url_not_amazons,
        chain_not_found,
    ],
)
def test_an_unverified_request_gets_400_and_changes_nothing(
    service: Service, store: SessionStore, forge: Any
) -> None:
    body, headers = forge(service, body_of(back_pain()))
    reply = service.post(body, headers)
    assert reply.status == 400
    assert reply.json() == {"error": "bad request", "reason": "the request could not be verified"}
    assert not heard_safety(store)


@pytest.mark.parametrize("age", [OLD, -OLD], ids=["stale", "from-the-future"])
def test_a_signed_request_outside_150_seconds_gets_400(
    service: Service, store: SessionStore, age: dt.timedelta
) -> None:
    request = back_pain()
    sent = dt.datetime.now(dt.UTC) - age
    request["request"]["timestamp"] = sent.strftime("%Y-%m-%dT%H:%M:%SZ")
    reply = service.signed(body_of(request))
    assert reply.status == 400
    assert not heard_safety(store)


UNREADABLE_TIMES = [
    pytest.param(lambda now: now.strftime("%Y-%m-%dT%H:%M:%S"), id="no-zone"),
    pytest.param(lambda now: now.strftime("%Y-%m-%d"), id="date-only"),
    pytest.param(lambda now: now.strftime("%Y-%m-%dT%H:%M:%S+99:00"), id="offset-99h"),
    pytest.param(lambda now: now.strftime("%Y-%m-%dT%H:%M:%S-24:00"), id="offset-24h"),
]


@pytest.mark.parametrize("verify", [True, False], ids=["verifying", "not-verifying"])
@pytest.mark.parametrize("written", UNREADABLE_TIMES)
def test_a_timestamp_that_is_not_a_moment_gets_400_and_no_traceback(
    start_service: StartService,
    store: SessionStore,
    caplog: pytest.LogCaptureFixture,
    written: Any,
    verify: bool,
) -> None:
    service = start_service(verify=verify)
    request = back_pain()
    request["request"]["timestamp"] = written(dt.datetime.now(dt.UTC))
    with caplog.at_level(logging.DEBUG):
        reply = service.signed(body_of(request))
    assert reply.status == 400
    assert reply.json() == {
        "error": "bad request",
        "reason": "the request's timestamp is not a time with a zone",
    }
    assert not heard_safety(store)
    assert [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info] == []


def test_a_signed_request_for_another_skill_gets_400(service: Service, store: SessionStore) -> None:
    request = back_pain()
    other = {"applicationId": "amzn1.ask.skill.11111111-1111-1111-1111-111111111111"}
    request["session"]["application"] = other
    request["context"]["System"]["application"] = other
    reply = service.signed(body_of(request))
    assert reply.status == 400
    assert not heard_safety(store)


def test_without_a_configured_skill_id_any_skill_id_is_answered(
    start_service: StartService,
) -> None:
    service = start_service(skill_id=None)
    request = envelope()
    request["context"]["System"]["application"] = {"applicationId": "amzn1.ask.skill.other"}
    assert service.signed(body_of(request)).status == 200


def _forger_with_an_authority_of_their_own(keys: AlexaKeys) -> tuple[bytes, rsa.RSAPrivateKey]:
    forger = make_alexa_keys()
    return forger.chain, forger.signing_key


@pytest.mark.parametrize(
    "chain_and_key",
    [
        pytest.param(_forger_with_an_authority_of_their_own, id="untrusted-root"),
        pytest.param(lambda keys: (pem(keys.signing), keys.signing_key), id="no-intermediate"),
        pytest.param(
            lambda keys: (keys.chain_signed_for("example.com"), keys.signing_key),
            id="not-for-alexa",
        ),
        pytest.param(
            lambda keys: (
                keys.chain_signed_for(CERT_CHAIN_DOMAIN, valid_for=dt.timedelta(minutes=-1)),
                keys.signing_key,
            ),
            id="expired",
        ),
        pytest.param(lambda keys: (b"not a certificate", keys.signing_key), id="garbage"),
        pytest.param(lambda keys: (b"", keys.signing_key), id="empty"),
    ],
)
def test_a_chain_that_does_not_prove_alexa_gets_400(
    start_service: StartService, alexa_keys: AlexaKeys, chain_and_key: Any
) -> None:
    chain, key = chain_and_key(alexa_keys)
    service = start_service(chains={CHAIN_URL: chain})
    assert service.signed(body_of(envelope()), key).status == 400


MALFORMED = [
    b"",
    b"{",
    b"[]",
    b"null",
    b'"LaunchRequest"',
    b"\xff\xfe\x00{}",
    b'{"version": "1.0"}',
    b'{"version": "1.0", "request": 5}',
    b'{"version": "1.0", "request": {"type": "NoSuchRequest"}}',
    b"[" * 100_000,
]


@pytest.mark.parametrize("verify", [True, False], ids=["verifying", "not-verifying"])
@pytest.mark.parametrize("body", MALFORMED, ids=lambda body: repr(body[:40]))
def test_a_body_that_is_not_an_alexa_request_gets_400(
    start_service: StartService, body: bytes, verify: bool
) -> None:
    service = start_service(verify=verify)
    reply = service.signed(body)
    assert reply.status == 400
    assert reply.json() == {"error": "bad request", "reason": "the body is not an Alexa request"}


def test_a_huge_body_is_refused_without_reading_it(service: Service) -> None:
    reply = service.post(b"{" + b" " * 300_000 + b"}", {"Content-Type": "application/json"})
    assert reply.status == 413
    assert reply.json() == {"error": "request entity too large"}


# --- The other routes, and faults ---------------------------------------------------------


def test_get_on_the_alexa_endpoint_is_405(service: Service) -> None:
    reply = call(service.url)
    assert reply.status == 405
    assert "POST" in reply.headers["Allow"]
    assert reply.json() == {"error": "method not allowed"}


def test_health_is_ok(service: Service) -> None:
    reply = call(service.url + "health")
    assert reply.status == 200
    assert reply.json() == {"status": "ok"}


def test_an_unknown_path_is_404_in_json(service: Service) -> None:
    reply = call(service.url + "admin")
    assert reply.status == 404
    assert reply.json() == {"error": "not found"}


class _BrokenHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        raise RuntimeError("a fault inside the skill")


def _skill_without_fault_handler() -> CustomSkill:
    builder = CustomSkillBuilder()
    builder.add_request_handler(_BrokenHandler())
    return builder.create()


def test_a_fault_inside_the_skill_is_a_spoken_apology_not_a_500(
    start_service: StartService,
) -> None:
    service = start_service(skill=_skill_without_fault_handler())
    reply = service.signed(body_of(envelope()))
    assert reply.status == 200
    assert reply.speech == english.SORRY
    assert reply.json()["response"]["shouldEndSession"] is True
    assert b"RuntimeError" not in reply.body


# --- The certificate URL rules, through the verifier --------------------------------------

GOOD_URLS = [
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
    "HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem",
]
BAD_URLS = [
    "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://notamazon.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com.example.net/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com@example.net/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
    "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:80/echo.api/echo-api-cert.pem",
    "ftp://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "",
    # Dot segments hidden by percent-encoding: a server that decodes them serves another folder.
    "https://s3.amazonaws.com/echo.api/%2e%2e/other/cert.pem",
    "https://s3.amazonaws.com/echo.api/%2E%2E/invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/.%2e/other/cert.pem",
    "https://s3.amazonaws.com/echo.api%2f..%2fother/cert.pem",
]


@pytest.fixture
def verifier_for_every_url(alexa_keys: AlexaKeys) -> LocalChainVerifier:
    """A chain is there for every URL, so only the URL rules can turn one away."""
    chains = {url: alexa_keys.chain for url in GOOD_URLS + BAD_URLS}
    return LocalChainVerifier(chains, alexa_keys.root_der)


def _check(verifier: LocalChainVerifier, keys: AlexaKeys, url: str) -> None:
    text = json.dumps(envelope())
    headers = signed_headers(text.encode(), keys.signing_key, url)
    parsed = DefaultSerializer().deserialize(text, RequestEnvelope)
    verifier.verify(headers, text, parsed)


@pytest.mark.parametrize("url", GOOD_URLS)
def test_alexa_certificate_urls_are_accepted(
    verifier_for_every_url: LocalChainVerifier, alexa_keys: AlexaKeys, url: str
) -> None:
    _check(verifier_for_every_url, alexa_keys, url)
    assert verifier_for_every_url.downloads == [url]


@pytest.mark.parametrize("url", BAD_URLS)
def test_other_certificate_urls_are_refused_before_any_download(
    verifier_for_every_url: LocalChainVerifier, alexa_keys: AlexaKeys, url: str
) -> None:
    with pytest.raises(VerificationException):
        _check(verifier_for_every_url, alexa_keys, url)
    assert verifier_for_every_url.downloads == []


# --- `acupressure-helper serve` -----------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.0.2.1", False),
        ("128.0.0.1", False),
        ("localhost.example.net", False),
        ("", False),
    ],
)
def test_which_hosts_count_as_this_computer_only(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def _serve(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "toolkit.web.serve", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"SKILL_ID", "SESSIONS_TABLE"}}
    env["LOG_LEVEL"] = "WARNING"
    return env


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Any]:
    """Starts `acupressure-helper serve` with args; gives back its URL once it listens."""
    started: list[subprocess.Popen[str]] = []

    def start(*args: str) -> str:
        process = _serve(
            *args, "--port", "0", "--db", str(tmp_path / "web.sqlite3"), env=_clean_env()
        )
        started.append(process)
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 20)
        line = process.stdout.readline() if ready else ""
        assert "listening on" in line, process.stderr.read() if process.stderr else line
        return line.split("listening on ")[1].split()[0]

    yield start
    for process in started:
        process.terminate()
        process.communicate(timeout=10)


def _over_http(url: str) -> Any:
    def handler(request: dict[str, Any], context: Any) -> dict[str, Any]:
        reply = call(url, "POST", body_of(request), {"Content-Type": "application/json"})
        assert reply.status == 200, reply.body
        answer: dict[str, Any] = reply.json()
        return answer

    return handler


CONVERSATION = [
    "Alexa, open acupressure helper",
    "yes",
    "no",
    "no",
    "I'll do it myself",
    "next",
    "I found it",
    "one minute",
]


@pytest.mark.slow  # the service started in a process of its own
def test_no_verify_on_loopback_serves_a_whole_conversation(serve: Any, tmp_path: Path) -> None:
    url = serve("--no-verify", "--host", "127.0.0.1")
    out = io.StringIO()
    Device(_over_http(url), out=out, user_id=WEB_PERSON, speed=100_000).run(CONVERSATION)
    printed = out.getvalue()
    said = [line for line in printed.splitlines() if line.startswith("Alexa: ")]
    assert len(said) == 8
    assert english.WELCOME_NEW in said[0]
    assert said[3].endswith(english.HOLDER_QUESTION)
    assert "Sit, or lie on your back" in said[4]
    assert "How long would you like to hold it?" in said[6]
    assert "1 minute it is." in said[7]
    # The hold's playback events went over HTTP too, through to the closing.
    assert "Well done" in printed
    kept = open_store(tmp_path / WEB_DB)
    assert kept.load_profile(person_key(WEB_PERSON)).heard_safety
    [hold] = kept.recent_holds(person_key(WEB_PERSON))
    assert (hold.status, hold.held_seconds) == ("completed", 60)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.1", "::"])
def test_no_verify_refuses_any_address_but_loopback(host: str) -> None:
    process = _serve("--no-verify", "--host", host, "--port", "0", env=_clean_env())
    out, err = process.communicate(timeout=20)
    assert process.returncode == 2
    assert "listening" not in out
    assert f"only listens on this computer (127.0.0.1, ::1 or localhost), not on {host}" in err


def _server_certificate(directory: Path) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    certfile, keyfile = directory / "server.pem", directory / "server.key"
    certfile.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return certfile, keyfile


@pytest.mark.slow  # the service started in a process of its own
def test_serve_over_https_verifies_by_default(serve: Any, tmp_path: Path) -> None:
    certfile, keyfile = _server_certificate(tmp_path)
    url = serve("--certfile", str(certfile), "--keyfile", str(keyfile))
    assert url.startswith("https://127.0.0.1:")
    tls = ssl.create_default_context(cafile=str(certfile))
    assert call(url + "health", tls=tls).json() == {"status": "ok"}
    unsigned = call(url, "POST", body_of(envelope()), {"Content-Type": "application/json"}, tls=tls)
    assert unsigned.status == 400
