"""Reminders without an access token, and a permission answer in a new session."""

from __future__ import annotations

from typing import Any

from tests.support.conversation import Conversation


def _without_token(envelope: dict[str, Any]) -> dict[str, Any]:
    del envelope["context"]["System"]["apiAccessToken"]
    return envelope


def test_a_reminder_without_an_access_token_asks_for_permission(person: Conversation) -> None:
    envelope = _without_token(person._intent_envelope("RemindDailyIntent", {"time": "19:00"}))
    person.session_id = None

    reply = person.send(envelope)

    assert "Sorry" not in reply.speech
    assert [d["type"] for d in reply.directives] == ["Connections.SendRequest"]
