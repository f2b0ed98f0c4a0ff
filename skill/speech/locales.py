"""The locales the skill is published in."""

from __future__ import annotations

SUPPORTED_LOCALES = ("en-US", "en-GB", "en-AU", "en-CA", "en-IN")
DEFAULT_LOCALE = "en-US"


def published(locale: str | None) -> str:
    """`locale` if the skill is published in it, else the default (a reminder's language)."""
    return locale if locale in SUPPORTED_LOCALES else DEFAULT_LOCALE
