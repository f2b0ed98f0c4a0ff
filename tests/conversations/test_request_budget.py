"""Every request costs DynamoDB at most one read and one write; enqueuing a segment costs none.

The requests are counted on the client the skill itself makes, over HTTP to the moto
server, for every call of `lambda_handler` in whole conversations and whole holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import pytest

from skill.lambda_function import lambda_handler
from skill.routine.hold_repair import Owed, Repair, noted
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldStatus
from skill.store import SessionStore, open_store, person_key
from tests.support import conversation
from tests.support.alexa_apis import DeviceWithApis
from tests.support.conversation import Conversation
from tests.support.skill_dynamodb import (
    READS,
    WRITES,
    drop_table,
    hook_skill_clients,
    use_table,
)
from toolkit.simulator.alexa_apis import AlexaApis

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


@dataclass(frozen=True)
class Spent:
    """The DynamoDB requests one call of the skill made."""

    request: str
    operations: tuple[str, ...]

    @property
    def reads(self) -> int:
        return sum(operation in READS for operation in self.operations)

    @property
    def writes(self) -> int:
        return sum(operation in WRITES for operation in self.operations)


def _request_name(event: dict[str, Any]) -> str:
    request = event["request"]
    intent = request.get("intent", {}).get("name")
    return f"{request['type']} {intent}" if intent else str(request["type"])


class Ledger:
    """What each call of the skill sent to DynamoDB, counted attempt by attempt."""

    def __init__(self) -> None:
        self.spent: list[Spent] = []
        self._sending: list[str] = []

    def count(self, client: DynamoDBClient) -> None:
        client.meta.events.register("before-send.dynamodb.*", self._sent)

    def _sent(self, event_name: str, **kwargs: Any) -> None:
        self._sending.append(event_name.rsplit(".", 1)[-1])

    def around(self, handler: Handler) -> Handler:
        def counted(event: dict[str, Any], context: Any) -> dict[str, Any]:
            self._sending = []
            answer = handler(event, context)
            self.spent.append(Spent(_request_name(event), tuple(self._sending)))
            return answer

        return counted

    def of(self, request: str) -> list[Spent]:
        return [spent for spent in self.spent if spent.request == request]


@pytest.fixture
def kept(moto_server: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[SessionStore]:
    """The skill's table, read through a client of the test's own (its requests go uncounted)."""
    table = use_table(monkeypatch, moto_server)
    yield open_store()
    drop_table(moto_server, table)


@pytest.fixture
def ledger(kept: SessionStore, monkeypatch: pytest.MonkeyPatch) -> Iterator[Ledger]:
    counting = Ledger()
    hook_skill_clients(monkeypatch, counting.count)
    monkeypatch.setattr(conversation, "lambda_handler", counting.around(lambda_handler))
    yield counting
    # Whatever a test checked besides, no request may break the budget.
    over = [spent for spent in counting.spent if spent.reads > 1 or spent.writes > 1]
    assert over == []


def _token(reply: conversation.Reply) -> str:
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


def _start_hold(person: Conversation, minutes: int) -> str:
    return _token(person.start_hold(minutes))


def _segments(token: str) -> int:
    parsed = HoldToken.parse(token)
    assert parsed is not None
    return len(parsed.plan.segments)


@pytest.mark.usefixtures("audio_base")
def test_the_whole_way_to_the_point_and_into_the_hold(ledger: Ledger) -> None:
    person = Conversation(user_id="amzn1.ask.account.BUDGET-WAY")
    person.launch()
    person.say("AMAZON.YesIntent")
    person.say("SelfHoldIntent")
    for _ in range(5):
        person.say("AMAZON.NextIntent")
    person.say("FoundItIntent")
    reply = person.say("HoldLengthIntent", minutes="12")

    assert reply.play_directive()["playBehavior"] == "REPLACE_ALL"
    assert [spent.request for spent in ledger.spent] == [
        "LaunchRequest",
        "IntentRequest AMAZON.YesIntent",
        *["IntentRequest AMAZON.NoIntent"] * 2,  # the safety check, passed
        "IntentRequest SelfHoldIntent",
        *["IntentRequest AMAZON.NextIntent"] * 5,
        "IntentRequest FoundItIntent",
        "IntentRequest HoldLengthIntent",
    ]
    # The profile is read once, when the session opens, and kept in the session after.
    assert [spent.reads for spent in ledger.spent] == [1] + [0] * 11
    assert ledger.spent[0].operations == ("GetItem",)
    # The safety check passed, who presses, and the hold with its length: one write each.
    assert [spent.writes for spent in ledger.spent] == [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1]
    assert ledger.spent[-1].operations == ("TransactWriteItems",)


@pytest.mark.usefixtures("audio_base")
def test_a_returning_person_starts_their_usual_hold_on_budget(ledger: Ledger) -> None:
    person = Conversation(user_id="amzn1.ask.account.BUDGET-USUAL")
    _start_hold(person, 12)
    person.ask("UsualLengthIntent", minutes="12")
    ledger.spent.clear()

    person.launch()
    person.say("AMAZON.YesIntent")
    reply = person.say("FoundItIntent")

    assert reply.play_directive()
    assert [spent.operations for spent in ledger.spent] == [
        ("GetItem",),
        (),
        ("TransactWriteItems",),
    ]


@pytest.mark.usefixtures("audio_base")
@pytest.mark.parametrize("minutes", [12, 30])
def test_every_event_of_a_whole_hold(ledger: Ledger, kept: SessionStore, minutes: int) -> None:
    person = Conversation(user_id=f"amzn1.ask.account.BUDGET-HOLD-{minutes}")
    token = _start_hold(person, minutes)
    ledger.spent.clear()

    person.event("PlaybackStarted", token)
    person.during_hold("TimeLeftIntent", token, 60_000)
    person.during_hold("AMAZON.PauseIntent", token, 90_000)
    person.event("PlaybackStopped", token, 90_000, activity="STOPPED")
    resumed = person.during_hold("AMAZON.ResumeIntent", token, 90_000, activity="STOPPED")
    assert _token(resumed) == token
    for segment in range(_segments(token)):
        person.event("PlaybackStarted", token)
        enqueued = person.event("PlaybackNearlyFinished", token)
        person.event("PlaybackFinished", token, activity="FINISHED")
        if enqueued.directives:
            token = _token(enqueued)
        else:
            assert segment == _segments(token) - 1

    assert ledger.of("AudioPlayer.PlaybackNearlyFinished")
    assert all(spent.operations == () for spent in ledger.of("AudioPlayer.PlaybackNearlyFinished"))
    assert all(spent.operations == () for spent in ledger.of("AudioPlayer.PlaybackStarted"))
    # Pausing reads the hold (alone: a pause needs no profile) and keeps the time so far;
    # resuming checks it is still open, with the profile (a check owed stops it).
    assert [spent.operations for spent in ledger.of("IntentRequest AMAZON.PauseIntent")] == [
        ("Query", "UpdateItem")
    ]
    assert [spent.operations for spent in ledger.of("IntentRequest AMAZON.ResumeIntent")] == [
        ("BatchGetItem",)
    ]
    # Only the last segment's end writes: it completes the hold in one write, with no read,
    # the store's conditions holding it to the stored plan and to the person's latest hold.
    finished = [spent.operations for spent in ledger.of("AudioPlayer.PlaybackFinished")]
    assert finished == [()] * (len(finished) - 1) + [("TransactWriteItems",)]
    [hold] = kept.recent_holds(person_key(person.user_id))
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, minutes * 60)


@pytest.mark.usefixtures("audio_base")
def test_stopping_a_hold_part_way(ledger: Ledger) -> None:
    person = Conversation(user_id="amzn1.ask.account.BUDGET-STOP")
    token = _start_hold(person, 30)
    ledger.spent.clear()

    person.event("PlaybackStarted", token)
    stopped = person.during_hold("AMAZON.StopIntent", token, 150_000)
    person.event("PlaybackStopped", token, 150_000, activity="STOPPED")
    again = person.during_hold("AMAZON.ResumeIntent", token, 150_000, activity="STOPPED")

    assert "Stopped after 2 minutes" in stopped.speech
    assert "That hold has ended" in again.speech
    # PlaybackStopped reads the hold (alone: a device's report needs no profile) to note
    # where it stopped; an ended hold needs no write.
    assert [spent.operations for spent in ledger.spent] == [
        (),
        ("Query", "TransactWriteItems"),
        ("Query",),
        ("BatchGetItem",),
    ]


@pytest.mark.usefixtures("audio_base")
def _begins_at(token: str) -> int:
    """Where in its file a hold's audio begins: a short hold starts part way in."""
    parsed = HoldToken.parse(token)
    assert parsed is not None
    return parsed.plan.segments[0].offset_ms


