"""The phrases for each locale the skill is published in."""

from __future__ import annotations

from skill.speech.english import English

SUPPORTED_LOCALES = ("en-US", "en-GB", "en-AU", "en-CA", "en-IN")
DEFAULT_LOCALE = "en-US"


def phrases_for(locale: str | None) -> English:
    """The phrases for `locale`; English (US) for anything the skill does not know."""
    if locale in SUPPORTED_LOCALES:
        return English(locale)
    return English(DEFAULT_LOCALE)
