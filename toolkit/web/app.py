"""The skill as a web service: Alexa POSTs each request to `/`; `/health` is for load balancers.

A request that is not JSON, not an Alexa request, or fails a check (signature, timestamp,
skill id) gets HTTP 400 with a short JSON reason. Whatever goes wrong after that is the
service's fault, so Alexa still gets a valid answer: a short apology.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill
from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response as HttpResponse

from skill.front_door import RefusedError, admit
from skill.lambda_function import fallback_answer, make_skill
from toolkit.web.verifiers import (
    AbstractVerifier,
    AlexaSignatureVerifier,
    TimestampVerifier,
    VerificationException,
    has_readable_time,
)

log = logging.getLogger(__name__)

# Alexa's requests are a few kilobytes.
MAX_REQUEST_BYTES = 256 * 1024


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]


def refusal(reason: str) -> Answer:
    return Answer(400, {"error": "bad request", "reason": reason})


class AlexaEndpoint:
    """Reads one request, runs it through every check, and gives it to the skill."""

    def __init__(
        self,
        skill: CustomSkill,
        verifiers: Sequence[AbstractVerifier],
        skill_id: str | None = None,
    ) -> None:
        self._skill = skill
        self._skill_id = skill_id
        self._verifiers = list(verifiers)
        self._serializer = DefaultSerializer()

    def answer(self, headers: dict[str, Any], body: bytes) -> Answer:
        try:
            envelope = admit(body, self._skill_id)
        except RefusedError as refused:
            log.warning("request turned away: %s", refused.reason)
            return refusal(refused.reason)
        text = body.decode("utf-8")  # admitted, so it is UTF-8
        if not has_readable_time(envelope):
            return refusal("the request's timestamp is not a time with a zone")
        try:
            for verifier in self._verifiers:
                verifier.verify(headers, text, envelope)
        except VerificationException as error:
            log.warning("request turned away: %s", error)
            return refusal("the request could not be verified")
        except Exception as error:  # a check that broke is a check that failed
            log.warning("request turned away: a check failed with %s", type(error).__name__)
            return refusal("the request could not be verified")
        try:
            response = self._skill.invoke(request_envelope=envelope, context=None)
            answer = self._serializer.serialize(response)
        except Exception as error:
            log.error("the skill could not answer: %s", type(error).__name__, exc_info=error)
            return Answer(200, fallback_answer(getattr(envelope.request, "object_type", None)))
        assert isinstance(answer, dict)
        return Answer(200, answer)


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
    verifiers: list[AbstractVerifier] = []
    if verify:
        verifiers.append(TimestampVerifier())
        verifiers.append(signature_verifier or AlexaSignatureVerifier())
    endpoint = AlexaEndpoint(skill, verifiers, skill_id)

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES

    @app.post("/")
    def alexa() -> tuple[Response, int]:
        answer = endpoint.answer(dict(request.headers), request.get_data(cache=False))
        return jsonify(answer.body), answer.status

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
        log.error("the service failed: %s", type(error).__name__, exc_info=error)
        if request.method == "POST" and request.path == "/":
            return jsonify(fallback_answer(None)), 200
        return jsonify(error="internal server error"), 500

    return app
