"""A usual length of one minute is said as one minute, not as many, in every language."""

from __future__ import annotations

import pytest

from skill.speech.de.phrases import German
from skill.speech.es.phrases import Spanish
from skill.speech.journey_phrases import JourneyPhrases


@pytest.mark.parametrize(
    ("phrases", "one", "five"),
    [
        (German(), "Ihre übliche 1 Minute", "Ihre üblichen 5 Minuten"),
        (Spanish(), "su minuto de siempre", "sus 5 minutos de siempre"),
    ],
)
def test_the_usual_length_agrees_with_its_number(
    phrases: JourneyPhrases, one: str, five: str
) -> None:
    for said in (phrases.usual_offer, phrases.usual_help):
        assert one in said(1)
        assert five.replace("5", "1") not in said(1)
        assert five in said(5)
