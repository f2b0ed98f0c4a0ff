"""The skill as Alexa reaches it: each request logged, then given to its Lambda handler."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

# The skill's entry point, as Lambda calls it: (event, context) -> response.
Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


@dataclass(frozen=True)
class LambdaContext:
    """The little of AWS Lambda's context object a skill may read."""

    function_name: str = "acupressure-helper-local"
    aws_request_id: str = "local"
    # Alexa waits at most 8 seconds for an answer.
    remaining_millis: int = 8000

    def get_remaining_time_in_millis(self) -> int:
        return self.remaining_millis


class SkillEndpoint:
    """Sends request envelopes to `handler`, writing each to `request_log` (one JSON a line)."""

    def __init__(self, handler: Handler, request_log: TextIO | None = None) -> None:
        self._handler = handler
        self._request_log = request_log

    def call(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """The skill's answer; raises what the skill raised, or TypeError for a non-object."""
        if self._request_log is not None:
            self._request_log.write(json.dumps(envelope) + "\n")
            self._request_log.flush()
        response = self._handler(envelope, LambdaContext())
        if not isinstance(response, dict):
            raise TypeError(f"the answer is a {type(response).__name__}, not a JSON object")
        return response


def in_one_line(error: BaseException) -> str:
    """A failure as the device reports it: its kind and the first line of its message."""
    text = str(error).strip().splitlines()
    detail = f"{type(error).__name__}: {text[0]}" if text else type(error).__name__
    return detail[:200]
