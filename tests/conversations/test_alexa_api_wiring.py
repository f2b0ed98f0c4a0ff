"""The skill calls Alexa's APIs with the endpoint and token of each request's context.System."""

from __future__ import annotations

from skill.lambda_function import lambda_handler
from tests.support.conversation import fixture, plain


def test_an_envelope_without_a_system_context_gets_an_apology_not_an_exception() -> None:
    envelope = fixture("intent_request.json")
    del envelope["context"]

    answer = lambda_handler(envelope, None)

    assert plain(answer["response"]["outputSpeech"]["ssml"]) == (
        "Sorry, something went wrong on my side."
    )
    assert answer["response"]["shouldEndSession"] is True
