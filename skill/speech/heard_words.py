"""The words the skill hears in English besides symptoms (skill/speech/pack_heard.py).

The parts of the day and the days are every value and synonym of the model's PART_OF_DAY
and DAYS (interaction_model/model_source.json), so words Alexa sends unresolved are
understood as the values they name.
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
    # "For my back pain please": Alexa filled another pain's place loosely.
    back=frozenset({"back"}),
    parts_of_day=by_id({
        MORNING: ("morning", "am", "a m", "a.m.", "mornings", "in the morning"),
        AFTERNOON: ("afternoon", "afternoons", "in the afternoon"),
        EVENING: ("evening", "pm", "p m", "p.m.", "tonight", "evenings", "in the evening"),
        NIGHT: ("night", "nights", "at night", "bedtime", "before bed"),
    }),
    days=by_id({
        WEEKDAYS: (
            "weekdays", "weekday", "week days", "week day", "workdays", "work days",
            "working days", "monday to friday", "mondays to fridays", "monday through friday",
            "during the week",
        ),
        WEEKENDS: (
            "weekends", "weekend", "the weekend", "the weekends", "saturdays and sundays",
            "saturday and sunday",
        ),
        EVERY_DAY: (
            "every day", "everyday", "day", "daily", "each day", "all week",
            "every day of the week",
        ),
    }),
)  # fmt: skip
