"""Pain ratings: filed on the right hold, compared, and kept only after the person's yes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from skill.routine.hold_token import HoldToken
from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation, Reply
from tests.support.skill_clock import use_clock

NOW = datetime(2026, 11, 23, 18, 0, 5, tzinfo=UTC)
ASKED = "Shall I keep your ratings, so I can tell you how they change?"


@pytest.fixture
def person(store: SessionStore, monkeypatch: pytest.MonkeyPatch) -> Conversation:
    use_clock(monkeypatch, store, NOW)
    monkeypatch.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")
    return Conversation()


def _to_the_point(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")


def _token(reply: Reply) -> str:
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


def _play_to_the_end(person: Conversation, token: str) -> str:
    """Play a hold from `token` to its end; the last segment's token."""
    while True:
        enqueued = person.event("PlaybackNearlyFinished", token)
        person.event("PlaybackFinished", token, activity="FINISHED")
        if not enqueued.directives:
            return token
        token = _token(enqueued)


def _hold_to_the_end(person: Conversation, minutes: int) -> str:
    return _play_to_the_end(person, _token(person.say("HoldLengthIntent", minutes=str(minutes))))


def _after(
    person: Conversation, token: str, rating: str, activity: str = "FINISHED", offset_ms: int = 0
) -> Reply:
    """ "Alexa, tell acupressure helper my pain is a 4", the device's hold at rest."""
    return person.during_hold("PainRatingIntent", token, offset_ms, activity, rating=rating)


def _carried(token: str) -> HoldToken:
    parsed = HoldToken.parse(token)
    assert parsed is not None
    return parsed


def _holds(store: SessionStore, person: Conversation) -> list[tuple[int | None, int | None]]:
    holds = store.recent_holds(person_key(person.user_id))
    return [(hold.pain_before, hold.pain_after) for hold in holds]


def test_ratings_are_compared_and_nothing_is_kept_without_a_yes(
    person: Conversation, store: SessionStore
) -> None:
    _to_the_point(person)
    before = person.say("PainRatingIntent", rating="7")
    declined = person.say("AMAZON.NoIntent")
    token = _hold_to_the_end(person, 5)

    after = _after(person, token, "4")

    assert before.speech == f"Thanks. Your pain is 7 out of 10 before the hold. {ASKED}"
    assert declined.speech.startswith("Okay, I won't keep them.")
    assert "How long" in declined.speech
    assert _carried(token).pain_before == 7
    assert after.speech == (
        "Thanks. Your pain was 7 before that hold, and it's 4 now. That's 3 points easier."
    )
    assert ASKED not in after.speech  # asked once, remembered
    assert _holds(store, person) == [(None, None)]


def test_with_a_yes_both_ratings_are_kept_with_the_hold(
    person: Conversation, store: SessionStore
) -> None:
    _to_the_point(person)
    person.say("PainRatingIntent", rating="7")
    kept = person.say("AMAZON.YesIntent")
    token = _hold_to_the_end(person, 5)

    after = _after(person, token, "4")

    assert kept.speech.startswith("Okay, I'll keep your ratings from now on.")
    assert after.speech.startswith("Thanks. Your pain was 7 before that hold, and it's 4 now.")
    assert _holds(store, person) == [(7, 4)]
    assert store.load_profile(person_key(person.user_id)).keep_ratings


def test_a_rating_as_the_hold_begins_is_its_before_not_its_after(
    person: Conversation, store: SessionStore
) -> None:
    person.ask("KeepRatingsIntent")
    _to_the_point(person)
    token = _token(person.say("HoldLengthIntent", minutes="5"))

    at_start = person.during_hold("PainRatingIntent", token, 0, rating="6")
    carried = _token(at_start)
    last = _play_to_the_end(person, carried)
    after = _after(person, last, "3")

    assert at_start.speech == "Thanks. Your pain is 6 out of 10 before the hold."
    # Carried on where the plan plays its file from (a short hold starts part way in).
    begins = HoldToken.parse(token).plan.segments[0].offset_ms  # type: ignore[union-attr]
    assert at_start.play_directive()["audioItem"]["stream"]["offsetInMilliseconds"] == begins
    assert _carried(carried) == _carried(token)._replace(pain_before=6)
    assert after.speech.startswith("Thanks. Your pain was 6 before that hold, and it's 3 now.")
    assert _holds(store, person) == [(6, 3)]


def test_a_rating_while_the_hold_plays_on_waits_for_its_end(
    person: Conversation, store: SessionStore
) -> None:
    person.ask("KeepRatingsIntent")
    _to_the_point(person)
    started = person.say("HoldLengthIntent", minutes="10")
    token = _token(started)
    # Four minutes into the hold: its audio may begin part way into its file.
    four_minutes_in = started.play_directive()["audioItem"]["stream"]["offsetInMilliseconds"]
    four_minutes_in += 4 * 60_000

    midway = person.during_hold("PainRatingIntent", token, four_minutes_in, rating="4")

    assert midway.speech == (
        "The hold is still going. Tell me how your pain is once it's done, and I'll compare."
    )
    # The hold plays on from where it was, its token unchanged: nothing carried.
    assert midway.play_directive()["audioItem"]["stream"]["token"] == token
    assert midway.play_directive()["audioItem"]["stream"]["offsetInMilliseconds"] == four_minutes_in
    assert _holds(store, person) == [(None, None)]


