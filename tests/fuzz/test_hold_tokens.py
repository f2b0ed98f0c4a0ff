"""Hold tokens as a device might garble them, or another skill's: answered, and harmless.

A real hold is started first. Its token is then tampered with and sent back with every
event, button and one-shot a hold can get. Whatever the token, the answer is valid and
no handler fails; a token that does not name the hold leaves the person's holds as they
were.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill.routine.hold_token import HoldToken
from skill.store import open_store, person_key
from tests.fuzz import strategies
from tests.fuzz.answers import check_answer
from tests.fuzz.budget import Cases, examples
from tests.fuzz.faults import logged_faults
from tests.fuzz.offline import OfflineConversation
from tests.support.conversation import Reply

pytestmark = pytest.mark.slow

PERSON = "amzn1.ask.account.TOKEN-TAMPERER"
EVENTS = tuple(kind.split(".", 1)[1] for kind in strategies.AUDIO_PLAYER_EVENTS)
BUTTONS = tuple(kind.split(".", 1)[1] for kind in strategies.BUTTONS)


@pytest.fixture(scope="module")
def real_token(embedded_store: Path) -> str:
    person = OfflineConversation(user_id=PERSON)
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    token: str = person.say("HoldLengthIntent", minutes="12").play_directive()["audioItem"][
        "stream"
    ]["token"]
    return token


@st.composite
def tampered(draw: st.DrawFn, token: str) -> str:
    parts = token.split("/")
    how = draw(st.sampled_from(["char", "part", "drop", "extra", "case", "pad", "other"]))
    if how == "char":
        at = draw(st.integers(0, len(token) - 1))
        return token[:at] + draw(st.characters()) + token[at + 1 :]
    if how == "part":
        at = draw(st.integers(0, len(parts) - 1))
        parts[at] = draw(
            st.one_of(st.integers(-3, 999).map(str), st.text(max_size=12), strategies.hold_ids())
        )
        return "/".join(parts)
    if how == "drop":
        del parts[draw(st.integers(0, len(parts) - 1))]
        return "/".join(parts)
    if how == "extra":
        return token + draw(st.sampled_from(["/", "/0", "x", "/" * 300, "a" * 2000]))
    if how == "case":
        return token.upper()
    if how == "pad":
        return draw(st.sampled_from([" ", "\n", "\t"])) + token
    return draw(strategies.hold_tokens())


def _send(person: OfflineConversation, kind: str, token: str, offset: int, activity: str) -> Reply:
    if kind in EVENTS:
        return person.event(kind, token, offset, activity)
    if kind in BUTTONS:
        return person.button(kind, token, offset, activity)
    return person.during_hold(kind, token, offset, activity)


@examples(sample=60, full=1500)
@given(
    data=st.data(),
    kind=st.sampled_from(EVENTS + BUTTONS + strategies.HOLD_INTENTS),
    offset=st.integers(0, 40 * 60_000),
    activity=st.sampled_from(strategies.ACTIVITIES),
)
def test_tampered_tokens_get_valid_answers_and_leave_the_hold_alone(
    real_token: str, data: st.DataObject, kind: str, offset: int, activity: str
) -> None:
    token = data.draw(tampered(real_token))
    person = OfflineConversation(user_id=PERSON)
    store = open_store()
    before = store.recent_holds(person_key(PERSON))
    with logged_faults() as faults:
        reply = _send(person, kind, token, offset, activity)
    Cases.ran()
    check_answer(reply.raw, person.log[-1])
    assert faults == []
    parsed, real = HoldToken.parse(token), HoldToken.parse(real_token)
    assert real is not None
    if parsed is None or parsed.hold_id != real.hold_id:
        assert store.recent_holds(person_key(PERSON)) == before
