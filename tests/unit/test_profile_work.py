"""One request's unit of work on the memory store: read at most once, saved once.

Only ProfileWork's public methods are used; `_work` builds it, so a change to how it is
put together changes one place here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import pytest

from skill.handlers.plumbing.profile_work import PROFILE, ProfileWork
from skill.handlers.plumbing.request_view import SessionAttributes
from skill.handlers.plumbing.store_calls import StoreCalls
from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store.hold_ids import new_hold_id
from tests.support.memory_store import MemoryStore

ALEX = "alex-account-hash"
SAM = "sam-account-hash"
MORNING = datetime(2026, 11, 23, 8, 30, 5, tzinfo=UTC)


class _Session:
    """The Alexa session's attributes, as a dictionary."""

    def __init__(self, attributes: dict[str, Any] | None = None) -> None:
        self.attributes = attributes if attributes is not None else {}

    def get(self, name: str) -> Any:
        return self.attributes.get(name)

    def put(self, name: str, value: Any) -> None:
        self.attributes[name] = value

    def pop(self, name: str) -> None:
        self.attributes.pop(name, None)


class _Turn:
    """A unit of work and what it left: the session and the faults noted as not saved."""

    def __init__(self, store: MemoryStore, session: _Session, person: str) -> None:
        self.session = session
        self.not_saved = 0
        calls = StoreCalls(lambda: store, not_saved=self._note_not_saved)
        self.work = ProfileWork(lambda: person, calls, cast(SessionAttributes, session))

    def _note_not_saved(self) -> None:
        self.not_saved += 1


def _work(store: MemoryStore, session: _Session | None = None, person: str = ALEX) -> _Turn:
    return _Turn(store, session or _Session(), person)


def _hold(start: datetime = MORNING, minutes: int = 5, person: str = ALEX) -> HoldSession:
    return HoldSession(person, new_hold_id(start), start, minutes * 60)


def _begun(store: MemoryStore, *starts: datetime) -> list[HoldSession]:
    """Holds begun on the store (older first), outside any unit of work."""
    holds = [_hold(start) for start in starts]
    for hold in holds:
        store.begin_hold(store.load_profile(ALEX), hold)
    store.calls.clear()
    return holds


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


# --- the profile: read at most once -----------------------------------------------------


def test_the_profile_is_read_once_however_often_it_is_asked_for(store: MemoryStore) -> None:
    store.save_profile(Profile(ALEX, usual_minutes=10))
    store.calls.clear()
    turn = _work(store)

    first, second = turn.work.profile(), turn.work.profile()

    assert first.usual_minutes == second.usual_minutes == 10
    assert store.calls == {"load_profile": 1}
    assert turn.session.attributes[PROFILE]["usual_minutes"] == 10


def test_a_profile_kept_in_the_session_is_not_read_again(store: MemoryStore) -> None:
    store.save_profile(Profile(ALEX, usual_minutes=10))
    earlier = _work(store)
    earlier.work.profile()
    store.calls.clear()

    later = _work(store, earlier.session)

    assert later.work.at_hand() == replace(Profile(ALEX, usual_minutes=10), version=1)
    assert later.work.profile().usual_minutes == 10
    assert store.reads == 0


def test_someone_else_s_profile_in_the_session_is_not_theirs(store: MemoryStore) -> None:
    store.save_profile(Profile(SAM, usual_minutes=20))
    sam = _work(store, person=SAM)
    sam.work.profile()
    store.calls.clear()

    alex = _work(store, sam.session, person=ALEX)

    assert alex.work.at_hand() is None
    assert alex.work.profile() == Profile(ALEX)
    assert store.calls == {"load_profile": 1}


def test_nothing_is_at_hand_before_a_read(store: MemoryStore) -> None:
    turn = _work(store)

    assert turn.work.at_hand() is None
    turn.work.remember(usual_minutes=5)
    assert turn.work.at_hand() is None
    assert store.reads == 0


def test_a_store_fault_on_the_read_gives_a_fresh_profile_and_notes_nothing_unsaved(
    store: MemoryStore,
) -> None:
    store.save_profile(Profile(ALEX, usual_minutes=10))
    store.failing.add("load_profile")
    turn = _work(store)

    assert turn.work.profile() == Profile(ALEX)
    assert turn.not_saved == 0


# --- changes: saved once ----------------------------------------------------------------


def test_changes_are_seen_at_once_and_saved_in_one_write(store: MemoryStore) -> None:
    turn = _work(store)
    turn.work.remember(usual_minutes=15)
    turn.work.remember(cadence="never")

    seen = turn.work.profile()
    turn.work.save()
    turn.work.save()

    assert (seen.usual_minutes, seen.cadence) == (15, "never")
    assert store.calls == {"load_profile": 1, "save_profile": 1}
    stored = store.load_profile(ALEX)
    assert (stored.usual_minutes, stored.cadence, stored.version) == (15, "never", 1)
    assert turn.session.attributes[PROFILE]["version"] == 1


