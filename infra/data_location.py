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
from pathlib import Path
from typing import Final

# Read here, not through infra.skill_manifest, which itself needs the pages' addresses.
SKILL_JSON: Final = Path(__file__).resolve().parents[1] / "interaction_model" / "skill.json"


# The regions Alexa calls skill functions in (the Alexa Skills Kit's endpoints): North
# America, Europe and India, and the Far East. Each language's pages name them, and their
# countries, in its infra/legal words.json.
REGIONS: Final = ("us-east-1", "eu-west-1", "us-west-2")


class UnknownRegionError(ValueError):
    pass


def checked_region(region: str) -> str:
    """The region the stack runs in, refused if Alexa does not call skill functions there."""
    if region not in REGIONS:
        known = ", ".join(REGIONS)
        raise UnknownRegionError(
            f"{region!r} is not a region Alexa calls skill functions in ({known})"
        )
    return region


def published_locales() -> list[str]:
    """The locales the skill is listed in, in skill.json's order."""
    manifest = json.loads(SKILL_JSON.read_text(encoding="utf-8"))
    return list(manifest["manifest"]["publishingInformation"]["locales"])


def published_countries(names: Mapping[str, str]) -> list[str]:
    """The countries the skill is listed in, in skill.json's order, each once (en-CA, fr-CA).

    `names`: each locale's country as a page names it.
    """
    return list(dict.fromkeys(names[locale] for locale in published_locales()))


def in_words(names: list[str], conjunction: str) -> str:
    """ "a, b and c"."""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"
