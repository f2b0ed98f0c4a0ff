"""The locales the skill is published in."""

from __future__ import annotations

SUPPORTED_LOCALES = ("en-US", "en-GB", "en-AU", "en-CA", "en-IN")
DEFAULT_LOCALE = "en-US"
