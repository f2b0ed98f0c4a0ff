"""French red flags said in a person's own words are weighed as English ones are."""

from __future__ import annotations

import pytest

from skill.routine.symptoms import Concern, concern_of
from skill.speech.fr.heard_symptoms import HEARD

SYMPTOM = "SymptomIntent"


@pytest.mark.parametrize(
    ("said", "concern"),
    [
        ("fait pipi sans m'en rendre compte", Concern.URGENT),
        ("j'ai fait pipi sans le sentir", Concern.URGENT),
        ("j'ai fait pipi dans ma culotte", Concern.URGENT),
        ("enceinte de quatre mois", Concern.MIDWIFE),
        ("tombé dans l'escalier hier", Concern.URGENT),
    ],
)
def test_french_words_are_weighed(said: str, concern: Concern) -> None:
    assert concern_of(SYMPTOM, None, said, HEARD) == concern


@pytest.mark.parametrize("said", ["j'ai fait pipi avant de commencer", "je suis prête"])
def test_everyday_words_are_not_symptoms(said: str) -> None:
    assert concern_of(SYMPTOM, None, said, HEARD) is None