def test_a_paused_hold_takes_the_rating_after_it(person: Conversation, store: SessionStore) -> None:
    person.ask("KeepRatingsIntent")
    _to_the_point(person)
    token = _token(person.say("HoldLengthIntent", minutes="10"))
    six_minutes_in = _carried(token).plan.segments[0].offset_ms + 6 * 60_000
    person.during_hold("AMAZON.PauseIntent", token, six_minutes_in)

    after = _after(person, token, "2", activity="STOPPED", offset_ms=six_minutes_in)

    assert after.speech == "Thanks. Your pain is 2 out of 10 after that hold."
    assert _holds(store, person) == [(None, 2)]


def test_the_answer_to_keeping_ratings_is_heard_with_a_hold_paused(
    person: Conversation, store: SessionStore
) -> None:
    _to_the_point(person)
    token = _token(person.say("HoldLengthIntent", minutes="10"))
    six_minutes_in = _carried(token).plan.segments[0].offset_ms + 6 * 60_000
    person.during_hold("AMAZON.PauseIntent", token, six_minutes_in)
    # The device reports where it was paused.
    asked = _after(person, token, "2", activity="STOPPED", offset_ms=six_minutes_in)

    kept = person.during_hold("AMAZON.YesIntent", token, 0, "STOPPED", answering=True)

    assert asked.speech.endswith("Shall I keep your ratings, so I can tell you how they change?")
    assert "once the hold is done" not in kept.speech
    assert store.load_profile(person_key(person.user_id)).keep_ratings


def test_a_rating_before_a_second_hold_soon_after_is_not_the_first_hold_s_after(
    person: Conversation, store: SessionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    person.ask("KeepRatingsIntent")
    _to_the_point(person)
    person.say("PainRatingIntent", rating="6")
    token = _hold_to_the_end(person, 5)
    _after(person, token, "4")
    use_clock(monkeypatch, store, NOW + timedelta(hours=1))

    again = person.ask("PainRatingIntent", rating="5")

    assert again.speech.startswith("Thanks. Your pain is 5 out of 10 before the hold.")
    assert _holds(store, person) == [(6, 4)]


def test_a_rating_with_no_hold_near_waits_for_the_next_one(
    person: Conversation, store: SessionStore
) -> None:
    said = person.ask("PainRatingIntent", rating="8")
    person.say("AMAZON.YesIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    started = person.say("HoldLengthIntent", minutes="5")

    assert said.speech == "Thanks. Your pain is 8 out of 10 before the hold. Shall we start?"
    assert not said.ended
    assert _carried(_token(started)).pain_before == 8
    assert _holds(store, person) == [(None, None)]


def test_stop_keeping_my_ratings_deletes_them_and_keeps_no_more(
    person: Conversation, store: SessionStore
) -> None:
    person.ask("KeepRatingsIntent")
    _to_the_point(person)
    person.say("PainRatingIntent", rating="6")
    _after(person, _hold_to_the_end(person, 5), "3")
    assert _holds(store, person) == [(6, 3)]

    stopped = person.ask("StopKeepingRatingsIntent")
    _to_the_point(person)
    before = person.say("PainRatingIntent", rating="7")
    token = _hold_to_the_end(person, 5)
    _after(person, token, "5")

    assert stopped.speech == "Okay. I've deleted the ratings I kept, and I won't keep any more."
    assert ASKED not in before.speech
    assert _holds(store, person) == [(None, None), (None, None)]


@pytest.mark.parametrize("rating", ["11", "6.5", None])
def test_a_number_that_is_not_a_rating_is_asked_again(
    person: Conversation, store: SessionStore, rating: str | None
) -> None:
    said = person.ask("PainRatingIntent", rating=rating)

    assert said.speech == (
        "Sorry, I didn't catch that. Say a number from 0 to 10, like: my pain is a 6."
    )
    assert not said.ended
    assert store.recent_holds(person_key(person.user_id)) == []


def test_a_rating_before_one_hold_is_not_filed_on_the_next_begun_in_the_same_session(
    person: Conversation, store: SessionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    person.ask("KeepRatingsIntent")
    _to_the_point(person)
    person.say("PainRatingIntent", rating="6")
    session = person.session_id
    first = _token(person.say("HoldLengthIntent", minutes="5"))
    # The hold's start closes the session; the rating is that hold's alone even where the
    # session goes on, with all the skill kept in it, to a second hold.
    person.session_id = session
    use_clock(monkeypatch, store, NOW + timedelta(minutes=10))
    second = _token(person.say("HoldLengthIntent", minutes="10"))

    assert (_carried(first).pain_before, _carried(second).pain_before) == (6, None)
    assert _holds(store, person) == [(None, None), (6, None)]
    after = _after(person, _play_to_the_end(person, second), "4")
    assert after.speech.startswith("Thanks. Your pain is 4 out of 10 after that hold.")
