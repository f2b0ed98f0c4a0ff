"""How the skill calls Alexa's own APIs (reminders, the time zone): the SDK's client, timed.

`DefaultApiClient` sends each request with `requests` and no time limit, but Alexa waits
at most 8 s for the skill's whole answer. `AlexaApiClient` is the same client with a time
limit on every call, cut to what is left of the request's shared deadline
(skill.alexa.deadline): all of one request's calls finish within 4 s together. It also
trusts the certificate in `ALEXA_API_CA_BUNDLE` when that is set: the local simulator
serves the APIs over HTTPS with a certificate of its own.

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

from skill.alexa import deadline

CA_BUNDLE_ENV: Final = "ALEXA_API_CA_BUNDLE"
# One call's own limits; the request's shared deadline cuts them further.
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
        # Out of time: raised before anything is sent (an AskSdkException, as a failed call).
        timeout = deadline.limits(*self._timeout)
        if self._client is None:
            self._client = _timed_client()
        response: ApiClientResponse = self._client.invoke(_Timed(request, timeout))
        return response


class _Timed(ApiClientRequest):
    """A request with the time limits it may take."""

    def __init__(self, request: ApiClientRequest, timeout: tuple[float, float]) -> None:
        super().__init__(
            headers=request.headers, method=request.method, url=request.url, body=request.body
        )
        self.timeout = timeout


def _timed_client() -> ApiClient:
    from ask_sdk_core.api_client import DefaultApiClient

    class TimedApiClient(DefaultApiClient):
        def _resolve_method(self, request: ApiClientRequest) -> Callable[..., Any]:
            send: Callable[..., Any] = super()._resolve_method(request)
            trusted: str | bool = os.environ.get(CA_BUNDLE_ENV) or True
            timeout = getattr(request, "timeout", (CONNECT_TIMEOUT_SECONDS, READ_TIMEOUT_SECONDS))
            return functools.partial(send, timeout=timeout, verify=trusted)

    return TimedApiClient()


def repair_reminder_models() -> None:
    """Let the SDK read reminders back: point the module it names at the one it ships."""
    sys.modules.setdefault(MISSING_MODULE, spoken_info)
