"""One log line per request, naming what arrived and never who sent it."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput

log = logging.getLogger("skill.requests")


class RequestLogger(AbstractRequestInterceptor):
    def process(self, handler_input: HandlerInput) -> None:
        request = handler_input.request_envelope.request
        intent = getattr(getattr(request, "intent", None), "name", None)
        log.info(
            "request: %s%s", getattr(request, "object_type", None), f" {intent}" if intent else ""
        )
