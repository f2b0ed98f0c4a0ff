"""The whole way to a confirmed hold length, in every locale the skill is published in."""

from __future__ import annotations

import pytest

from skill.speech.locales import ENGLISH_LOCALES
from skill.store import SessionStore
from tests.support.conversation import Conversation


@pytest.mark.parametrize("locale", ENGLISH_LOCALES)
def test_from_invocation_to_a_confirmed_length(store: SessionStore, locale: str) -> None:
    person = Conversation(locale=locale, user_id=f"amzn1.ask.account.{locale}")
    assert "Shall we start?" in person.launch().speech
    assert "Will you press the point yourself" in person.say("AMAZON.YesIntent").speech
    assert "get comfortable" in person.say("SelfHoldIntent").speech
    for _ in range(5):
        assert not person.say("AMAZON.NextIntent").ended
    assert "How long" in person.say("FoundItIntent").speech
    reply = person.say("HoldLengthIntent", minutes="15")
    assert "15 minutes it is" in reply.speech


def test_an_unknown_locale_is_answered_in_english(store: SessionStore) -> None:
    person = Conversation(locale="xx-XX")
    assert "Shall we start?" in person.launch().speech
