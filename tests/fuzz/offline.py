"""A person whose device names an API endpoint on this machine that nothing answers."""

from __future__ import annotations

from typing import Any

from tests.fuzz.strategies import OFFLINE_API
from tests.support.conversation import Conversation, Reply


class OfflineConversation(Conversation):
    """Every request it sends points the skill's API calls at a closed loopback port."""

    def send(self, envelope: dict[str, Any]) -> Reply:
        envelope["context"]["System"]["apiEndpoint"] = OFFLINE_API
        return super().send(envelope)