def test_with_no_changes_nothing_is_written(store: MemoryStore) -> None:
    turn = _work(store)
    turn.work.profile()

    turn.work.save()

    assert store.writes == 0


def test_changes_discarded_are_not_saved(store: MemoryStore) -> None:
    turn = _work(store)
    turn.work.remember(usual_minutes=15)

    turn.work.discard_changes()
    turn.work.save()

    assert turn.work.profile().usual_minutes is None
    assert store.writes == 0


def test_a_conflicting_save_applies_the_changes_to_what_was_saved_first(
    store: MemoryStore,
) -> None:
    turn = _work(store)
    turn.work.profile()
    # Meanwhile a hold ends on another device and its counts are saved.
    store.save_profile(Profile(ALEX, holds_completed=1, seconds_held=300))
    turn.work.remember(usual_minutes=15)

    turn.work.save()

    stored = store.load_profile(ALEX)
    assert (stored.holds_completed, stored.seconds_held) == (1, 300)
    assert (stored.usual_minutes, stored.version) == (15, 2)
    assert turn.work.profile() == stored
    assert turn.not_saved == 0


def test_a_save_the_store_refuses_is_noted_and_the_change_still_heard(
    store: MemoryStore,
) -> None:
    store.failing.add("save_profile")
    turn = _work(store)
    turn.work.remember(usual_minutes=15)

    turn.work.save()

    assert turn.not_saved == 1
    assert turn.work.profile().usual_minutes == 15
    assert store.load_profile(ALEX).is_new


# --- holds ------------------------------------------------------------------------------


def test_a_hold_begins_with_the_turn_s_changes_in_one_write(store: MemoryStore) -> None:
    turn = _work(store)
    turn.work.remember(usual_minutes=5)
    hold = _hold()

    assert turn.work.begin_hold(hold, pain_before=None) is True

    stored = store.load_profile(ALEX)
    assert (stored.usual_minutes, stored.holds_started) == (5, 1)
    assert store.recent_holds(ALEX) == [hold]
    assert store.calls["begin_hold"] == 1
    assert store.calls["save_profile"] == 0
    assert turn.work.profile() == stored


@pytest.mark.parametrize(("keep_ratings", "kept"), [(True, 6), (False, None)])
def test_a_rating_before_a_hold_is_stored_only_with_consent(
    store: MemoryStore, keep_ratings: bool, kept: int | None
) -> None:
    store.save_profile(Profile(ALEX, keep_ratings=keep_ratings))

    _work(store).work.begin_hold(_hold(), pain_before=6)

    assert [hold.pain_before for hold in store.recent_holds(ALEX)] == [kept]


def test_a_rating_already_on_the_hold_is_not_replaced(store: MemoryStore) -> None:
    store.save_profile(Profile(ALEX, keep_ratings=True))

    _work(store).work.begin_hold(_hold()._replace(pain_before=3), pain_before=6)

    assert [hold.pain_before for hold in store.recent_holds(ALEX)] == [3]


def test_a_hold_begun_on_a_stale_profile_is_begun_on_what_was_saved(store: MemoryStore) -> None:
    turn = _work(store)
    turn.work.profile()
    store.save_profile(Profile(ALEX, holds_completed=2))
    turn.work.remember(usual_minutes=5)

    assert turn.work.begin_hold(_hold(), pain_before=None) is True

    stored = store.load_profile(ALEX)
    assert (stored.holds_completed, stored.holds_started, stored.usual_minutes) == (2, 1, 5)
    assert turn.work.profile() == stored


def test_a_hold_the_store_cannot_begin_is_noted_and_the_changes_still_heard(
    store: MemoryStore,
) -> None:
    store.failing.add("begin_hold")
    turn = _work(store)
    turn.work.remember(usual_minutes=5)

    assert turn.work.begin_hold(_hold(), pain_before=None) is False

    assert turn.not_saved == 1
    assert turn.work.profile().usual_minutes == 5
    assert store.recent_holds(ALEX) == []


def test_ending_restarting_and_noting_a_hold_reach_the_store(store: MemoryStore) -> None:
    [first] = _begun(store, MORNING)
    turn = _work(store)
    again = _hold(MORNING + timedelta(minutes=3))

    assert turn.work.note_held(first.hold_id, 60) is True
    assert turn.work.restart_hold(first.hold_id, 120, again) is True
    assert turn.work.end_hold(again.hold_id, HoldStatus.COMPLETED, 300) is True
    assert turn.work.end_hold(again.hold_id, HoldStatus.COMPLETED, 300) is False

    assert [(hold.status, hold.held_seconds) for hold in store.recent_holds(ALEX)] == [
        (HoldStatus.COMPLETED, 300),
        (HoldStatus.STOPPED, 120),
    ]
    assert turn.not_saved == 0


