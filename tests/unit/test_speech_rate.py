"""Slower and faster: a step at a time, no further than the slowest and the fastest."""

from __future__ import annotations

import pytest

from skill.routine.speech_rate import SpeechRate, faster, slower


@pytest.mark.parametrize(
    ("rate", "slowed", "sped_up"),
    [
        (SpeechRate.SLOW, SpeechRate.SLOW, SpeechRate.NORMAL),
        (SpeechRate.NORMAL, SpeechRate.SLOW, SpeechRate.FAST),
        (SpeechRate.FAST, SpeechRate.NORMAL, SpeechRate.FAST),
    ],
)
def test_a_step_slower_or_faster(rate: SpeechRate, slowed: SpeechRate, sped_up: SpeechRate) -> None:
    assert slower(rate) is slowed
    assert faster(rate) is sped_up


@pytest.mark.parametrize(
    ("kept", "rate"),
    [("slow", SpeechRate.SLOW), ("fast", SpeechRate.FAST), ("x-fast", SpeechRate.NORMAL)],
)
def test_the_rate_kept_in_a_profile(kept: str, rate: SpeechRate) -> None:
    assert SpeechRate.saved(kept) is rate
