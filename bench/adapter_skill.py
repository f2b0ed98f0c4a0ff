"""The skill a developer would write instead: the ASK SDK with its DynamoDB persistence adapter.

`ask-sdk-dynamodb-persistence-adapter` used as the SDK's guide to skill attributes shows:
a `DynamoDbAdapter` on the table (partition key "id", the person's user id, one item of
attributes each), given to `CustomSkillBuilder(persistence_adapter=...)`; each handler
reads `attributes_manager.persistent_attributes` (one GetItem), changes them and calls
`save_persistent_attributes()` (one PutItem). So every turn reads and writes, where the
bare baseline (`bench.baseline_skill`) only reads. Handlers, answers and wiring are the
bare baseline's, so the same envelopes run through all three skills.
"""

from __future__ import annotations

import os
from decimal import Decimal

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_core.utils import is_request_type, request_util
from ask_sdk_dynamodb.adapter import DynamoDbAdapter
from ask_sdk_model import Response

from bench.adapter_table import PARTITION_KEY, TABLE_SETTING
from bench.baseline_skill import WELCOME, LambdaEntry, okay


def _note_the_turn(handler_input: HandlerInput) -> None:
    """Read the person's attributes, count this turn in them, save them back."""
    manager = handler_input.attributes_manager
    attributes = manager.persistent_attributes
    turns = attributes.get("turns", 0)  # a Decimal, as DynamoDB's numbers come back
    attributes["turns"] = (turns if isinstance(turns, int | Decimal) else 0) + 1
    attributes["last_request"] = request_util.get_request_type(handler_input)
    manager.save_persistent_attributes()


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("LaunchRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        _note_the_turn(handler_input)
        builder = handler_input.response_builder
        response: Response = builder.speak(WELCOME).ask(WELCOME).response
        return response


class AnyRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:  # noqa: ARG002 - the SDK's signature
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        _note_the_turn(handler_input)
        return okay(handler_input)


def make_skill() -> CustomSkill:
    # The adapter's default DynamoDB resource, which it builds when it is imported.
    adapter = DynamoDbAdapter(
        table_name=os.environ[TABLE_SETTING], partition_key_name=PARTITION_KEY
    )
    builder = CustomSkillBuilder(persistence_adapter=adapter)
    builder.add_request_handler(LaunchHandler())
    builder.add_request_handler(AnyRequestHandler())
    return builder.create()


lambda_handler = LambdaEntry(make_skill)
reset = lambda_handler.reset
