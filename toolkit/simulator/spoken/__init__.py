"""How each language's people say what a device hears for the skill: numbers, lengths,
times and days (the slots Alexa fills), the built-in intents' common phrasings, the
words that open a skill, and yes or no to Alexa's permission prompt.

One module a language (`en.py`, `de.py`, ...), each meeting `Spoken`; a locale's
language picks it, and a language without one is heard as English.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from datetime import date
from typing import Protocol, cast

Phrases = tuple[tuple[str, ...], ...]


class Spoken(Protocol):
    """One language's way of saying what the device fills in and knows by itself."""

    # Intent name -> phrases said alone that reach it without any sample ("stop", "yes").
    BUILT_IN_PHRASES: dict[str, tuple[str, ...]]
    # Politeness and hesitation said at either end of a request ("please", "um", "thank you").
    FILLERS: frozenset[str]
    FILLER_PAIRS: Phrases
    # Words before the skill's name: "open <name>", and "ask <name> <request>".
    LAUNCH_WORDS: frozenset[tuple[str, ...]]
    ONE_SHOT_WORDS: frozenset[tuple[str, ...]]
    # Joining the name to a request ("for", "to"); the request is matched with and without.
    CONNECTORS: Phrases
    # "<request> using <name>".
    TRAILING_WORDS: frozenset[str]
    # How to open a skill ("Alexa, open {skill}"), told when no session is open.
    OPEN_EXAMPLE: str
    # Alexa's own permission prompt ("{skill}", "{wanted}"), what each scope lets the
    # skill do, and the replies to it.
    PERMISSION_QUESTION: str
    PERMISSION_WANTED: dict[str, str]
    PERMISSION_YES: frozenset[str]
    PERMISSION_NO: frozenset[str]

    def number_value(self, tokens: Sequence[str]) -> int | None: ...
    def duration_value(self, tokens: Sequence[str]) -> str | None: ...
    def time_value(self, tokens: Sequence[str]) -> str | None: ...
    def date_value(self, tokens: Sequence[str], today: date) -> str | None: ...


def no_session_note(spoken: Spoken, skill: str) -> str:
    """The device's note for a line said with no session open: how to open the skill."""
    return f'(no skill session is open: say "{spoken.OPEN_EXAMPLE.format(skill=skill)}")'


def spoken_for(locale: str | None) -> Spoken:
    """How `locale`'s language is heard; English for a language without its own module."""
    language = (locale or "en").split("-")[0].lower()
    try:
        module = importlib.import_module(f"{__name__}.{language}")
    except ModuleNotFoundError:
        module = importlib.import_module(f"{__name__}.en")
    return cast(Spoken, module)
