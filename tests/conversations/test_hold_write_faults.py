"""Nothing pressed is lost, whatever fails: a fault at each write of a hold's life.

At the start, a pause, a resume, a stop, a start over and the finish, the write is
throttled on both attempts, throttled once, timed out or answered with a 500 (24 cases),
or refused its condition where DynamoDB could refuse one (start, pause, resume: 3). Each
case checks what the person hears, then, with the store back, that a request from
another device (no token: it knows only what the store knows) is answered without
a false word, and that once the hold's own device speaks again every minute is there.
SQLite runs in `make test-fast`; DynamoDB over moto's HTTP server is marked slow.
"""

from __future__ import annotations

import uuid

import pytest

from skill.routine.model import HoldSession, HoldStatus, Profile
from skill.speech import english
from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation, Reply
from tests.support.store_faults import (
    CONDITION,
    FAULTS,
    THROTTLED_ONCE,
    Faults,
)

CASES = [
    *[
        (write, fault)
        for write in ("start", "pause", "resume", "stop", "over", "finish")
        for fault in FAULTS
    ],
    ("start", CONDITION),
    ("pause", CONDITION),
    ("resume", CONDITION),
]
MINUTE = 60_000


def _token(reply: Reply) -> str:
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


class Case:
    def __init__(self, store: SessionStore, faults: Faults) -> None:
        self.store = store
        self.faults = faults
        self.user_id = f"amzn1.ask.account.FAULT-{uuid.uuid4().hex}"
        self.device = Conversation(user_id=self.user_id)
        self.other = Conversation(user_id=self.user_id)  # the kitchen's Echo: no token
        self.playing: Reply | None = None  # the answer that started the hold playing

    def at(self, held_ms: int) -> int:
        """The device's offset into the hold's file, `held_ms` into the hold."""
        assert self.playing is not None
        start: int = self.playing.play_directive()["audioItem"]["stream"]["offsetInMilliseconds"]
        return start + held_ms

    def plays(self, reply: Reply) -> str:
        """The hold `reply` started: its token."""
        self.playing = reply
        return _token(reply)

    @property
    def not_saved(self) -> bool:
        """Whether the person is to hear that what they did was not saved."""
        return self.faults.fails

    def holds(self) -> list[HoldSession]:
        return self.store.recent_holds(person_key(self.user_id))

    def profile(self) -> Profile:
        return self.store.load_profile(person_key(self.user_id))

    def told(self, reply: Reply, *, refused: bool = False) -> None:
        """Told it was not saved exactly when it was not (`refused`: its condition was
        refused on every attempt, so it was not), and never an apology."""
        assert english.SORRY not in reply.speech
        if self.not_saved or refused:
            assert reply.speech.startswith(english.NOT_SAVED)
            assert reply.speech.count(english.NOT_SAVED) == 1
        else:
            assert english.NOT_SAVED not in reply.speech

    def other_device(self) -> None:
        """The store is back; the person opens the skill on another device."""
        opened = self.other.launch()
        assert english.SORRY not in opened.speech
        assert english.NOT_SAVED not in opened.speech
        assert "Carry on, or start again?" not in opened.speech


@pytest.fixture
def case(
    store: SessionStore, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Case:
    backend = request.node.callspec.params["store"]
    faults = Faults(request.node.callspec.params["fault"])
    faults.install(backend, monkeypatch)
    return Case(store, faults)


@pytest.mark.usefixtures("audio_base")
@pytest.mark.parametrize(("write", "fault"), CASES)
def test_every_minute_is_kept(case: Case, write: str, fault: str) -> None:
    {
        "start": _start,
        "pause": _pause,
        "resume": _resume,
        "stop": _stop,
        "over": _start_over,
        "finish": _finish,
    }[write](case)
    assert case.faults.hit >= 1


def _finished(case: Case, token: str) -> None:
    """The hold's device plays it to its end: it is completed, and counted once."""
    case.device.event("PlaybackFinished", token, case.at(10 * MINUTE), activity="FINISHED")
    hold = case.holds()[0]
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 600)
    completed = [hold for hold in case.holds() if hold.status == HoldStatus.COMPLETED]
    assert case.profile().holds_completed == len(completed)


def _start(case: Case) -> None:
    case.device.ask("BackPainIntent")
    case.device.say("SelfHoldIntent")
    case.device.say("FoundItIntent")
    with case.faults.during():
        started = case.device.say("HoldLengthIntent", minutes="10")
    case.told(started, refused=case.faults.kind == CONDITION)
    assert "Press now" in started.speech
    token = case.plays(started)
    case.other_device()
    paused = case.device.during_hold("AMAZON.PauseIntent", token, case.at(3 * MINUTE))
    assert "Paused at 3 of 10 minutes" in paused.speech
    assert english.NOT_SAVED not in paused.speech
    [hold] = case.holds()
    assert (hold.status, hold.held_seconds, hold.planned_seconds) == (
        HoldStatus.IN_PROGRESS,
        180,
        600,
    )
    assert case.profile().holds_started == 1
    _finished(case, token)
    assert (case.profile().holds_started, case.profile().seconds_held) == (1, 600)


def _hold(case: Case) -> str:
    return case.plays(case.device.start_hold(10))


