"""One request's calls to Alexa's APIs share one 4-second deadline (issue 20, item 5)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from ask_sdk_model.services import ApiClientRequest

from skill.alexa import deadline
from skill.alexa.api_client import AlexaApiClient
from skill.handlers.plumbing.turn import Services
from skill.lambda_function import build_skill
from tests.support.conversation import fixture
from tests.support.memory_store import MemoryStore


@pytest.fixture(autouse=True)
def no_budget_left_behind() -> Iterator[None]:
    """A spent budget left running would refuse every later call on this thread."""
    yield
    deadline.clear()


def test_a_call_outside_any_request_has_the_whole_budget_and_leaves_none_running() -> None:
    assert deadline.limits(1.0, 2.0) == (1.0, 2.0)
    assert deadline.remaining() == deadline.BUDGET_SECONDS


def test_each_call_gets_what_is_left_of_the_request_s_time() -> None:
    deadline.start(clock=time.monotonic() - 3.5)  # 3.5 of the 4 seconds spent

    connect, read = deadline.limits(1.0, 2.0)

    assert 0.4 < connect <= 0.5
    assert 0.4 < read <= 0.5


def test_no_call_is_made_once_the_time_has_run_out() -> None:
    deadline.start(clock=time.monotonic() - deadline.BUDGET_SECONDS)

    with pytest.raises(deadline.OutOfTime):
        AlexaApiClient().invoke(ApiClientRequest(url="https://api.amazonalexa.com/v1"))


def test_a_new_request_starts_a_new_budget() -> None:
    deadline.start(clock=time.monotonic() - 10)
    deadline.start()

    assert deadline.remaining() > deadline.BUDGET_SECONDS - 0.5
    deadline.clear()


def test_a_request_s_budget_ends_with_its_answer() -> None:
    store = MemoryStore()
    skill = build_skill(Services(store=lambda: store))
    launch = DefaultSerializer().deserialize(
        json.dumps(fixture("launch_request.json")), RequestEnvelope
    )

    skill.invoke(request_envelope=launch, context=None)

    assert deadline.remaining() == deadline.BUDGET_SECONDS
