"""The skill behind `lambda_handler`, at a moment the test chooses."""

from __future__ import annotations

from datetime import datetime

import pytest

from skill import lambda_function
from skill.alexa.api_client import AlexaApiClient
from skill.handlers.plumbing.turn import Services
from skill.store import SessionStore


def use_clock(
    env: pytest.MonkeyPatch,
    store: SessionStore,
    now: datetime,
    api_client: AlexaApiClient | None = None,
) -> None:
    """Answer every request as if it were `now`, with `store` (and `api_client` if given)."""
    skill = lambda_function.build_skill(
        Services(store=lambda: store, clock=lambda: now), api_client
    )
    env.setattr(lambda_function, "_skill", skill)
