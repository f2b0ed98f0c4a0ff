"""The locales the skill is published in."""

from __future__ import annotations

SUPPORTED_LOCALES = ("en-US", "en-GB", "en-AU", "en-CA", "en-IN")
DEFAULT_LOCALE = "en-US"

# The number to call in an emergency where each locale's people live.
EMERGENCY_NUMBERS = {"en-US": "911", "en-CA": "911", "en-GB": "999", "en-AU": "000", "en-IN": "112"}


def published(locale: str | None) -> str:
    """`locale` if the skill is published in it, else the default (a reminder's language)."""
    return locale if locale in SUPPORTED_LOCALES else DEFAULT_LOCALE


def emergency_number(locale: str | None) -> str:
    """The emergency number for `locale`, or the default locale's."""
    return EMERGENCY_NUMBERS[published(locale)]
