"""Was die Skill außer Symptomen hört: the words heard in German besides symptoms.

The parts of the day and the days are every value and synonym of the German model's
PART_OF_DAY and DAYS (interaction_model/model_source.de.json), and a few more ways of
saying them, so words Alexa sends unresolved are understood as the values they name.
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
    # "Schmerzen im Rücken", "mein Kreuz": the back, in a place Alexa filled loosely.
    back=frozenset({"rücken", "rückens", "rückenschmerzen", "kreuz", "kreuzschmerzen"}),
    parts_of_day=by_id({
        MORNING: (
            "morgens", "morgen", "früh", "vormittags", "in der früh", "am morgen",
            "vormittag", "am vormittag",
        ),
        AFTERNOON: ("nachmittags", "nachmittag", "am nachmittag"),
        EVENING: ("abends", "abend", "am abend"),
        NIGHT: ("nachts", "nacht", "in der nacht"),
    }),
    days=by_id({
        WEEKDAYS: (
            "werktags", "an werktagen", "unter der woche", "montags bis freitags",
            "jeden werktag", "von montag bis freitag",
        ),
        WEEKENDS: (
            "am wochenende", "an wochenenden", "jedes wochenende", "samstags und sonntags",
            "wochenende", "wochenenden",
        ),
        EVERY_DAY: ("jeden tag", "täglich", "an jedem tag", "alle tage"),
    }),
)  # fmt: skip
