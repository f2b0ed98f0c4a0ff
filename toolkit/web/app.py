"""The skill as a web service, on flask-ask-sdk: Alexa POSTs each request to `/`.

`/health` is for load balancers. flask-ask-sdk's `SkillAdapter` serves `/`: it reads the
body, runs the verifiers it is given, invokes the skill and answers the skill's JSON.
Where version 1.0.0 falls short, this module steps in, each piece beside what it mends:

- The front door runs first, in a `before_request`: the adapter answers 500 to a body it
  cannot parse, and the SDK's timestamp parser takes forms Alexa never sends.
- Each of our checks is wrapped so that its failure is one log line and our JSON 400 with a
  reason: the adapter logs a failed verification with a traceback and answers a fixed text.
- The skill the adapter invokes answers any fault of its own with a spoken apology: the
  adapter logs an SDK fault with a traceback and answers 500, and Alexa must always get an
  answer it can speak.
- The adapter's own verifiers are switched off by its app config; ours (toolkit/web/
  verifiers.py) are passed in: the SDK's fail open on faults they do not expect.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Sequence
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import RequestEnvelope, ResponseEnvelope
from flask import Flask, Response, abort, jsonify, request
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response as HttpResponse

from skill.front_door import RefusedError, admit
from skill.lambda_function import fallback_answer, load_every_handler, make_skill
from toolkit.web.refusals import BAD_REQUEST, refusal
from toolkit.web.verifiers import (
    AbstractVerifier,
    AlexaSignatureVerifier,
    TimestampVerifier,
    VerificationException,
    has_readable_time,
)

# After toolkit.web.verifiers, which lets oscrypto (under the SDK's verifier) import.
from flask_ask_sdk.skill_adapter import (  # isort: skip
    VERIFY_SIGNATURE_APP_CONFIG,
    VERIFY_TIMESTAMP_APP_CONFIG,
    SkillAdapter,
)

log = logging.getLogger(__name__)

# Alexa's requests are a few kilobytes.
MAX_REQUEST_BYTES = 256 * 1024
# The Flask endpoint the adapter serves Alexa's requests on.
ALEXA_ENDPOINT = "alexa"
NOT_VERIFIED = "the request could not be verified"
UNREADABLE_TIME = "the request's timestamp is not a time with a zone"


def _refuse(reason: str) -> Response:
    answer = jsonify(refusal(reason))
    answer.status_code = BAD_REQUEST
    return answer


class _AnsweringCheck(AbstractVerifier):
    """One of our checks as the adapter runs it, failing with our JSON 400, not the SDK's.

    A failure leaves through Flask's `abort` with the answer in hand: not a
    VerificationException, which the adapter would log with a traceback and answer with a
    fixed text. A check that breaks is a check that failed.
    """

    def __init__(self, check: AbstractVerifier) -> None:
        self._check = check

    def verify(
        self,
        headers: dict[str, Any],
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        try:
            self._check.verify(headers, serialized_request_env, deserialized_request_env)
        except VerificationException as error:
            log.warning("request turned away: %s", error)
            abort(_refuse(NOT_VERIFIED))
        except Exception as error:
            log.warning("request turned away: a check failed with %s", type(error).__name__)
            abort(_refuse(NOT_VERIFIED))


class _ApologisingSkill(CustomSkill):
    """The skill, answering any fault with a spoken apology inside `invoke`.

    The adapter would log an SDK fault (AskSdkException) with a traceback and answer 500.
    Everything else is read from the skill itself: its configuration is shared, not copied.
    """

    def __init__(self, skill: CustomSkill) -> None:  # not CustomSkill's: nothing to configure
        self._skill = skill

    def __getattr__(self, name: str) -> Any:
        return getattr(self._skill, name)

    def invoke(self, request_envelope: RequestEnvelope, context: Any) -> ResponseEnvelope:
        try:
            answer: ResponseEnvelope = self._skill.invoke(request_envelope, context)
        except Exception as error:
            where = traceback.extract_tb(error.__traceback__)[-1]
            log.error(  # one line: the fault and where it was, never the envelope
                "the skill could not answer: %s at %s:%s",
                type(error).__name__,
                where.filename,
                where.lineno,
            )
            request_type = getattr(request_envelope.request, "object_type", None)
            apology = json.dumps(fallback_answer(request_type))
            answer = self._skill.serializer.deserialize(apology, ResponseEnvelope)
        return answer


def _front_door(skill_id: str | None) -> Response | None:
    """Turns away a request the adapter cannot read or should not hear, with our JSON 400."""
    if request.endpoint != ALEXA_ENDPOINT:
        return None
    body = request.get_data()  # kept: the adapter reads the same bytes
    try:
        admit(body, skill_id)
    except RefusedError as refused:
        log.warning("request turned away: %s", refused.reason)
        return _refuse(refused.reason)
    # Before the SDK reads the timestamp: it takes forms Alexa never sends.
    if not has_readable_time(body):
        log.warning("request turned away: %s", UNREADABLE_TIME)
        return _refuse(UNREADABLE_TIME)
    return None


def create_app(
    *,
    verify: bool = True,
    skill_id: str | None = None,
    skill: CustomSkill | None = None,
    signature_verifier: AbstractVerifier | None = None,
) -> Flask:
    """The web service. `verify=False` skips the signature and timestamp checks (local tests only).

    `skill` defaults to the skill as Lambda runs it; `signature_verifier` to Alexa's own check.
    """
    if skill is None:
        skill = make_skill()
    load_every_handler()  # a service lives long: no first request waits on an import
    checks: Sequence[AbstractVerifier] = (
        [TimestampVerifier(), signature_verifier or AlexaSignatureVerifier()] if verify else []
    )

    app = Flask(__name__)
    app.config.update(
        {
            "MAX_CONTENT_LENGTH": MAX_REQUEST_BYTES,
            # Off: the SDK's own checks, in place of which ours are passed in.
            VERIFY_SIGNATURE_APP_CONFIG: False,
            VERIFY_TIMESTAMP_APP_CONFIG: False,
        }
    )
    app.before_request(lambda: _front_door(skill_id))
    adapter = SkillAdapter(
        skill=_ApologisingSkill(skill),
        skill_id=skill_id,
        verifiers=[_AnsweringCheck(check) for check in checks],
        app=app,
    )
    adapter.register(app, "/", endpoint=ALEXA_ENDPOINT)

    @app.get("/health")
    def health() -> Response:
        return jsonify(status="ok")

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> HttpResponse:
        response = error.get_response()
        response.set_data(json.dumps({"error": (error.name or "error").lower()}))
        response.content_type = "application/json"
        return response

    @app.errorhandler(Exception)
    def fault(error: Exception) -> tuple[Response, int]:
        log.error("the service failed: %s", type(error).__name__)
        if request.endpoint == ALEXA_ENDPOINT:
            return jsonify(fallback_answer(None)), 200
        return jsonify(error="internal server error"), 500

    return app
