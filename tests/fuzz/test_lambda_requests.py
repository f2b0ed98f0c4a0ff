"""Fuzzed envelopes through `lambda_handler`: every answer is one Alexa accepts.

Well-formed envelopes, however odd their values, are answered without any handler
failing. Broken ones still get a valid answer, never an exception.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill.lambda_function import lambda_handler
from tests.fuzz import strategies
from tests.fuzz.answers import check_answer
from tests.fuzz.budget import Cases, examples
from tests.fuzz.faults import logged_faults

pytestmark = pytest.mark.slow


@examples(sample=80, full=2000)
@given(strategies.envelopes())
def test_well_formed_envelopes_are_answered_without_a_fault(envelope: dict[str, Any]) -> None:
    with logged_faults() as faults:
        answer = lambda_handler(envelope, None)
    Cases.ran()
    check_answer(answer, envelope)
    assert faults == []


@examples(sample=40, full=1500)
@given(strategies.envelopes(st.sampled_from(strategies.AUDIO_PLAYER_EVENTS + strategies.BUTTONS)))
def test_device_events_in_any_order_get_no_speech(envelope: dict[str, Any]) -> None:
    with logged_faults() as faults:
        answer = lambda_handler(envelope, None)
    Cases.ran()
    response = check_answer(answer, envelope)
    assert "outputSpeech" not in response
    assert faults == []


@examples(sample=40, full=1000)
@given(
    strategies.envelopes(
        st.sampled_from(["LaunchRequest", "IntentRequest"]), profiles=strategies.odd_profiles()
    )
)
def test_a_profile_the_skill_never_kept_is_answered_without_a_fault(
    envelope: dict[str, Any],
) -> None:
    with logged_faults() as faults:
        answer = lambda_handler(envelope, None)
    Cases.ran()
    check_answer(answer, envelope)
    # A profile that is not sound is read again from the store: no handler fails on it.
    assert faults == []


@examples(sample=80, full=2000)
@given(strategies.mutated(strategies.envelopes(profiles=strategies.odd_profiles())))
def test_broken_envelopes_still_get_a_valid_answer(envelope: dict[str, Any]) -> None:
    answer = lambda_handler(envelope, None)
    Cases.ran()
    check_answer(answer, envelope)
