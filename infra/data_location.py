"""Where the skill keeps what it keeps, and whose country that is not.

The stack runs in one AWS region: one of those Alexa calls skill functions in. The skill
is published in the countries of skill.json's locales; a person in any other country than
the region's has what the skill keeps about them stored outside their country. The privacy
policy says so (infra/legal_pages.py), from these facts and the region the stack is
deployed to.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

# Read here, not through infra.skill_manifest, which itself needs the pages' addresses.
SKILL_JSON: Final = Path(__file__).resolve().parents[1] / "interaction_model" / "skill.json"


@dataclass(frozen=True)
class Place:
    """An AWS region as a person would name it."""

    name: str  # AWS's own name for the region
    country: str  # "the United States", as in "stored in the United States"


# The regions Alexa calls skill functions in (the Alexa Skills Kit's endpoints): North
# America, Europe and India, and the Far East.
REGIONS: Final = {
    "us-east-1": Place("US East (N. Virginia)", "the United States"),
    "eu-west-1": Place("Europe (Ireland)", "Ireland"),
    "us-west-2": Place("US West (Oregon)", "the United States"),
}
# The country each locale's store lists the skill in.
LOCALE_COUNTRIES: Final = {
    "en-US": "the United States",
    "en-GB": "the United Kingdom",
    "en-CA": "Canada",
    "en-AU": "Australia",
    "en-IN": "India",
    "de-DE": "Germany",
    "es-ES": "Spain",
    "es-MX": "Mexico",
    "es-US": "the United States",
    "fr-FR": "France",
    "fr-CA": "Canada",
}


class UnknownRegionError(ValueError):
    pass


def place_of(region: str) -> Place:
    """The region the stack runs in, as the privacy policy names it."""
    try:
        return REGIONS[region]
    except KeyError:
        known = ", ".join(REGIONS)
        raise UnknownRegionError(
            f"{region!r} is not a region Alexa calls skill functions in ({known})"
        ) from None


def published_countries(names: Mapping[str, str] = LOCALE_COUNTRIES) -> list[str]:
    """The countries the skill is listed in, in skill.json's order, each once (en-CA, fr-CA).

    `names`: each locale's country as a page names it (English's by default).
    """
    manifest = json.loads(SKILL_JSON.read_text(encoding="utf-8"))
    locales = manifest["manifest"]["publishingInformation"]["locales"]
    return list(dict.fromkeys(names[locale] for locale in locales))


def in_words(names: list[str], conjunction: str = "and") -> str:
    """ "a, b and c"."""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"
