"""A hold's end, as the device reports it: completed in one write, and only as stored.

The last segment's PlaybackFinished completes the hold without reading it first; when the
store finds the hold otherwise (replaced by a newer hold, or a token claiming a longer
plan than was stored), the stored hold decides, as it did before.
"""

from __future__ import annotations

import pytest

from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldStatus
from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation, Reply

pytestmark = pytest.mark.usefixtures("audio_base")


def _token(reply: Reply) -> str:
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


def _statuses(store: SessionStore, person: Conversation) -> list[tuple[HoldStatus, int]]:
    return [
        (hold.status, hold.held_seconds) for hold in store.recent_holds(person_key(person.user_id))
    ]


def test_a_hold_played_to_its_end_is_completed_once(
    person: Conversation, store: SessionStore
) -> None:
    token = _token(person.start_hold(10))

    person.event("PlaybackFinished", token, activity="FINISHED")
    person.event("PlaybackFinished", token, activity="FINISHED")

    assert _statuses(store, person) == [(HoldStatus.COMPLETED, 600)]
    profile = store.load_profile(person_key(person.user_id))
    assert (profile.holds_completed, profile.seconds_held) == (1, 600)


def test_a_hold_replaced_by_a_newer_one_is_not_credited_when_it_plays_out(
    person: Conversation, store: SessionStore
) -> None:
    """Started on the bedroom Echo, then afresh in the kitchen: the bedroom's hold playing
    out adds nothing, and the kitchen's is left to run."""
    bedroom = _token(person.start_hold(5))
    kitchen = Conversation(user_id=person.user_id)
    kitchen.start_hold(5)

    reply = person.event("PlaybackFinished", bedroom, activity="FINISHED")

    assert "outputSpeech" not in reply.response
    assert _statuses(store, person) == [(HoldStatus.IN_PROGRESS, 0)] * 2
    assert store.load_profile(person_key(person.user_id)).holds_completed == 0


def test_a_token_claiming_a_longer_hold_is_credited_only_the_stored_plan(
    person: Conversation, store: SessionStore
) -> None:
    issued = HoldToken.parse(_token(person.start_hold(5)))
    assert issued is not None
    claimed = issued._replace(minutes=30).encode()

    person.event("PlaybackFinished", claimed, activity="FINISHED")

    assert _statuses(store, person) == [(HoldStatus.COMPLETED, 300)]
    assert store.load_profile(person_key(person.user_id)).seconds_held == 300
