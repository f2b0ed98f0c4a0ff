"""The locales the skill is published in."""

from __future__ import annotations

ENGLISH_LOCALES = ("en-US", "en-GB", "en-AU", "en-CA", "en-IN")
SUPPORTED_LOCALES = (
    *ENGLISH_LOCALES,
    "de-DE",
    "es-ES",
    "es-MX",
    "es-US",
    "fr-FR",
    "fr-CA",
)
DEFAULT_LOCALE = "en-US"

# The number to call in an emergency where each locale's people live.
EMERGENCY_NUMBERS = {
    "en-US": "911",
    "en-CA": "911",
    "en-GB": "999",
    "en-AU": "000",
    "en-IN": "112",
    "de-DE": "112",
    "es-ES": "112",
    "es-MX": "911",
    "es-US": "911",
    "fr-FR": "112",
    "fr-CA": "911",
}


def published(locale: str | None) -> str:
    """`locale` if the skill is published in it, else the default (a reminder's language)."""
    return locale if locale in SUPPORTED_LOCALES else DEFAULT_LOCALE


def emergency_number(locale: str | None) -> str:
    """The emergency number for `locale`, or the default locale's."""
    return EMERGENCY_NUMBERS[published(locale)]
