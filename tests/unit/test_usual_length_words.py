"""A usual length of one minute is said as one minute, not as many, in every language."""

from __future__ import annotations

import pytest

from skill.routine.journey import Journey, Stage
from skill.speech.languages import words_for


@pytest.mark.parametrize(
    ("locale", "one", "five"),
    [
        ("de-DE", "Ihre übliche 1 Minute", "Ihre üblichen 5 Minuten"),
        ("es-ES", "su minuto de siempre", "sus 5 minutos de siempre"),
    ],
)
def test_the_usual_length_agrees_with_its_number(locale: str, one: str, five: str) -> None:
    phrases, offered = words_for(locale).phrases, Journey(stage=Stage.USUAL)
    for said in (phrases.prompt, phrases.help):
        assert one in said(offered, 1)
        assert five.replace("5", "1") not in said(offered, 1)
        assert five in said(offered, 5)
