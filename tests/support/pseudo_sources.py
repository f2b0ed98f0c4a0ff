"""The pseudo-language's pages and store listing: English's, every word turned.

Built from English's sources by the pack's own transform (tests/support/pseudo_pack.py),
so that the real page builder and deployed-manifest code, run for the pseudo-language,
show at once any word they add themselves: whatever is left once the bracketed words go
was written in the code, in English.
"""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from infra import legal_pages
from tests.support.pseudo_pack import LANGUAGE, pseudo

# What a page leaves to the builder: its $fields, and its tags with their addresses.
_FIELD = re.compile(r"(\$\w+)")
_TAG = re.compile(r"(<[^>]*>)")
# A listing's fields that are addresses, not words.
_ADDRESSES = re.compile(r"(Uri|Url)$")


def pseudo_page(page_html: str) -> str:
    """A page's words turned; its tags, their addresses and its $fields kept."""
    kept = []
    for part in _TAG.split(page_html):
        if _TAG.fullmatch(part) or not part.strip():
            kept.append(part)
            continue
        kept += [
            piece if _FIELD.fullmatch(piece) or not piece.strip() else pseudo(piece)
            for piece in _FIELD.split(part)
        ]
    return "".join(kept)


def pseudo_words(words: Any) -> Any:
    """A words.json's values turned, its keys (page names, locales, regions) kept."""
    if isinstance(words, dict):
        return {key: pseudo_words(value) for key, value in words.items()}
    return pseudo(words)


def pseudo_legal(into: Path) -> Path:
    """infra/legal/ as it is, and beside it the pseudo-language's pages and words."""
    shutil.copytree(legal_pages.SOURCES, into)
    own = into / LANGUAGE
    own.mkdir()
    for page in legal_pages.PAGES:
        english = (legal_pages.SOURCES / page.file_name).read_text(encoding="utf-8")
        (own / page.file_name).write_text(pseudo_page(english), encoding="utf-8")
    english_words = json.loads((legal_pages.SOURCES / legal_pages.WORDS_FILE).read_text())
    (own / legal_pages.WORDS_FILE).write_text(
        json.dumps(pseudo_words(english_words), ensure_ascii=False), encoding="utf-8"
    )
    return into


def pseudo_listing(listing: dict[str, Any]) -> dict[str, Any]:
    """A store listing with every word turned: name, descriptions, phrases, keywords."""
    turned: dict[str, Any] = {}
    for field, value in listing.items():
        if _ADDRESSES.search(field):
            turned[field] = value
        elif isinstance(value, list):
            turned[field] = [pseudo(item) for item in value]
        else:
            turned[field] = pseudo(value)
    return turned


class _Visible(HTMLParser):
    """The text a reader sees: the page's title and body, not its stylesheet."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden += tag in {"style", "script"}

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in {"style", "script"}

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.texts.append(data)


def visible_text(page_html: str) -> str:
    parser = _Visible()
    parser.feed(page_html)
    parser.close()
    return " ".join(parser.texts)
