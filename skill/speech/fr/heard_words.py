"""The words the skill hears in French besides symptoms (fr-FR and fr-CA).

The parts of the day and the days are every value and synonym of the French model's
PART_OF_DAY and DAYS (interaction_model/model_source.fr.json), and a few more ways of
saying them ("dans la soirée"), so words Alexa sends unresolved are understood as the
values they name.
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
    # "Mal au dos", "les lombaires": the back, in a place Alexa filled loosely.
    back=frozenset({"dos", "lombaire", "lombaires", "lumbago"}),
    parts_of_day=by_id({
        MORNING: (
            "matin", "matins", "matinée", "avant-midi", "le matin", "du matin", "ce matin",
            "dans la matinée",
        ),
        AFTERNOON: (
            "après-midi", "aprèm", "l'après-midi", "de l'après-midi", "cet après-midi",
            "dans l'après-midi",
        ),
        EVENING: (
            "soir", "soirée", "le soir", "du soir", "ce soir", "dans la soirée", "en soirée",
        ),
        NIGHT: (
            "nuit", "nuits", "coucher", "heure du coucher", "la nuit", "cette nuit", "de nuit",
        ),
    }),
    days=by_id({
        WEEKDAYS: (
            "en semaine", "semaine", "jours de semaine", "les jours de semaine",
            "du lundi au vendredi", "jours ouvrables",
        ),
        WEEKENDS: (
            "le week-end", "week-end", "weekend", "week-ends", "fins de semaine",
            "samedi et dimanche", "le samedi et le dimanche",
        ),
        EVERY_DAY: ("tous les jours", "chaque jour", "quotidien", "à tous les jours"),
    }),
)  # fmt: skip