def _pause(case: Case) -> None:
    token = _hold(case)
    with case.faults.during():
        paused = case.device.during_hold("AMAZON.PauseIntent", token, case.at(3 * MINUTE))
    if case.faults.kind != CONDITION:
        case.told(paused)
    assert "Paused at 3 of 10 minutes" in paused.speech
    case.other_device()
    resumed = case.device.during_hold("AMAZON.ResumeIntent", token, case.at(3 * MINUTE), "STOPPED")
    assert "Carrying on: 7 minutes to go." in resumed.speech
    assert english.NOT_SAVED not in resumed.speech
    [hold] = case.holds()
    assert (hold.status, hold.held_seconds) == (HoldStatus.IN_PROGRESS, 180)
    _finished(case, token)


def _resume(case: Case) -> None:
    token = _hold(case)
    # A screen's pause button sends no request: the device stopped at 3 minutes unnoted.
    with case.faults.during():
        resumed = case.device.during_hold(
            "AMAZON.ResumeIntent", token, case.at(3 * MINUTE), "STOPPED"
        )
    assert "Carrying on: 7 minutes to go." in resumed.speech
    assert english.NOT_SAVED not in resumed.speech  # the resume itself needed no saving
    assert resumed.play_directive()["audioItem"]["stream"]["offsetInMilliseconds"] > 0
    case.other_device()
    paused = case.device.during_hold("AMAZON.PauseIntent", token, case.at(5 * MINUTE))
    assert "Paused at 5 of 10 minutes" in paused.speech
    [hold] = case.holds()
    assert (hold.status, hold.held_seconds) == (HoldStatus.IN_PROGRESS, 300)
    _finished(case, token)


def _stop(case: Case) -> None:
    token = _hold(case)
    with case.faults.during():
        stopped = case.device.during_hold("AMAZON.StopIntent", token, case.at(4 * MINUTE))
    case.told(stopped)
    # "Stopped after 4 minutes" only when those minutes were saved.
    assert ("Stopped after 4 minutes" in stopped.speech) is not case.not_saved
    case.other_device()
    opened = case.device.launch_during_hold(token, case.at(4 * MINUTE))
    [hold] = case.holds()
    assert hold.held_seconds == 240
    if case.not_saved:
        # Nothing the device reports tells a stop not saved from a pause: it is offered
        # to carry on, and a no records it as the stop it was.
        assert "Carry on, or start again?" in opened.speech
        case.device.say("AMAZON.NoIntent")
        [hold] = case.holds()
    assert (hold.status, hold.held_seconds) == (HoldStatus.STOPPED, 240)
    assert case.profile().seconds_held == 240


def _start_over(case: Case) -> None:
    first = _hold(case)
    with case.faults.during():
        again = case.device.during_hold("AMAZON.StartOverIntent", first, case.at(4 * MINUTE))
    case.told(again)
    assert "Starting the hold again from the beginning." in again.speech
    # "I've kept the 4 minutes you held" only when they were kept.
    assert ("I've kept the 4 minutes you held." in again.speech) is not case.not_saved
    token = case.plays(again)
    case.other_device()
    paused = case.device.during_hold("AMAZON.PauseIntent", token, case.at(2 * MINUTE))
    assert "Paused at 2 of 10 minutes" in paused.speech
    newer, older = case.holds()
    assert (older.status, older.held_seconds) == (HoldStatus.STOPPED, 240)
    assert (newer.status, newer.held_seconds) == (HoldStatus.IN_PROGRESS, 120)
    assert case.profile().holds_started == 2
    _finished(case, token)
    assert case.profile().seconds_held == 240 + 600


def _finish(case: Case) -> None:
    token = _hold(case)
    with case.faults.during():
        finished = case.device.event(
            "PlaybackFinished", token, case.at(10 * MINUTE), activity="FINISHED"
        )
    assert "outputSpeech" not in finished.response
    case.other_device()
    if case.faults.kind != THROTTLED_ONCE:
        [hold] = case.holds()
        assert hold.status == HoldStatus.IN_PROGRESS
    # Later, the person opens the skill on the device that played it.
    case.device.launch_during_hold(token, case.at(10 * MINUTE), "FINISHED")
    [hold] = case.holds()
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 600)
    assert (case.profile().holds_completed, case.profile().seconds_held) == (1, 600)


@pytest.mark.usefixtures("audio_base")
@pytest.mark.parametrize("fault", FAULTS)
def test_a_finish_not_saved_is_made_by_opening_the_skill_on_another_device(
    case: Case, fault: str
) -> None:
    """The finish is not saved, and the next thing said to the Echo that played the hold has
    a write of its own ("speak more slowly"): the finish goes in that write, noted on the
    profile, and opening the skill on another device (no token) makes it."""
    token = _hold(case)
    with case.faults.during():
        case.device.event("PlaybackFinished", token, case.at(10 * MINUTE), activity="FINISHED")
    slower = case.device.during_hold("SpeakSlowerIntent", token, case.at(10 * MINUTE), "FINISHED")
    assert english.NOT_SAVED not in slower.speech
    assert case.profile().speech_rate == "slow"
    if case.not_saved:
        [hold] = case.holds()
        assert hold.status == HoldStatus.IN_PROGRESS  # that write went to the speech rate

    case.other_device()

    [hold] = case.holds()
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 600)
    profile = case.profile()
    assert (profile.holds_completed, profile.seconds_held) == (1, 600)
    if case.not_saved:
        assert profile.hold_owed is None  # made by that launch, and cleared
    # The Echo that played it reports it again: nothing is counted twice.
    case.device.launch_during_hold(token, case.at(10 * MINUTE), "FINISHED")
    case.other.launch()
    assert (case.profile().holds_completed, case.profile().seconds_held) == (1, 600)
