from __future__ import annotations

import pytest

from tests.simulator.scripted_chat import Conversation, start_conversation


@pytest.fixture
def conversation() -> Conversation:
    return start_conversation()
