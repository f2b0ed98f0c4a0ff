"""Each request's time for Alexa's APIs (skill.alexa.deadline): begun as it comes in, ended
with its answer, so that no budget is left running on the thread for whatever it serves
next."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import (
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.alexa import deadline


class StartApiDeadline(AbstractRequestInterceptor):
    """Each request's calls to Alexa's APIs share one deadline, begun as it comes in."""

    def process(self, handler_input: HandlerInput) -> None:  # noqa: ARG002 - the SDK's signature
        deadline.start()


class EndApiDeadline(AbstractResponseInterceptor):
    """The request's time for Alexa's APIs ends with its answer."""

    def process(self, handler_input: HandlerInput, response: Response) -> None:  # noqa: ARG002
        deadline.clear()
