"""What a language pack hears, besides symptoms: the back, a part of the day, the days.

Alexa sends a slot's words without a value id when they are none of its slot type's values
(a client may send words alone, too), and fills a slot loosely at times ("for my back pain
please" as another pain's place). Those words are then understood from themselves, in the
person's own language. Symptoms and their denials are weighed apart (skill.routine.symptoms).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# The value ids of the models' PART_OF_DAY and DAYS slot types, as the routine knows them
# (skill.routine.reminder_hours, skill.routine.reminder_days): ids, not words.
MORNING, AFTERNOON, EVENING, NIGHT = "MORNING", "AFTERNOON", "EVENING", "NIGHT"
WEEKDAYS, WEEKENDS, EVERY_DAY = "WEEKDAYS", "WEEKENDS", "EVERY_DAY"


@dataclass(frozen=True)
class HeardWords:
    """One language's words for the back, for a part of the day and for a reminder's days.

    A part of the day and the days are each slot type's values and synonyms in this
    language (and a few more ways of saying them), with the value's id: "am Abend" is
    EVENING, "werktags" WEEKDAYS.
    """

    back: frozenset[str]
    parts_of_day: Mapping[str, str]
    days: Mapping[str, str]

    def names_the_back(self, said: str) -> bool:
        """ "Schmerzen im Rücken", "au dos": a word of `said` names the back."""
        return not self.back.isdisjoint(plain(said).split())

    def part_of_day(self, said: str) -> str | None:
        """PART_OF_DAY's id for `said` ("le soir": EVENING), or None."""
        return self.parts_of_day.get(plain(said))

    def days_named(self, said: str) -> str | None:
        """DAYS' id for `said` ("entre semana": WEEKDAYS), or None."""
        return self.days.get(plain(said))


def plain(said: str) -> str:
    """`said` as the words are kept: lower case, single spaces, a straight apostrophe."""
    return " ".join(said.replace("\u2019", "'").lower().split())


def by_id(said: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Each way of saying a value, with the value's id: {"EVENING": ("soir",)} gives
    {"soir": "EVENING"}."""
    return {plain(words): value_id for value_id, ways in said.items() for words in ways}
