"""Spanish symptoms are weighed as English ones are: red flags, easing off, and denials.

Spanish says "no" inside some symptoms ("no siento las piernas"): those are red flags,
while "no tengo fiebre" denies one.
"""

from __future__ import annotations

import pytest

from skill.routine.symptoms import Concern, concern_of
from skill.speech.es.heard_symptoms import HEARD

SYMPTOM = "SymptomIntent"


@pytest.mark.parametrize(
    ("said", "concern"),
    [
        ("se me han dormido las piernas", Concern.URGENT),
        ("no siento las piernas desde esta mañana", Concern.URGENT),
        ("tengo las piernas muy débiles", Concern.URGENT),
        ("se me doblan las piernas", Concern.URGENT),
        ("no puedo aguantar el pis", Concern.URGENT),
        ("traigo calentura desde ayer", Concern.URGENT),
        ("me caí de la escalera el domingo", Concern.URGENT),
        ("me di un ranazo en el trabajo", Concern.URGENT),
        ("la pantorrilla la tengo hinchada", Concern.DOCTOR),
        ("tengo la rodilla inflamada", Concern.DOCTOR),
        ("tengo várices", Concern.DOCTOR),
        ("noto un hormigueo en el pie", Concern.EASE_OFF),
        ("es un dolor punzante", Concern.EASE_OFF),
        ("cada vez peor", Concern.EASE_OFF),
    ],
)
def test_spanish_words_are_weighed(said: str, concern: Concern) -> None:
    assert concern_of(SYMPTOM, None, said, HEARD) == concern


@pytest.mark.parametrize(
    "said",
    [
        "no tengo fiebre",
        "no, las piernas no las tengo dormidas",
        "sin fiebre ni nada",
        "me quedé dormida viendo la tele",
        "me caes muy bien",
        "podría ser peor",
    ],
)
def test_denials_and_look_alikes_are_not_symptoms(said: str) -> None:
    assert concern_of(SYMPTOM, None, said, HEARD) is None
