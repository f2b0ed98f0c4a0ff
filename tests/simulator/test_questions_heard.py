"""The questions people asked in play, heard as they said them, in every locale."""

from __future__ import annotations

from functools import cache

import pytest

from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import LOCALES, load_model

# The questions below are English: other languages have their own (test_german_heard.py).
ENGLISH = [locale for locale in LOCALES if locale.startswith("en-")]


@cache
def matcher(locale: str) -> Matcher:
    return Matcher(load_model(locale))


HEARD = [
    ("what is Qi", "WhatIsQiIntent"),
    ("what's chi", "WhatIsQiIntent"),
    ("does acupressure work", "DoesItWorkIntent"),
    ("is this real medicine", "DoesItWorkIntent"),
    ("is it proven", "DoesItWorkIntent"),
    ("should I do both legs", "BothKneesIntent"),
    ("is it the back of the knee or the front", "WhereIsItIntent"),
    ("I can't bend my leg", "TooSoreToBendIntent"),
    ("how long should I do it", "RecommendedLengthIntent"),
    ("what do you keep about me", "WhatYouKeepIntent"),
    ("what do you know about me", "WhatYouKeepIntent"),
    ("what data do you store", "WhatYouKeepIntent"),
    ("what's my streak", "ProgressIntent"),
    ("talk to a human", "TalkToPersonIntent"),
    ("can I talk to a real person", "TalkToPersonIntent"),
    ("get me a doctor", "TalkToPersonIntent"),
    ("you're useless", "FrustratedIntent"),
    ("this is rubbish", "FrustratedIntent"),
    ("you don't understand", "FrustratedIntent"),
    ("stupid thing", "FrustratedIntent"),
    ("damn it", "FrustratedIntent"),
    ("for fuck's sake", "FrustratedIntent"),
    ("bloody hell", "FrustratedIntent"),
]


@pytest.mark.parametrize("locale", ENGLISH)
@pytest.mark.parametrize(("said", "intent"), HEARD)
def test_each_question_is_heard_as_its_intent(locale: str, said: str, intent: str) -> None:
    assert matcher(locale).match(said).intent == intent


@pytest.mark.parametrize("locale", ENGLISH)
def test_a_pain_of_an_eight_is_a_rating_of_8(locale: str) -> None:
    match = matcher(locale).match("my pain is an eight")
    assert match.intent == "PainRatingIntent"
    rating = match.slots["rating"]
    assert rating is not None and rating.value == "8"
