"""German symptoms are weighed as English ones are: red flags, easing off, and denials."""

from __future__ import annotations

import pytest

from skill.routine.symptoms import Concern, concern_of
from skill.speech.de.heard_symptoms import HEARD

SYMPTOM = "SymptomIntent"


@pytest.mark.parametrize(
    ("said", "concern"),
    [
        ("meine Beine sind seit gestern ganz taub", Concern.URGENT),
        ("ich spüre meine Füße kaum noch", Concern.URGENT),
        ("seit heute früh kann ich das Wasser nicht mehr halten", Concern.URGENT),
        ("ich bin gestern von der Leiter gefallen", Concern.URGENT),
        ("Fieber seit zwei Tagen", Concern.URGENT),
        ("meine Wade ist dick und tut weh", Concern.DOCTOR),
        ("mein Knie schwillt an", Concern.DOCTOR),
        ("Krampfadern habe ich auch", Concern.DOCTOR),
        ("mir kribbelt das ganze Bein", Concern.EASE_OFF),
        ("das sticht richtig", Concern.EASE_OFF),
        ("es wird schlimmer", Concern.EASE_OFF),
    ],
)
def test_german_words_are_weighed(said: str, concern: Concern) -> None:
    assert concern_of(SYMPTOM, None, said, HEARD) == concern


@pytest.mark.parametrize(
    "said",
    [
        "nein, meine Beine sind nicht taub",
        "kein Fieber",
        "nein, gestürzt bin ich nicht",
        "das hat mir gut gefallen",
        "könnte schlimmer sein",
    ],
)
def test_denials_and_look_alikes_are_not_symptoms(said: str) -> None:
    assert concern_of(SYMPTOM, None, said, HEARD) is None