def test_starting_over_and_reopening_mid_hold(ledger: Ledger) -> None:
    person = Conversation(user_id="amzn1.ask.account.BUDGET-AGAIN")
    token = _start_hold(person, 10)
    ledger.spent.clear()

    again = person.during_hold("AMAZON.StartOverIntent", token, _begins_at(token) + 150_000)
    fresh = _token(again)
    offered = person.launch_during_hold(fresh, _begins_at(fresh) + 60_000, "STOPPED")
    carried = person.say("AMAZON.YesIntent")

    assert "Carry on, or start again?" in offered.speech
    assert "Carrying on: 9 minutes to go" in carried.speech
    assert [spent.operations for spent in ledger.spent] == [
        ("BatchGetItem", "TransactWriteItems"),  # the interrupted hold keeps its time
        ("BatchGetItem", "UpdateItem"),  # opening reads where the hold stands, then notes its time
        ("BatchGetItem",),
    ]


@pytest.mark.usefixtures("audio_base")
def test_reminders_progress_ratings_and_preferences_stay_on_budget(
    ledger: Ledger, alexa_apis: AlexaApis
) -> None:
    person = DeviceWithApis(user_id="amzn1.ask.account.BUDGET-ASIDES", apis=alexa_apis)
    _start_hold(person, 5)
    ledger.spent.clear()

    person.ask("PainRatingIntent", rating="3")
    person.ask("ProgressIntent")
    person.ask("LastHoldIntent")
    person.ask("RemindDailyIntent", time="19:00")
    person.permission_answer("ACCEPTED")
    person.ask("ListRemindersIntent")
    person.ask("CancelRemindersIntent")
    person.ask("UsualLengthIntent", minutes="10")
    person.ask("CountEveryFiveMinutesIntent")
    person.ask("SpeakSlowerIntent")
    person.launch()
    person.say("PainRatingIntent", rating="6")
    person.say("AMAZON.YesIntent")
    person.say("ProgressIntent")

    assert [(spent.request, spent.operations) for spent in ledger.spent] == [
        # Used, not kept: nobody has said yes to keeping ratings yet.
        ("IntentRequest PainRatingIntent", ("Query",)),
        ("IntentRequest ProgressIntent", ("Query",)),
        ("IntentRequest LastHoldIntent", ("Query",)),
        # Asking for permission keeps what waits on it where a new session finds it (the
        # profile); setting the reminder then keeps its id.
        ("IntentRequest RemindDailyIntent", ("GetItem", "PutItem")),
        # The answer comes in the session the prompt kept open: the profile is at hand.
        ("Connections.Response", ("PutItem",)),
        ("IntentRequest ListRemindersIntent", ()),
        ("IntentRequest CancelRemindersIntent", ("GetItem", "PutItem")),
        ("IntentRequest UsualLengthIntent", ("GetItem", "PutItem")),
        ("IntentRequest CountEveryFiveMinutesIntent", ("GetItem", "PutItem")),
        ("IntentRequest SpeakSlowerIntent", ("GetItem", "PutItem")),
        ("LaunchRequest", ("GetItem",)),
        # In a conversation the profile is already at hand: asked once whether to keep them.
        ("IntentRequest PainRatingIntent", ("PutItem",)),
        ("IntentRequest AMAZON.YesIntent", ("PutItem",)),
        ("IntentRequest ProgressIntent", ("Query",)),
    ]


