"""How the skill calls Alexa's own APIs (reminders, the time zone): the SDK's client, timed.

`DefaultApiClient` sends each request with `requests` and no time limit, but Alexa waits
at most 8 s for the skill's whole answer. `AlexaApiClient` is the same client with a time
limit on every call. It also trusts the certificate in `ALEXA_API_CA_BUNDLE` when that is
set: the local simulator serves the APIs over HTTPS with a certificate of its own.

`repair_reminder_models` works around a fault in ask-sdk-model: its reminder model names a
module `alert_info_spoken_info` that the package does not ship, so reading any reminder
back from the API fails (alexa/alexa-apis-for-python#4).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, Final

from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse
from ask_sdk_model.services.reminder_management import spoken_info

CA_BUNDLE_ENV: Final = "ALEXA_API_CA_BUNDLE"
# Two calls (time zone, then the reminder) must leave room for the store within 8 s.
CONNECT_TIMEOUT_SECONDS: Final = 1.0
READ_TIMEOUT_SECONDS: Final = 2.0
MISSING_MODULE: Final = "ask_sdk_model.services.reminder_management.alert_info_spoken_info"


class AlexaApiClient(ApiClient):
    """The SDK's API client, with a time limit on every request.

    The SDK's client brings in `requests`, a tenth of the skill's cold start, and only
    reminders and progress call Alexa's APIs: it is made on the first such call.
    """

    def __init__(
        self,
        connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
        read_timeout: float = READ_TIMEOUT_SECONDS,
    ) -> None:
        self._timeout = (connect_timeout, read_timeout)
        self._client: ApiClient | None = None

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        if self._client is None:
            self._client = _timed_client(self._timeout)
        response: ApiClientResponse = self._client.invoke(request)
        return response


def _timed_client(timeout: tuple[float, float]) -> ApiClient:
    from ask_sdk_core.api_client import DefaultApiClient

    class TimedApiClient(DefaultApiClient):
        def _resolve_method(self, request: ApiClientRequest) -> Callable[..., Any]:
            send: Callable[..., Any] = super()._resolve_method(request)
            trusted: str | bool = os.environ.get(CA_BUNDLE_ENV) or True
            return functools.partial(send, timeout=timeout, verify=trusted)

    return TimedApiClient()


def repair_reminder_models() -> None:
    """Let the SDK read reminders back: point the module it names at the one it ships."""
    sys.modules.setdefault(MISSING_MODULE, spoken_info)
