"""A person saying anything in any order, while the device reports holds out of order.

Hypothesis drives one person through launches, every intent of the model, one-shots
during a hold, AudioPlayer events and buttons about any hold the skill ever started, and
sessions that end. Every answer must be valid, no handler may fail, and what is stored
must add up: each hold counted once, the counters equal to the holds behind them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from hypothesis import event
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)

from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldStatus
from skill.store import SessionStore, open_store, person_key
from tests.fuzz import strategies
from tests.fuzz.answers import check_answer
from tests.fuzz.budget import Cases, examples
from tests.fuzz.faults import logged_faults
from tests.fuzz.offline import OfflineConversation
from tests.support.conversation import Reply

# Not marked slow: its fixed-seed sample takes under a second, so the fuzz tier has a
# part in `make test-fast`; `make fuzz` runs it in full.

EVENTS = tuple(kind.split(".", 1)[1] for kind in strategies.AUDIO_PLAYER_EVENTS)
BUTTONS = tuple(kind.split(".", 1)[1] for kind in strategies.BUTTONS)
LENGTHS = st.sampled_from(["1", "5", "12", "30", "60", "0", "61", "-3", "ten", "2.5"])


def _offset(token: str, position: float) -> int:
    """An offset the device could report for the token's segment, within the hold's time.

    The closing words after the hold's last second are left out here: stopping during
    them is pinned by tests/hardening/test_found_faults.py.
    """
    parsed = HoldToken.parse(token)
    assert parsed is not None
    segments = parsed.plan.segments
    segment = segments[parsed.segment]
    ends_at = (
        segments[parsed.segment + 1].starts_at_ms
        if parsed.segment + 1 < len(segments)
        else parsed.plan.total_ms
    )
    return segment.offset_ms + int(position * (ends_at - segment.starts_at_ms))


class PersonAndDevice(RuleBasedStateMachine):
    tokens = Bundle("tokens")

    def __init__(self) -> None:
        super().__init__()
        self.person = OfflineConversation(user_id=f"amzn1.ask.account.MACHINE-{uuid.uuid4().hex}")
        self.store: SessionStore = open_store()

    def _heard(self, reply: Reply) -> list[str]:
        """Check the answer to the request just sent; the hold tokens it plays."""
        check_answer(reply.raw, self.person.log[-1])
        Cases.ran()
        if reply.directives:
            event(f"answered with {sorted(d['type'] for d in reply.directives)}")
        return [
            directive["audioItem"]["stream"]["token"]
            for directive in reply.directives
            if directive["type"] == "AudioPlayer.Play"
        ]

    def _run(self, send: Callable[[], Reply]) -> Reply:
        """Send one request; no handler may fail on the way."""
        with logged_faults() as faults:
            reply = send()
        assert faults == []
        return reply

    @rule(target=tokens)
    def launch(self) -> object:
        return multiple(*self._heard(self._run(self.person.launch)))

    @rule(target=tokens, intent=st.sampled_from(sorted(strategies.model_intents())), length=LENGTHS)
    def say(self, intent: str, length: str) -> object:
        slots = {"minutes": length} if intent == "HoldLengthIntent" else {}
        return multiple(*self._heard(self._run(lambda: self.person.say(intent, **slots))))

    @rule(target=tokens, length=LENGTHS)
    def start_a_hold(self, length: str) -> object:
        """The quickest way into a hold, so that holds start often."""
        person = self.person
        started = self._heard(self._run(lambda: person.ask("BackPainIntent")))
        started += self._heard(self._run(lambda: person.say("SelfHoldIntent")))
        started += self._heard(self._run(lambda: person.say("FoundItIntent")))
        started += self._heard(self._run(lambda: person.say("HoldLengthIntent", minutes=length)))
        return multiple(*started)

    @rule(
        target=tokens,
        token=tokens,
        kind=st.sampled_from(EVENTS),
        position=st.floats(0, 1),
        activity=st.sampled_from(strategies.ACTIVITIES),
    )
    def device_event(self, token: str, kind: str, position: float, activity: str) -> object:
        offset = _offset(token, position)
        return multiple(
            *self._heard(self._run(lambda: self.person.event(kind, token, offset, activity)))
        )

    @rule(
        target=tokens,
        token=tokens,
        command=st.sampled_from(BUTTONS),
        position=st.floats(0, 1),
        activity=st.sampled_from(strategies.ACTIVITIES),
    )
    def button(self, token: str, command: str, position: float, activity: str) -> object:
        offset = _offset(token, position)
        reply = self._run(lambda: self.person.button(command, token, offset, activity))
        return multiple(*self._heard(reply))

    @rule(
        target=tokens,
        token=tokens,
        intent=st.sampled_from(strategies.HOLD_INTENTS),
        position=st.floats(0, 1),
        activity=st.sampled_from(strategies.ACTIVITIES),
    )
    def during_hold(self, token: str, intent: str, position: float, activity: str) -> object:
        offset = _offset(token, position)
        reply = self._run(lambda: self.person.during_hold(intent, token, offset, activity))
        return multiple(*self._heard(reply))

    @rule(reason=st.sampled_from(["USER_INITIATED", "ERROR", "EXCEEDED_MAX_REPROMPTS"]))
    def session_ends(self, reason: str) -> None:
        if self.person.session_id is not None:
            self._heard(self._run(lambda: self.person.end_session(reason)))

    def teardown(self) -> None:
        close = getattr(self.store, "close", None)
        if close is not None:
            close()

    @invariant()
    def the_counters_add_up(self) -> None:
        person = person_key(self.person.user_id)
        profile = self.store.load_profile(person)
        holds = self.store.recent_holds(person, limit=10_000)
        closed = [hold for hold in holds if hold.status != HoldStatus.IN_PROGRESS]
        completed = [hold for hold in holds if hold.status == HoldStatus.COMPLETED]
        assert profile.holds_started == len(holds)
        assert profile.holds_completed == len(completed)
        assert profile.seconds_held == sum(hold.held_seconds for hold in closed)
        for hold in holds:
            assert 0 <= hold.held_seconds <= hold.planned_seconds, hold
        event(f"holds kept: {min(len(holds), 3)}+, of which closed: {min(len(closed), 3)}+")


def test_anything_in_any_order_keeps_answers_valid_and_counts_exact() -> None:
    run_state_machine_as_test(
        PersonAndDevice, settings=examples(sample=8, full=150, stateful_step_count=25)
    )
