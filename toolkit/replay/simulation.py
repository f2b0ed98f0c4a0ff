"""What Alexa said in a Skill Simulation API result.

The result of `ask smapi get-skill-simulation` ("Skill Simulation REST API Reference";
ask-smapi-model's v2 `SimulationsApiResponse`): `status` IN_PROGRESS, SUCCESSFUL or
FAILED; `result.alexaExecutionInfo.alexaResponses[].content.caption`, what Alexa said;
`result.skillExecutionInfo.invocations[].invocationResponse.body`, the skill's own
answer; `result.error.message` when it failed. The ASK CLI's `ask dialog` reads the
same fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

IN_PROGRESS = "IN_PROGRESS"
SUCCESSFUL = "SUCCESSFUL"


def _result(simulation: Mapping[str, Any]) -> Mapping[str, Any]:
    result = simulation.get("result")
    return result if isinstance(result, Mapping) else {}


def status(simulation: Mapping[str, Any]) -> str:
    return str(simulation.get("status") or "")


def said(simulation: Mapping[str, Any]) -> str:
    """Every caption Alexa spoke for the utterance, in order, as one text."""
    responses = (_result(simulation).get("alexaExecutionInfo") or {}).get("alexaResponses") or []
    captions = [((item.get("content") or {}).get("caption") or "") for item in responses]
    return " ".join(caption for caption in captions if caption)


def session_ended(simulation: Mapping[str, Any]) -> bool:
    invocations = (_result(simulation).get("skillExecutionInfo") or {}).get("invocations") or []
    return any(
        (((item.get("invocationResponse") or {}).get("body") or {}).get("response") or {}).get(
            "shouldEndSession"
        )
        for item in invocations
    )


def failure(simulation: Mapping[str, Any]) -> str | None:
    """Why the simulation failed, or None when it did not."""
    if status(simulation) in (IN_PROGRESS, SUCCESSFUL):
        return None
    message = (_result(simulation).get("error") or {}).get("message")
    return str(message or f"the simulation ended {status(simulation) or 'without a status'}")
