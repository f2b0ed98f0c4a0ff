"""The words the skill hears in Spanish besides symptoms (every Spanish locale).

The parts of the day and the days are every value and synonym of the Spanish model's
PART_OF_DAY and DAYS (interaction_model/model_source.es.json), and the ways Spain and the
Americas put them ("por la tarde", "en la tarde"), so words Alexa sends unresolved are
understood as the values they name. "La tarde" runs until dark: after noon.
"""

from __future__ import annotations

from skill.speech.pack_heard import (
    AFTERNOON,
    EVENING,
    EVERY_DAY,
    MORNING,
    NIGHT,
    WEEKDAYS,
    WEEKENDS,
    HeardWords,
    by_id,
)

HEARD = HeardWords(
    # "Dolor de espalda, por favor", "las lumbares": the back, in a place filled loosely.
    back=frozenset({"espalda", "lumbar", "lumbares", "lumbago"}),
    parts_of_day=by_id({
        MORNING: (
            "mañana", "mañanas", "la mañana", "las mañanas", "madrugada", "por la mañana",
            "en la mañana", "de la mañana",
        ),
        AFTERNOON: (
            "tarde", "tardes", "la tarde", "las tardes", "mediodía", "después de comer",
            "por la tarde", "en la tarde", "de la tarde",
        ),
        EVENING: (
            "noche temprano", "al anochecer", "anochecer", "al atardecer", "atardecer",
        ),
        NIGHT: (
            "noche", "noches", "la noche", "las noches", "antes de dormir",
            "antes de acostarme", "a la hora de dormir", "por la noche", "en la noche",
            "de la noche",
        ),
    }),
    days=by_id({
        WEEKDAYS: (
            "días laborables", "entre semana", "días de semana", "días entre semana",
            "de lunes a viernes", "días de trabajo", "laborables",
        ),
        WEEKENDS: (
            "fines de semana", "fin de semana", "el fin de semana", "los fines de semana",
            "sábados y domingos", "el finde", "findes",
        ),
        EVERY_DAY: ("todos los días", "cada día", "diario", "a diario"),
    }),
)  # fmt: skip