@pytest.mark.usefixtures("audio_base")
def test_a_kept_rating_after_a_hold_is_one_read_and_one_write(ledger: Ledger) -> None:
    person = Conversation(user_id="amzn1.ask.account.BUDGET-KEPT", person_id="amzn1.ask.person.A")
    person.ask("KeepRatingsIntent")
    token = _start_hold(person, 5)
    ledger.spent.clear()

    person.during_hold("PainRatingIntent", token, 0, rating="5")
    person.during_hold("PainRatingIntent", token, 0, "STOPPED", rating="3")

    # As the hold begins: its rating before, and the hold plays on; then, reported
    # stopped, the rating after it. Each is one read (the profile, or the profile with the
    # stored hold where the device's report alone can't tell playing from paused) and the
    # rating's one write.
    assert [spent.request for spent in ledger.spent] == ["IntentRequest PainRatingIntent"] * 2
    for spent in ledger.spent:
        read, write = spent.operations
        assert read in ("GetItem", "BatchGetItem") and write == "UpdateItem"


@pytest.mark.usefixtures("audio_base")
def test_opening_the_skill_elsewhere_makes_a_noted_repair_on_budget(
    ledger: Ledger, kept: SessionStore
) -> None:
    person = Conversation(user_id="amzn1.ask.account.BUDGET-NOTED")
    _start_hold(person, 10)
    key = person_key(person.user_id)
    [hold] = kept.recent_holds(key)
    finish = Repair(Owed.COMPLETE, hold._replace(status=HoldStatus.COMPLETED, held_seconds=600))
    kept.save_profile(replace(kept.load_profile(key), hold_owed=noted(finish)))
    ledger.spent.clear()

    Conversation(user_id=person.user_id).launch()

    assert [spent.operations for spent in ledger.spent] == [("GetItem", "TransactWriteItems")]
    assert kept.recent_holds(key) == [finish.hold]
    assert kept.load_profile(key).hold_owed is None
