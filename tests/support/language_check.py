"""Finding one language's words in another's answers, from the packs' own words.

A pack's vocabulary is every word in the string constants of its modules. A word of the
English pack that no German module uses, heard in a German answer, was written outside
the German pack (or left untranslated in it).
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

SPEECH = Path(__file__).resolve().parents[2] / "skill" / "speech"
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# A str.format field ("{number}") is filled in, not said.
_FIELD = re.compile(r"\{[^}]*\}")
# English's pack is the modules of skill/speech itself, less the shared machinery.
_SHARED = {"__init__", "pack", "pack_heard", "pack_hold", "pack_safety", "pack_way", "ssml",
           "prosody", "locales", "languages", "first_use", "english_words"}  # fmt: skip


def _words_of(paths: list[Path]) -> frozenset[str]:
    """The words of every string a module says: its docstrings, written for its readers, not."""
    found: set[str] = set()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # Docstrings are for readers, errors for developers: neither is said.
        unsaid = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr | ast.Raise)
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Constant) or id(node) in unsaid:
                continue
            if isinstance(node.value, str):
                text = _FIELD.sub(" ", node.value)
                found.update(word.casefold() for word in _WORD.findall(text))
    return frozenset(found)


@functools.cache
def vocabulary(language: str) -> frozenset[str]:
    """Every word the pack of `language` ("en", "de") can say."""
    if language == "en":
        return _words_of([path for path in SPEECH.glob("*.py") if path.stem not in _SHARED])
    # Its __init__ names the modules (on first use), and says nothing.
    return _words_of(sorted((SPEECH / language).glob("[!_]*.py")))


def foreign_words(text: str, language: str, foreign: str = "en") -> list[str]:
    """The words of `text` that only the `foreign` pack says, not `language`'s."""
    text = re.sub(r"<[^>]*>", " ", text)
    own, other = vocabulary(language), vocabulary(foreign)
    return [
        word
        for word in _WORD.findall(text)
        if word.casefold() in other and word.casefold() not in own
    ]
