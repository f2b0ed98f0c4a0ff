"""When DynamoDB is gone or pushing back, the person is still guided, and told once.

Every fault is counted in one CloudWatch metric line on standard output, and nothing
the person said is lost when a retry gets through.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from skill.routine.model import HoldStatus
from skill.routine.usual_length import usual_length
from skill.speech import english
from skill.store import SessionStore, open_store, person_key
from tests.support import metric_lines as emf
from tests.support.conversation import CLEAR_ALL, Conversation, Reply
from tests.support.moto_server import MotoServer
from tests.support.skill_dynamodb import Refusal, drop_table, hook_skill_clients, use_table

# Metric lines are written as in Lambda.
pytestmark = pytest.mark.usefixtures("in_lambda")

THROTTLES = ["ThrottlingException", "ProvisionedThroughputExceededException"]


class Server:
    """A moto server of this test's own, so that the test can stop it."""

    def __init__(self) -> None:
        self._server = MotoServer()
        self.url = self._server.start()
        self._running = True

    def stop(self) -> None:
        if self._running:
            self._running = False
            self._server.stop()


@pytest.fixture
def own_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    server = Server()
    use_table(monkeypatch, server.url)
    yield server
    server.stop()


@pytest.fixture
def shared_table(moto_server: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The skill on a fresh table of the shared server, removed afterwards."""
    table = use_table(monkeypatch, moto_server)
    yield table
    drop_table(moto_server, table)


def metric_lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    """The store-fault metric lines written so far, each checked for its shape."""
    lines = []
    for line in emf.metric_lines(capsys.readouterr().out):
        if "StoreFaults" not in line:
            continue  # a hold counted, or a repair
        assert line["_aws"]["CloudWatchMetrics"] == [
            {
                "Namespace": "AcupressureHelper",
                "Dimensions": [["Operation"]],
                "Metrics": [{"Name": "StoreFaults", "Unit": "Count"}],
            }
        ]
        assert isinstance(line["_aws"]["Timestamp"], int)
        assert set(line) == {"_aws", "Operation", "Fault", "StoreFaults"}
        assert line["StoreFaults"] == 1
        lines.append(line)
    return lines


def operations(lines: list[dict[str, Any]]) -> list[str]:
    return [line["Operation"] for line in lines]


def told_once(reply: Reply) -> bool:
    return reply.speech.count(english.NOT_SAVED) == 1 and reply.speech.startswith(english.NOT_SAVED)


def never_sorry(replies: list[Reply]) -> bool:
    return all(english.SORRY not in reply.speech for reply in replies)


def _token(reply: Reply) -> str:
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


@pytest.mark.usefixtures("audio_base")
def test_the_server_gone_mid_conversation(
    own_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    person = Conversation(user_id="amzn1.ask.account.FAULTS-GONE")
    person.launch()
    person.say("AMAZON.YesIntent")
    own_server.stop()

    first_step = person.say("SelfHoldIntent")
    steps = [person.say("AMAZON.NextIntent") for _ in range(5)]
    length = person.say("FoundItIntent")
    hold = person.say("HoldLengthIntent", minutes="40")

    assert told_once(first_step)
    assert "get comfortable" in first_step.speech
    assert not first_step.ended
    # Nothing needed saving while moving through the steps: nothing to tell.
    assert all(english.NOT_SAVED not in reply.speech for reply in [*steps, length])
    assert "find the crease" in steps[0].speech
    assert "say: found it" in steps[-1].speech
    assert "How long would you like to hold it?" in length.speech
    assert told_once(hold)
    assert "40 minutes it is" in hold.speech
    assert "Press now" in hold.speech
    assert hold.play_directive()["playBehavior"] == "REPLACE_ALL"
    assert never_sorry([first_step, *steps, length, hold])
    lines = metric_lines(capsys)
    assert operations(lines) == ["save_profile", "begin_hold"]
    assert {line["Fault"] for line in lines} == {"EndpointConnectionError"}


@pytest.mark.usefixtures("audio_base")
def test_the_server_gone_mid_hold(own_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    person = Conversation(user_id="amzn1.ask.account.FAULTS-HOLD")
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    first = _token(person.say("HoldLengthIntent", minutes="40"))
    own_server.stop()

    enqueued = person.event("PlaybackNearlyFinished", first)
    last = _token(enqueued)
    stopped = person.during_hold("AMAZON.StopIntent", last, 60_000)
    finished = person.event("PlaybackFinished", last, activity="FINISHED")

    assert enqueued.play_directive()["playBehavior"] == "ENQUEUE"
    assert enqueued.play_directive()["audioItem"]["stream"]["expectedPreviousToken"] == first
    assert told_once(stopped)
    assert "Stopped." in stopped.speech
    assert CLEAR_ALL in stopped.directives
    assert stopped.ended
    assert finished.raw["version"] == "1.0"
    assert "outputSpeech" not in finished.response
    assert finished.directives == []
    assert never_sorry([enqueued, stopped, finished])
    # Stopping reads the hold (refused), then ends it from the device's report (refused);
    # the finish is one write with no read (refused), so it credits nothing until a later
    # repair. A stop reads the latest hold alone: it needs no profile.
    assert operations(metric_lines(capsys)) == [
        "recent_holds",
        "end_hold",
        "finish_hold",
    ]


@pytest.mark.slow
@pytest.mark.usefixtures("audio_base")
@pytest.mark.parametrize("code", THROTTLES)
def test_throttled_on_every_attempt(
    shared_table: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: str,
) -> None:
    kept = open_store()
    refusal = Refusal(code)
    hook_skill_clients(monkeypatch, refusal.register)
    person = Conversation(user_id=f"amzn1.ask.account.FAULTS-{code}")

    holder = person.ask("BackPainIntent")
    first_step = person.say("SelfHoldIntent")
    length = person.say("FoundItIntent")
    hold = person.say("HoldLengthIntent", minutes="5")

    assert told_once(holder)
    assert holder.speech.startswith(f"{english.NOT_SAVED} All clear")  # the safety check passed
    assert holder.speech.endswith("Will you press the point yourself, or is someone helping you?")
    assert told_once(first_step)
    assert "get comfortable" in first_step.speech
    assert english.NOT_SAVED not in length.speech
    assert told_once(hold)
    assert "Press now" in hold.speech
    assert hold.play_directive()
    assert never_sorry([holder, first_step, length, hold])
    lines = metric_lines(capsys)
    assert operations(lines) == ["load_profile", "save_profile", "save_profile", "begin_hold"]
    assert {line["Fault"] for line in lines} == {code}
    assert kept.recent_holds(person_key(person.user_id)) == []


@pytest.mark.slow
@pytest.mark.usefixtures("audio_base")
def test_throttled_once_then_the_retry_saves_everything(
    shared_table: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kept: SessionStore = open_store()
    refusal = Refusal("ThrottlingException", first_attempt_only=True)
    hook_skill_clients(monkeypatch, refusal.register)
    person = Conversation(user_id="amzn1.ask.account.RETRIED")

    replies = [
        person.ask("BackPainIntent"),
        person.say("SelfHoldIntent"),
        person.say("FoundItIntent"),
        person.say("HoldLengthIntent", minutes="40"),
    ]
    last = _token(person.event("PlaybackNearlyFinished", _token(replies[-1])))
    person.event("PlaybackFinished", last, activity="FINISHED")

    # Read the profile, save twice, begin the hold and finish it: each refused once.
    assert refusal.refused == 5
    assert all(english.NOT_SAVED not in reply.speech for reply in replies)
    assert metric_lines(capsys) == []
    profile = kept.load_profile(person_key(person.user_id))
    usual = usual_length(profile.usual_minutes, profile.extras, profile.holds_completed)
    assert (profile.heard_safety, profile.holder, usual) == (True, "self", 40)
    assert (profile.holds_started, profile.holds_completed) == (1, 1)
    [hold] = kept.recent_holds(person_key(person.user_id))
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 2400)
