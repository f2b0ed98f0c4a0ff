"""The bare skill the benchmarks compare against: the ASK SDK, one DynamoDB read, a sentence.

It is wired the way the skill's own Lambda entry is (the skill built once per container,
the DynamoDB client made on first use) and reads one item per request, so that what the
skill costs beyond it is the skill's own work. It answers every request, so the same
scripts run through both: speech for launches and intents, an empty answer for device
events, which may not carry speech.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import boto3
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_core.utils import is_request_type, request_util
from ask_sdk_model import RequestEnvelope, Response

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

WELCOME = "Welcome. Shall we begin?"
OKAY = "Okay."


class _Client:
    """The DynamoDB client, made on first use."""

    def __init__(self) -> None:
        self._client: DynamoDBClient | None = None

    def __call__(self) -> DynamoDBClient:
        if self._client is None:
            region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
            self._client = boto3.client("dynamodb", region_name=region or "us-east-1")
        return self._client


def _read_profile(client: _Client, handler_input: HandlerInput) -> None:
    """The one read per request: the person's profile item."""
    user_id = str(request_util.get_user_id(handler_input) or "")
    person = hashlib.sha256(user_id.encode("utf-8")).hexdigest()
    client().get_item(
        TableName=os.environ["SESSIONS_TABLE"],
        Key={"pk": {"S": f"USER#{person}"}, "sk": {"S": "PROFILE"}},
    )


class LaunchHandler(AbstractRequestHandler):
    def __init__(self, client: _Client) -> None:
        self._client = client

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("LaunchRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        _read_profile(self._client, handler_input)
        builder = handler_input.response_builder
        response: Response = builder.speak(WELCOME).ask(WELCOME).response
        return response


class AnyRequestHandler(AbstractRequestHandler):
    def __init__(self, client: _Client) -> None:
        self._client = client

    def can_handle(self, handler_input: HandlerInput) -> bool:  # noqa: ARG002 - the SDK's signature
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        _read_profile(self._client, handler_input)
        return okay(handler_input)


def okay(handler_input: HandlerInput) -> Response:
    """A short word for a person's intent; nothing for anything else (a device's report)."""
    builder = handler_input.response_builder
    if handler_input.request_envelope.session is not None and is_request_type("IntentRequest")(
        handler_input
    ):
        builder.speak(OKAY).set_should_end_session(False)
    response: Response = builder.response
    return response


def make_skill() -> CustomSkill:
    client = _Client()
    builder = CustomSkillBuilder()
    builder.add_request_handler(LaunchHandler(client))
    builder.add_request_handler(AnyRequestHandler(client))
    return builder.create()


class LambdaEntry:
    """A skill built on first use, answering Lambda's events as skill/lambda_function.py does."""

    def __init__(self, make: Callable[[], CustomSkill]) -> None:
        self._make = make
        self._skill: CustomSkill | None = None
        self._serializer = DefaultSerializer()

    def reset(self) -> None:
        self._skill = None

    def __call__(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        if self._skill is None:
            self._skill = self._make()
        envelope = self._serializer.deserialize(json.dumps(event), RequestEnvelope)
        response = self._skill.invoke(request_envelope=envelope, context=context)
        answer = self._serializer.serialize(response)
        assert isinstance(answer, dict)
        return answer


lambda_handler = LambdaEntry(make_skill)
reset = lambda_handler.reset
