"""The language packs, and the one a locale speaks.

Each language's pack is a module (English's is `skill.speech.english_words`; another's a
package `skill.speech.<language>`, e.g. `skill.speech.de`) defining `WORDS`, and
`REGIONAL` ({locale: Words}) where a locale speaks differently from the language's
others (es-MX and es-ES). A pack is imported the first time a request in its language
comes: a request loads only its own language's words (the cold start).

Adding a language: its package and one line in PACK_MODULES; no handler changes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skill.speech.pack import Words

ENGLISH_MODULE = "skill.speech.english_words"
# By language ("de"): the module holding that language's pack.
PACK_MODULES = {"de": "skill.speech.de", "es": "skill.speech.es", "fr": "skill.speech.fr"}

# The packs loaded so far, by language ("en"); and the locales that speak differently.
PACKS: dict[str, Words] = {}
REGIONAL: dict[str, Words] = {}


def _load(language: str) -> Words:
    name = PACK_MODULES.get(language, ENGLISH_MODULE)
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as missing:
        if missing.name != name:
            raise
        module = importlib.import_module(ENGLISH_MODULE)  # a language not yet written
    PACKS[language] = module.WORDS
    REGIONAL.update(getattr(module, "REGIONAL", {}))
    words: Words = module.WORDS
    return words


def words_for(locale: str | None) -> Words:
    """The pack for `locale`'s language; English for a language the skill does not speak."""
    language = (locale or "").split("-")[0]
    if language not in PACK_MODULES:
        language = language if language in PACKS else "en"
    pack = PACKS.get(language) or _load(language)
    return REGIONAL.get(locale or "", pack)


def __getattr__(name: str) -> Words:
    # `languages.ENGLISH`, loaded on first use like every other pack.
    if name == "ENGLISH":
        return words_for("en")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
