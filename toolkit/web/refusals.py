"""The one shape of a refused request, whoever refuses it: the app or the server in front.

A request that is not JSON, not an Alexa request, fails a check (signature, timestamp,
skill id) or has headers too large to read gets HTTP 400 with this body and a short reason.
"""

from __future__ import annotations

import json

BAD_REQUEST = 400


def refusal(reason: str) -> dict[str, str]:
    """The JSON body of a 400, with `reason`: short, safe to log and to send back."""
    return {"error": "bad request", "reason": reason}


def refusal_bytes(reason: str) -> bytes:
    return json.dumps(refusal(reason)).encode("utf-8")
