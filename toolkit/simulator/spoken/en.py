"""How English speakers say numbers, lengths, times, days and the built-in intents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.simulator.builtin_phrases import BUILT_IN_PHRASES
from toolkit.simulator.normalise import FILLER_PAIRS, FILLERS
from toolkit.simulator.spoken_numbers import duration_value, number_value
from toolkit.simulator.spoken_times import date_value, time_value

if TYPE_CHECKING:
    from toolkit.simulator.spoken import Phrases

__all__ = [
    "BUILT_IN_PHRASES", "CONNECTORS", "FILLERS", "FILLER_PAIRS", "LAUNCH_WORDS", "ONE_SHOT_WORDS",
    "OPEN_EXAMPLE", "PERMISSION_NO", "PERMISSION_QUESTION", "PERMISSION_WANTED", "PERMISSION_YES",
    "TRAILING_WORDS", "date_value", "duration_value", "number_value", "time_value",
]  # fmt: skip

LAUNCH_WORDS: frozenset[tuple[str, ...]] = frozenset(
    {(), ("open",), ("open", "up"), ("start",), ("launch",), ("begin",), ("load",), ("run",),
     ("use",), ("ask",), ("tell",), ("talk", "to"), ("go", "to")}
)  # fmt: skip
ONE_SHOT_WORDS: frozenset[tuple[str, ...]] = frozenset(
    {("ask",), ("tell",), ("open",), ("use",), ("launch",), ("start",), ("talk", "to")}
)
CONNECTORS: Phrases = (
    ("and", "then"), ("to",), ("for",), ("about",), ("if",), ("whether",), ("that",), ("and",),
)  # fmt: skip
TRAILING_WORDS = frozenset({"using", "with", "from"})

# What to say to open a skill, as the device's note tells a person with no session open.
OPEN_EXAMPLE = "Alexa, open {skill}"

# Alexa's own permission prompt, in this language: {skill} is the skill's name, {wanted}
# what the permission lets it do.
PERMISSION_QUESTION = "May {skill} {wanted}? You can say yes, or no."
PERMISSION_WANTED = {"alexa::alerts:reminders:skill:readwrite": "create reminders for you"}

PERMISSION_YES = frozenset(
    {"yes", "yeah", "yep", "sure", "ok", "okay", "yes please", "i approve", "approve",
     "allow", "allow it", "i do", "go ahead"}
)  # fmt: skip
PERMISSION_NO = frozenset(
    {"no", "nope", "no thanks", "no thank you", "i do not approve", "deny", "do not allow",
     "i do not", "not now"}
)  # fmt: skip
