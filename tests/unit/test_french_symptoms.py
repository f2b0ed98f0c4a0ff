"""Symptoms told in French (France and Québec) are weighed as they are meant, denials too."""

from __future__ import annotations

import pytest

from skill.routine.symptoms import Concern, concern_of
from skill.speech.languages import words_for

HEARD = words_for("fr-FR").symptoms


def weighed(said: str) -> Concern | None:
    return concern_of("SymptomIntent", None, said, HEARD)


@pytest.mark.parametrize(
    ("said", "concern"),
    [
        ("j'ai les jambes engourdies", Concern.URGENT),
        ("engourdissement dans la jambe gauche", Concern.URGENT),
        ("je ne sens plus mes pieds", Concern.URGENT),
        ("j'ai les jambes gelées", Concern.URGENT),  # Québec
        ("mes jambes se dérobent", Concern.URGENT),
        ("je peux plus marcher", Concern.URGENT),
        ("j'ai des fuites urinaires", Concern.URGENT),
        ("je fais de la fièvre", Concern.URGENT),
        ("je suis tombé dans les escaliers", Concern.URGENT),
        ("j'ai pris une débarque à vélo", Concern.URGENT),  # Québec
        ("mon mollet est tout dur", Concern.DOCTOR),
        ("je me suis tordu le genou", Concern.DOCTOR),
        ("j'ai des varices", Concern.DOCTOR),
        ("ça picote", Concern.EASE_OFF),
        ("c'est une douleur lancinante", Concern.EASE_OFF),
        ("c'est de pire en pire", Concern.EASE_OFF),
        ("fait pipi sans m'en rendre compte", Concern.URGENT),
        ("j'ai fait pipi sans le sentir", Concern.URGENT),
        ("j'ai fait pipi dans ma culotte", Concern.URGENT),
        ("enceinte de quatre mois", Concern.MIDWIFE),
        ("tombé dans l'escalier hier", Concern.URGENT),
    ],
)
def test_a_sign_said_in_french_is_weighed(said: str, concern: Concern) -> None:
    assert weighed(said) == concern


@pytest.mark.parametrize(
    "said",
    [
        "je n'ai pas de fièvre",
        "j'ai plus de fièvre",
        "pas de varices",
        "mes jambes ne sont pas engourdies",
        "je suis tombé de sommeil",
        "laisse tomber",
        "pas pire",  # Québec: not bad
        "non pantoute, aucune chute",
        "j'ai fait pipi avant de commencer",
        "je suis prête",
    ],
)
def test_a_denial_or_a_look_alike_is_no_sign(said: str) -> None:
    assert weighed(said) is None


def test_a_denial_reaches_only_its_own_part_of_the_sentence() -> None:
    assert weighed("pas de fièvre mais je suis tombée hier") == Concern.URGENT
    assert weighed("pas de fièvre et j'ai les jambes faibles") == Concern.URGENT


def test_elided_words_are_heard_as_the_word_itself() -> None:
    assert weighed("l'urine coule toute seule") == Concern.URGENT
    assert weighed("j'me suis blessée") == Concern.URGENT
