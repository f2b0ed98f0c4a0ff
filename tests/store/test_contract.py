"""The storage contract, run against every backend (see conftest: sqlite and dynamodb)."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.store import ConflictError, SessionStore, StoreError, person_key, voice_key, voice_person
from skill.store.hold_ids import new_hold_id
from tests.store.conftest import Backend

MORNING = datetime(2026, 11, 23, 8, 30, 5, tzinfo=UTC)
ALEX = person_key("amzn1.ask.account.ALEX-raw-user-id")
SAM = person_key("amzn1.ask.account.SAM-raw-user-id")
# Two voices Alexa recognises on Alex's account.
ALEX_ANN = voice_person(ALEX, voice_key("amzn1.ask.person.ANN"))
ALEX_BEN = voice_person(ALEX, voice_key("amzn1.ask.person.BEN"))


def a_hold(person: str, started_at: datetime = MORNING, minutes: int = 5) -> HoldSession:
    return HoldSession(
        person=person,
        hold_id=new_hold_id(started_at),
        started_at=started_at,
        planned_seconds=minutes * 60,
    )


def a_full_profile(person: str) -> Profile:
    return Profile(
        person=person,
        heard_safety=True,
        holder="helper",
        usual_minutes=30,
        cadence="five_minutes",
        holds_started=4,
        holds_completed=3,
        seconds_held=4200,
        reminder_ids=["amzn1.alert.reminder-1", "amzn1.alert.reminder-2"],
        reminder_offered=True,
        speech_rate="slow",
        keep_ratings=True,
        ratings_asked=True,
        extras={"locale": "en-GB"},
    )


def start_hold(store: SessionStore, hold: HoldSession) -> Profile:
    return store.begin_hold(store.load_profile(hold.person), hold)


def test_a_new_person_has_a_fresh_profile_at_version_0(store: SessionStore) -> None:
    profile = store.load_profile(ALEX)

    assert profile == Profile(person=ALEX)
    assert profile.is_new


def test_a_saved_profile_loads_back_with_every_field(store: SessionStore) -> None:
    stored = store.save_profile(a_full_profile(ALEX))

    assert stored == replace(a_full_profile(ALEX), version=1)
    assert store.load_profile(ALEX) == stored
    assert not store.load_profile(ALEX).is_new


def test_clearing_optional_fields_is_stored(store: SessionStore) -> None:
    stored = store.save_profile(a_full_profile(ALEX))

    store.save_profile(replace(stored, holder=None, usual_minutes=None, extras={}, reminder_ids=[]))

    loaded = store.load_profile(ALEX)
    assert (loaded.holder, loaded.usual_minutes, loaded.extras) == (None, None, {})
    assert loaded.reminder_ids == []
    assert loaded.version == 2


@pytest.mark.parametrize("saves_before", [0, 1, 3])
def test_a_save_from_a_stale_read_is_refused(store: SessionStore, saves_before: int) -> None:
    for minutes in range(saves_before):
        store.save_profile(replace(store.load_profile(ALEX), usual_minutes=minutes + 1))
    first_read = store.load_profile(ALEX)
    second_read = store.load_profile(ALEX)
    store.save_profile(replace(first_read, cadence="never"))

    with pytest.raises(ConflictError):
        store.save_profile(replace(second_read, heard_safety=True))

    loaded = store.load_profile(ALEX)
    assert (loaded.cadence, loaded.heard_safety) == ("never", False)
    assert loaded.version == saves_before + 1


def save_at_once(store: SessionStore, read: Profile, choices: list[int]) -> tuple[list[int], ...]:
    """Save `read` with each choice of usual minutes, from as many threads at once."""
    start_together = threading.Barrier(len(choices))
    winners: list[int] = []
    conflicts: list[int] = []

    def save(minutes: int) -> None:
        start_together.wait()
        try:
            store.save_profile(replace(read, usual_minutes=minutes))
        except ConflictError:
            conflicts.append(minutes)
        else:
            winners.append(minutes)

    savers = [threading.Thread(target=save, args=(minutes,)) for minutes in choices]
    for saver in savers:
        saver.start()
    for saver in savers:
        saver.join()
    return winners, conflicts


def test_two_concurrent_savers_exactly_one_wins_each_round(store: SessionStore) -> None:
    for round_number in range(6):
        read = store.load_profile(ALEX)

        winners, conflicts = save_at_once(store, read, [10, 20])

        assert len(winners) == 1, f"round {round_number}: winners {winners}"
        assert len(conflicts) == 1
        loaded = store.load_profile(ALEX)
        assert loaded.usual_minutes == winners[0]
        assert loaded.version == round_number + 1


def test_begin_hold_records_it_in_progress_and_counts_it(store: SessionStore) -> None:
    profile = store.save_profile(a_full_profile(ALEX))
    hold = a_hold(ALEX, minutes=30)

    stored = store.begin_hold(profile, hold)

    assert stored == replace(profile, holds_started=5, version=2, latest_hold=hold.hold_id)
    assert store.load_profile(ALEX) == stored
    assert store.recent_holds(ALEX) == [hold]
    assert hold.status == HoldStatus.IN_PROGRESS


def test_begin_hold_on_a_stale_profile_conflicts_and_leaves_no_hold(store: SessionStore) -> None:
    stale = store.load_profile(ALEX)
    store.save_profile(replace(stale, heard_safety=True))

    with pytest.raises(ConflictError):
        store.begin_hold(stale, a_hold(ALEX))

    assert store.recent_holds(ALEX) == []
    loaded = store.load_profile(ALEX)
    assert (loaded.holds_started, loaded.heard_safety, loaded.version) == (0, True, 1)


def test_begin_hold_twice_with_one_hold_id_is_refused_without_counting(
    store: SessionStore,
) -> None:
    hold = a_hold(ALEX)
    stored = start_hold(store, hold)

    with pytest.raises(StoreError) as refused:
        store.begin_hold(stored, hold)

    assert not isinstance(refused.value, ConflictError)
    assert store.load_profile(ALEX) == stored
    assert store.recent_holds(ALEX) == [hold]


@pytest.mark.parametrize(
    "hold_id",
    ["1a2b3c4d", "20261123T083006Z-1a2b3c4d", "20261123T083005Z", "20261123T083005Z-XYZ"],
)
def test_begin_hold_refuses_an_id_that_does_not_start_with_its_start_time(
    store: SessionStore, hold_id: str
) -> None:
    hold = a_hold(ALEX)._replace(hold_id=hold_id)

    with pytest.raises(ValueError, match="start time"):
        start_hold(store, hold)

    assert store.recent_holds(ALEX) == []
    assert store.load_profile(ALEX).is_new


def test_a_completed_hold_counts_once(store: SessionStore) -> None:
    hold = a_hold(ALEX, minutes=5)
    start_hold(store, hold)

    assert store.end_hold(ALEX, hold.hold_id, HoldStatus.COMPLETED, 300) is True
    after_first = store.load_profile(ALEX)
    assert store.end_hold(ALEX, hold.hold_id, HoldStatus.COMPLETED, 300) is False
    assert store.end_hold(ALEX, hold.hold_id, HoldStatus.STOPPED, 12) is False

    assert (after_first.holds_started, after_first.holds_completed) == (1, 1)
    assert (after_first.seconds_held, after_first.version) == (300, 2)
    assert store.load_profile(ALEX) == after_first
    assert store.recent_holds(ALEX) == [
        hold._replace(status=HoldStatus.COMPLETED, held_seconds=300)
    ]


def test_a_stopped_hold_adds_its_seconds_but_not_a_completion(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    hold = a_hold(ALEX, minutes=30)
    start_hold(store, hold)

    assert store.end_hold(ALEX, hold.hold_id, HoldStatus.STOPPED, 95) is True

    loaded = store.load_profile(ALEX)
    assert (loaded.holds_started, loaded.holds_completed) == (5, 3)
    assert loaded.seconds_held == 4200 + 95
    assert store.recent_holds(ALEX) == [hold._replace(status=HoldStatus.STOPPED, held_seconds=95)]


def test_time_held_so_far_is_noted_on_a_hold_that_stays_in_progress(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    hold = a_hold(ALEX, minutes=10)
    start_hold(store, hold)

    assert store.record_held(ALEX, hold.hold_id, 180) is True
    assert store.record_held(ALEX, hold.hold_id, 120) is False  # never goes down
    assert store.record_held(ALEX, hold.hold_id, 3600) is False  # never past its plan

    assert store.recent_holds(ALEX) == [hold._replace(held_seconds=180)]
    # Ending it later credits the time held then, once.
    assert store.end_hold(ALEX, hold.hold_id, HoldStatus.STOPPED, 240) is True
    assert store.load_profile(ALEX).seconds_held == 4200 + 240


def test_time_held_noted_for_a_red_flag_owes_the_safety_check_in_the_same_write(
    store: SessionStore,
) -> None:
    store.save_profile(a_full_profile(ALEX))
    hold = a_hold(ALEX, minutes=10)
    start_hold(store, hold)
    before = store.load_profile(ALEX)
    assert before.heard_safety

    assert store.record_held(ALEX, hold.hold_id, 180, check_safety_again=True) is True

    after = store.load_profile(ALEX)
    assert (after.heard_safety, after.version) == (False, before.version + 1)
    assert (after.usual_minutes, after.seconds_held) == (before.usual_minutes, before.seconds_held)
    assert store.recent_holds(ALEX) == [hold._replace(held_seconds=180)]


def test_time_held_is_not_noted_on_a_closed_or_unknown_hold(store: SessionStore) -> None:
    hold = a_hold(ALEX)
    start_hold(store, hold)
    store.end_hold(ALEX, hold.hold_id, HoldStatus.COMPLETED, 300)

    assert store.record_held(ALEX, hold.hold_id, 400) is False
    assert store.record_held(ALEX, new_hold_id(MORNING), 60) is False

    assert store.recent_holds(ALEX) == [
        hold._replace(status=HoldStatus.COMPLETED, held_seconds=300)
    ]


def test_restarting_keeps_the_time_held_on_the_interrupted_hold(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    first = a_hold(ALEX, minutes=10)
    start_hold(store, first)
    again = a_hold(ALEX, MORNING + timedelta(minutes=4), minutes=10)

    assert store.restart_hold(ALEX, first.hold_id, 240, again) is True

    assert store.recent_holds(ALEX) == [
        again,
        first._replace(status=HoldStatus.STOPPED, held_seconds=240),
    ]
    loaded = store.load_profile(ALEX)
    assert (loaded.holds_started, loaded.holds_completed) == (6, 3)
    assert loaded.seconds_held == 4200 + 240


def test_restarting_after_the_hold_closed_only_starts_the_new_one(store: SessionStore) -> None:
    store.save_profile(a_full_profile(ALEX))
    first = a_hold(ALEX, minutes=10)
    start_hold(store, first)
    store.end_hold(ALEX, first.hold_id, HoldStatus.COMPLETED, 600)
    again = a_hold(ALEX, MORNING + timedelta(minutes=11), minutes=10)

    assert store.restart_hold(ALEX, first.hold_id, 240, again) is False

    assert store.recent_holds(ALEX) == [
        again,
        first._replace(status=HoldStatus.COMPLETED, held_seconds=600),
    ]
    assert store.load_profile(ALEX).seconds_held == 4200 + 600


def test_ending_an_unknown_hold_changes_nothing(store: SessionStore) -> None:
    stored = store.save_profile(a_full_profile(ALEX))

    assert store.end_hold(ALEX, new_hold_id(MORNING), HoldStatus.COMPLETED, 300) is False

    assert store.load_profile(ALEX) == stored
    assert store.recent_holds(ALEX) == []


def test_ending_a_hold_makes_an_older_read_stale(store: SessionStore) -> None:
    hold = a_hold(ALEX)
    read_before_the_end = start_hold(store, hold)
    store.end_hold(ALEX, hold.hold_id, HoldStatus.COMPLETED, 300)

    with pytest.raises(ConflictError):
        store.save_profile(replace(read_before_the_end, cadence="never"))

    loaded = store.load_profile(ALEX)
    assert (loaded.holds_completed, loaded.seconds_held) == (1, 300)


def test_a_rating_before_the_hold_is_kept_with_it(store: SessionStore) -> None:
    hold = a_hold(ALEX)._replace(pain_before=7)

    start_hold(store, hold)

    assert store.recent_holds(ALEX) == [hold]
    assert store.recent_holds(ALEX)[0].pain_after is None


def test_a_rating_after_the_hold_is_stored_on_it_and_a_later_one_replaces_it(
    store: SessionStore,
) -> None:
    earlier, latest = a_hold(ALEX), a_hold(ALEX, MORNING + timedelta(hours=3))
    start_hold(store, earlier)
    start_hold(store, latest._replace(pain_before=6))
    store.end_hold(ALEX, latest.hold_id, HoldStatus.COMPLETED, 300)
    profile_before_rating = store.load_profile(ALEX)

    assert store.record_pain_after(ALEX, latest.hold_id, 4) is True
    assert store.record_pain_after(ALEX, latest.hold_id, 3) is True

    newest, older = store.recent_holds(ALEX)
    assert (newest.pain_before, newest.pain_after) == (6, 3)
    assert (newest.status, newest.held_seconds) == (HoldStatus.COMPLETED, 300)
    assert older == earlier
    # A rating is the hold's own: the profile, and its version, stay as they were.
    assert store.load_profile(ALEX) == profile_before_rating


def test_rating_an_unknown_hold_stores_nothing(store: SessionStore) -> None:
    unknown = a_hold(ALEX)

    assert store.record_pain_after(ALEX, unknown.hold_id, 5) is False

    assert store.recent_holds(ALEX) == []
    assert store.load_profile(ALEX).is_new


def test_recent_holds_come_newest_first_up_to_the_limit(store: SessionStore) -> None:
    starts = [MORNING + timedelta(days=2), MORNING, MORNING + timedelta(hours=5)]
    holds = {start: a_hold(ALEX, start) for start in starts}
    for hold in holds.values():
        start_hold(store, hold)
    newest_first = [holds[start] for start in sorted(starts, reverse=True)]

    assert store.recent_holds(ALEX) == newest_first
    assert store.recent_holds(ALEX, limit=2) == newest_first[:2]
    assert store.recent_holds(ALEX, limit=1) == newest_first[:1]
    assert store.recent_holds(ALEX, limit=0) == []
    assert store.recent_holds(SAM) == []


def test_holds_started_within_one_second_come_newest_first(store: SessionStore) -> None:
    # A hold played through at once on a simulated device, then the next begun: one second.
    starts = [MORNING + timedelta(milliseconds=125 * step) for step in range(8)]
    for start in starts:
        start_hold(store, a_hold(ALEX, start))

    assert [hold.started_at for hold in store.recent_holds(ALEX)] == starts[::-1]


def test_forget_removes_everything_of_the_person_and_nothing_else(backend: Backend) -> None:
    store = backend.store
    # More holds than one batch of deletes carries.
    for person, holds in ((ALEX, 26), (SAM, 2)):
        store.save_profile(a_full_profile(person))
        for hour in range(holds):
            start_hold(store, a_hold(person, MORNING + timedelta(hours=hour)))
    sam_profile, sam_holds = store.load_profile(SAM), store.recent_holds(SAM)
    assert any(ALEX in record for record in backend.records())

    store.forget(ALEX)

    assert store.load_profile(ALEX) == Profile(person=ALEX)
    assert store.recent_holds(ALEX) == []
    assert not [record for record in backend.records() if ALEX in record]
    assert store.load_profile(SAM) == sam_profile
    assert store.recent_holds(SAM) == sam_holds
    assert len(sam_holds) == 2


def test_forgetting_someone_never_seen_is_harmless(store: SessionStore) -> None:
    store.forget(ALEX)

    assert store.load_profile(ALEX).is_new


def test_the_raw_user_id_is_never_stored(backend: Backend) -> None:
    raw_user_id = "amzn1.ask.account.AF3RAWIDNEVERSTORED"
    person = person_key(raw_user_id)
    store = backend.store
    hold = a_hold(person)
    store.save_profile(a_full_profile(person))
    start_hold(store, hold)
    store.end_hold(person, hold.hold_id, HoldStatus.COMPLETED, 300)

    records = backend.records()

    assert any(person in record for record in records)
    assert not [record for record in records if raw_user_id in record]
    assert not [record for record in records if "AF3RAWIDNEVERSTORED" in record]


def _everyone(store: SessionStore) -> None:
    for person in (ALEX, ALEX_ANN, ALEX_BEN, SAM):
        store.save_profile(a_full_profile(person))
        hold = a_hold(person)
        start_hold(store, hold)
        store.end_hold(person, hold.hold_id, HoldStatus.COMPLETED, 300)


def test_voices_on_one_account_are_kept_apart(store: SessionStore) -> None:
    _everyone(store)
    ann_hold = store.recent_holds(ALEX_ANN)[0]

    assert store.record_pain_after(ALEX_ANN, ann_hold.hold_id, 3, before=6)

    assert [(h.pain_before, h.pain_after) for h in store.recent_holds(ALEX_ANN)] == [(6, 3)]
    assert [(h.pain_before, h.pain_after) for h in store.recent_holds(ALEX_BEN)] == [(None, None)]
    assert [(h.pain_before, h.pain_after) for h in store.recent_holds(ALEX)] == [(None, None)]
    assert not store.record_pain_after(ALEX_BEN, ann_hold.hold_id, 3)


def test_forgetting_a_voice_or_the_account_leaves_the_others(store: SessionStore) -> None:
    _everyone(store)

    store.forget(ALEX_ANN)
    store.forget(ALEX)

    assert store.load_profile(ALEX_ANN).is_new
    assert store.load_profile(ALEX).is_new
    assert store.recent_holds(ALEX) == []
    assert store.load_profile(ALEX_BEN).holds_completed == 4
    assert len(store.recent_holds(ALEX_BEN)) == 1


def test_forgetting_an_account_forgets_every_voice_on_it(backend: Backend) -> None:
    store = backend.store
    _everyone(store)

    store.forget_account(ALEX)

    for person in (ALEX, ALEX_ANN, ALEX_BEN):
        assert store.load_profile(person).is_new
        assert store.recent_holds(person) == []
    assert not [record for record in backend.records() if ALEX in record]
    assert store.load_profile(SAM).holds_completed == 4


def test_a_rating_before_is_noted_on_its_hold(store: SessionStore) -> None:
    hold = a_hold(ALEX)
    start_hold(store, hold)

    assert store.record_pain_before(ALEX, hold.hold_id, 7)
    assert not store.record_pain_before(ALEX, new_hold_id(MORNING), 7)

    assert store.recent_holds(ALEX)[0].pain_before == 7


def test_forgetting_ratings_leaves_the_holds_and_other_voices(store: SessionStore) -> None:
    _everyone(store)
    for person in (ALEX_ANN, ALEX_BEN):
        [hold] = store.recent_holds(person)
        store.record_pain_after(person, hold.hold_id, 2, before=5)

    store.forget_ratings(ALEX_ANN)

    [ann] = store.recent_holds(ALEX_ANN)
    [ben] = store.recent_holds(ALEX_BEN)
    assert (ann.pain_before, ann.pain_after, ann.status) == (None, None, HoldStatus.COMPLETED)
    assert (ben.pain_before, ben.pain_after) == (5, 2)