@pytest.mark.parametrize(
    ("failing", "act"),
    [
        ("end_hold", lambda work, hold: work.end_hold(hold.hold_id, HoldStatus.STOPPED, 60)),
        ("record_held", lambda work, hold: work.note_held(hold.hold_id, 60)),
        (
            "restart_hold",
            lambda work, hold: work.restart_hold(
                hold.hold_id, 60, _hold(hold.started_at + timedelta(minutes=1))
            ),
        ),
        ("record_pain_before", lambda work, hold: work.rate_before(hold.hold_id, 6)),
        ("record_pain_after", lambda work, hold: work.rate_after(hold.hold_id, 4, before=6)),
    ],
)
def test_a_store_fault_on_a_hold_answers_false_and_is_noted_unsaved(
    store: MemoryStore, failing: str, act: Any
) -> None:
    [hold] = _begun(store, MORNING)
    store.failing.add(failing)
    turn = _work(store)

    assert act(turn.work, hold) is False

    assert turn.not_saved == 1
    assert store.recent_holds(ALEX) == [hold]


def test_ratings_reach_the_hold(store: MemoryStore) -> None:
    [hold] = _begun(store, MORNING)
    turn = _work(store)

    assert turn.work.rate_before(hold.hold_id, 7) is True
    assert turn.work.rate_after(hold.hold_id, 4) is True

    [rated] = store.recent_holds(ALEX)
    assert (rated.pain_before, rated.pain_after) == (7, 4)


# --- the person's holds: read once per turn -----------------------------------------------


def test_a_second_ask_for_fewer_holds_reads_nothing_more(store: MemoryStore) -> None:
    holds = _begun(store, MORNING, MORNING + timedelta(hours=1), MORNING + timedelta(hours=2))
    turn = _work(store)

    assert turn.work.recent_holds(limit=5) == holds[::-1]
    assert turn.work.recent_holds(limit=1) == holds[-1:]
    assert turn.work.recent_holds(limit=5) == holds[::-1]

    assert store.calls == {"recent_holds": 1}


def test_a_second_ask_for_more_holds_reads_them(store: MemoryStore) -> None:
    holds = _begun(store, MORNING, MORNING + timedelta(hours=1), MORNING + timedelta(hours=2))
    turn = _work(store)

    assert turn.work.recent_holds(limit=1) == holds[-1:]
    assert turn.work.recent_holds(limit=5) == holds[::-1]
    assert turn.work.recent_holds(limit=2) == holds[:0:-1]

    assert store.calls == {"recent_holds": 2}


def test_holds_the_store_cannot_read_are_none_and_asked_again(store: MemoryStore) -> None:
    [hold] = _begun(store, MORNING)
    store.failing.add("recent_holds")
    turn = _work(store)

    assert turn.work.recent_holds(limit=5) is None
    store.failing.clear()
    assert turn.work.recent_holds(limit=5) == [hold]

    assert turn.not_saved == 0
    assert store.calls == {"recent_holds": 2}


# --- forgetting -------------------------------------------------------------------------


def test_forgetting_ratings_a_person_and_an_account(store: MemoryStore) -> None:
    [hold] = _begun(store, MORNING)
    store.record_pain_after(ALEX, hold.hold_id, 4, before=6)
    voice = f"{ALEX}/voice-hash"
    store.save_profile(Profile(voice, usual_minutes=5))
    turn = _work(store)

    assert turn.work.forget_ratings() is True
    assert [(h.pain_before, h.pain_after) for h in store.recent_holds(ALEX)] == [(None, None)]
    assert turn.work.forget_person() is True
    assert store.recent_holds(ALEX) == []
    assert not store.load_profile(voice).is_new
    assert turn.work.forget_person(whole_account=True) is True
    assert store.load_profile(voice).is_new


@pytest.mark.parametrize("failing", ["forget_ratings", "forget", "forget_account"])
def test_forgetting_the_store_refuses_answers_false_without_a_note(
    store: MemoryStore, failing: str
) -> None:
    store.failing.add(failing)
    turn = _work(store)

    forgetting: dict[str, Callable[[], bool]] = {
        "forget_ratings": turn.work.forget_ratings,
        "forget": turn.work.forget_person,
        "forget_account": lambda: turn.work.forget_person(whole_account=True),
    }

    done = forgetting[failing]()

    assert done is False
    assert turn.not_saved == 0


def test_the_person_is_asked_of_the_request(store: MemoryStore) -> None:
    assert _work(store, person=SAM).work.person == SAM
