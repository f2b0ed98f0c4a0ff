"""Every language's words around a hold, put together by the one choice for all of them.

A pack gives its sentences with slots ({minutes}, {done}, {total}, {length}, {held}); a
slot misnamed in one language would fail only when a person there heard it, so each is
filled here, under a minute, at one minute and at several.
"""

from __future__ import annotations

import re

import pytest

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import plan_hold
from skill.speech import hold_answer
from skill.speech.languages import words_for
from skill.speech.locales import SUPPORTED_LOCALES

MINUTE_MS = 60_000
TOTAL_MS = 20 * MINUTE_MS


def _said(locale: str) -> list[str]:
    words = words_for(locale).hold
    said = [
        hold_answer.starting(words, plan_hold(5, Cadence.MINUTE), first_time=True),
        hold_answer.starting(words, plan_hold(5, Cadence.MINUTE), first_time=True, streamed=False),
    ]
    for ms in (30_000, MINUTE_MS, 7 * MINUTE_MS):
        said += [hold_answer.time_left(words, ms), hold_answer.going(words, ms)]
        said += [hold_answer.carrying_on(words, ms), hold_answer.paused_hold(words, ms, TOTAL_MS)]
        said += [hold_answer.paused_at(words, ms, TOTAL_MS)]
        said += [hold_answer.offer_carry_on(words, ms, TOTAL_MS)]
    for seconds in (30, 60, 7 * 60):
        said += [hold_answer.stopped(words, seconds), hold_answer.kept(words, seconds)]
        said += [hold_answer.paused_for_advice(words, seconds)]
        said += [hold_answer.starting_over(words, seconds)]
    return said


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_slot_of_every_hold_sentence_is_filled(locale: str) -> None:
    for sentence in _said(locale):
        assert "{" not in sentence, sentence
        assert "}" not in sentence, sentence


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_minutes_kept_are_said_only_once_there_is_a_whole_one(locale: str) -> None:
    words = words_for(locale).hold
    assert hold_answer.kept(words, 59) == words.HOLD_ENDED
    assert "7" in hold_answer.kept(words, 7 * 60)
    assert "7" in hold_answer.starting_over(words, 7 * 60)
    assert not re.search(r"\b0\b", hold_answer.paused_at(words, 30_000, TOTAL_MS))
