"""One turn per request: whatever is asked, and wherever the person is, the store is read at
most once and written at most once between every handler's `can_handle` and the `handle`.

Each intent of the interaction model is said in four places (a one-shot, in the middle
of the way to the point, over a playing hold, over a paused one); every device event and
button is sent over a hold; launches, the end of a session and the skill being disabled
too. The memory store the skill is given counts its calls: each is one read or one write.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import RequestEnvelope, Response

from skill import lambda_function
from skill.handlers.plumbing.turn import BeginTurn, EndTurn, Services, turn_of
from skill.routine.hold_token import HoldToken
from skill.store import person_key
from tests.support.alexa_apis import DeviceWithApis
from tests.support.conversation import fixture
from tests.support.memory_store import READS, MemoryStore
from toolkit.simulator.alexa_apis import AlexaApis

MODEL = (
    Path(__file__).resolve().parents[2] / "interaction_model/interactionModels/custom/en-US.json"
)
# Deleting what is kept about a person takes as many requests as there are items to delete
# (the store's contract says so); it is not one of a turn's reads or writes.
DELETING = {"forget", "forget_account", "forget_ratings"}

# A value for each slot, as a person might fill it.
SLOT_VALUES = {
    "minutes": "10",
    "rating": "6",
    "time": "19:00",
    "hour": "7",
    "place": "neck",
    "part": "evening",
    "day": "2026-12-05",
}


def _intents() -> list[tuple[str, dict[str, str]]]:
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    return [
        (
            intent["name"],
            {slot["name"]: SLOT_VALUES.get(slot["name"], "") for slot in intent.get("slots", [])},
        )
        for intent in model["interactionModel"]["languageModel"]["intents"]
    ]


def _spent(store: MemoryStore) -> tuple[int, int]:
    """The reads and writes asked of `store` since last asked."""
    reads = sum(count for name, count in store.calls.items() if name in READS)
    writes = sum(count for name, count in store.calls.items() if name not in READS | DELETING)
    store.calls.clear()
    return reads, writes


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryStore]:
    store = MemoryStore()
    skill = lambda_function.build_skill(Services(store=lambda: store))
    monkeypatch.setattr(lambda_function, "_skill", skill)
    yield store
    lambda_function.reset()


class Budget:
    """Sends requests, noting any that spent more than one read or one write."""

    def __init__(self, store: MemoryStore) -> None:
        self.store = store
        self.over: list[tuple[str, int, int]] = []
        self.sent = 0

    def check(self, what: str) -> None:
        reads, writes = _spent(self.store)
        self.sent += 1
        if reads > 1 or writes > 1:
            self.over.append((what, reads, writes))


@pytest.fixture
def budget(counting: MemoryStore) -> Budget:
    return Budget(counting)


def _person(apis: AlexaApis, name: str) -> DeviceWithApis:
    return DeviceWithApis(user_id=f"amzn1.ask.account.ONE-TURN-{name}", apis=apis)


def _hold_token(person: DeviceWithApis) -> str:
    token: str = person.start_hold(10).play_directive()["audioItem"]["stream"]["token"]
    return token


@pytest.mark.usefixtures("audio_base")
def test_every_intent_said_as_a_one_shot(budget: Budget, alexa_apis: AlexaApis) -> None:
    person = _person(alexa_apis, "ONE-SHOT")
    for intent, slots in _intents():
        person.ask(intent, **slots)
        budget.check(f"one-shot {intent}")
    assert budget.sent == len(_intents())
    assert budget.over == []


@pytest.mark.usefixtures("audio_base")
def test_every_intent_said_on_the_way_to_the_point(budget: Budget, alexa_apis: AlexaApis) -> None:
    person = _person(alexa_apis, "ON-THE-WAY")
    for intent, slots in _intents():
        person.launch()
        person.say("AMAZON.YesIntent")
        person.say("SelfHoldIntent")
        _spent(budget.store)
        person.say(intent, **slots)
        budget.check(f"on the way {intent}")
    assert budget.over == []


@pytest.mark.usefixtures("audio_base")
@pytest.mark.parametrize("ended", [False, True])
def test_every_intent_said_after_a_pause_or_a_stop(
    budget: Budget, alexa_apis: AlexaApis, ended: bool
) -> None:
    """Over a hold paused (or stopped) a while ago, where what is said is not put off."""
    for intent, slots in _intents():
        person = _person(alexa_apis, f"AFTER-{'STOP' if ended else 'PAUSE'}-{intent}")
        token = _hold_token(person)
        person.during_hold("AMAZON.StopIntent" if ended else "AMAZON.PauseIntent", token, 90_000)
        _spent(budget.store)
        person.during_hold(intent, token, 90_000, "STOPPED", answering=False, **slots)
        budget.check(f"after a {'stop' if ended else 'pause'} {intent}")
    assert budget.over == []


@pytest.mark.usefixtures("audio_base")
def test_every_intent_said_over_a_hold_replaced_by_a_newer_one(
    budget: Budget, alexa_apis: AlexaApis
) -> None:
    """The device still reports a hold the person has since started afresh."""
    for intent, slots in _intents():
        person = _person(alexa_apis, f"REPLACED-{intent}")
        token = _hold_token(person)
        person.during_hold("AMAZON.PauseIntent", token, 90_000)
        newer = HoldToken.parse(_hold_token(person))
        assert newer is not None
        assert budget.store.load_profile(person_key(person.user_id)).latest_hold == newer.hold_id
        _spent(budget.store)
        person.during_hold(intent, token, 90_000, "STOPPED", answering=False, **slots)
        budget.check(f"over a replaced hold {intent}")
    assert budget.over == []


@pytest.mark.usefixtures("audio_base")
@pytest.mark.parametrize("activity", ["PLAYING", "STOPPED"])
def test_every_intent_said_over_a_hold(
    budget: Budget, alexa_apis: AlexaApis, activity: str
) -> None:
    for intent, slots in _intents():
        # Each intent over a hold of its own person: a start over leaves a newer hold
        # behind, which would make the next intent's hold one that has ended.
        person = _person(alexa_apis, f"OVER-A-HOLD-{activity}-{intent}")
        token = _hold_token(person)
        _spent(budget.store)
        person.during_hold(intent, token, 90_000, activity, answering=False, **slots)
        budget.check(f"over a {activity} hold {intent}")
    assert budget.over == []


@pytest.mark.usefixtures("audio_base")
def test_every_device_event_launch_and_session_end(budget: Budget, alexa_apis: AlexaApis) -> None:
    person = _person(alexa_apis, "EVENTS")
    token = _hold_token(person)
    _spent(budget.store)
    for kind in ("PlaybackStarted", "PlaybackNearlyFinished", "PlaybackStopped", "PlaybackFailed"):
        person.event(kind, token, 60_000)
        budget.check(f"AudioPlayer.{kind}")
    for command in ("PlayCommandIssued", "PauseCommandIssued", "NextCommandIssued"):
        person.button(command, token, 120_000)
        budget.check(f"PlaybackController.{command}")
    person.launch_during_hold(token, 150_000)
    budget.check("LaunchRequest over a paused hold")
    person.event("PlaybackFinished", token, 600_000)
    budget.check("AudioPlayer.PlaybackFinished")
    person.launch()
    budget.check("LaunchRequest")
    person.end_session()
    budget.check("SessionEndedRequest")
    disabled = fixture("session_ended_request.json")
    disabled["request"] = {
        "type": "AlexaSkillEvent.SkillDisabled",
        "requestId": "amzn1.echo-api.request.disabled",
        "timestamp": "2026-12-04T12:00:00Z",
    }
    disabled["context"]["System"]["user"]["userId"] = person.user_id
    person.send(disabled)
    budget.check("AlexaSkillEvent.SkillDisabled")
    assert budget.sent == 12
    assert budget.over == []


class _DecidesFromTheHold(AbstractRequestHandler):
    """Takes a request only if the person has a hold, and speaks of it: the read is shared."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return turn_of(handler_input).work.latest_hold() is not None

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        hold = turn.work.latest_hold()
        assert hold is not None
        turn.work.remember(usual_minutes=hold.planned_seconds // 60)
        return turn.reply.tell(f"Your last hold was {hold.planned_seconds // 60} minutes.")


@pytest.mark.usefixtures("audio_base")
def test_can_handle_and_handle_share_one_read_and_the_turn_saves_once(
    counting: MemoryStore, alexa_apis: AlexaApis
) -> None:
    person = _person(alexa_apis, "SHARED")
    _hold_token(person)
    builder = CustomSkillBuilder()
    builder.add_request_handler(_DecidesFromTheHold())
    builder.add_global_request_interceptor(BeginTurn(Services(store=lambda: counting)))
    builder.add_global_response_interceptor(EndTurn())
    skill = builder.create()
    envelope = person._intent_envelope("ProgressIntent", {})
    _spent(counting)

    answer = skill.invoke(
        request_envelope=DefaultSerializer().deserialize(json.dumps(envelope), RequestEnvelope),
        context=None,
    )

    assert answer.response is not None
    assert "Your last hold was 10 minutes." in str(answer.response.output_speech)
    assert counting.calls == {"recent_holds": 1, "load_profile": 1, "save_profile": 1}
