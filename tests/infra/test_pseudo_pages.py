"""A new language's pages and store listing are data only: nothing English added by code.

The pseudo-language (tests/support/pseudo_pack.py) is given pages, words and a listing
made from English's, every word turned (tests/support/pseudo_sources.py). The real page
builder and deployed-manifest code run for it must show nothing else: any English left
once the turned words go (a country, "and", a date, a title, a region's name) was written
in the code, and a new language would show it in English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from infra import legal_pages
from infra.data_location import REGIONS
from infra.legal_pages import PAGES, Operator, Page, languages, render, write_pages
from tests.support.pseudo_pack import LANGUAGE, pseudo, untransformed
from tests.support.pseudo_sources import pseudo_legal, pseudo_page, visible_text

# The operator's own name and address, and the region's code: given, not words of a page.
OPERATOR = Operator("Jo Bloggs Wellbeing Ltd", "care@acupressure-helper.org")


@pytest.fixture(autouse=True)
def pseudo_legal_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    sources = pseudo_legal(tmp_path / "legal")
    monkeypatch.setattr(legal_pages, "SOURCES", sources)
    return sources


def english_left(page_html: str, region: str) -> list[str]:
    text = visible_text(page_html)
    for given in (OPERATOR.name, OPERATOR.email, region):
        text = text.replace(given, " ")
    return untransformed(text)


def test_a_page_s_words_are_turned_and_its_fields_and_tags_kept() -> None:
    turned = pseudo_page('<p>Write to <a href="mailto:$operator_email">$operator_email</a>.</p>')
    assert turned == (
        f'<p>{pseudo("Write to ")}<a href="mailto:$operator_email">$operator_email</a>'
        f"{pseudo('.')}</p>"
    )
    assert english_left(f"<p>{pseudo('Kept')} for 35 days</p>", "us-east-1") == ["for", "days"]


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_the_pseudo_language_s_pages_say_nothing_the_code_wrote(page: Page, region: str) -> None:
    assert LANGUAGE in languages()
    page_html = render(page, OPERATOR, region, LANGUAGE)

    assert f'<html lang="{LANGUAGE}">' in page_html
    assert len(visible_text(page_html)) > 1000
    assert english_left(page_html, region) == []


def test_every_language_s_pages_are_written_with_the_pseudo_language_s(tmp_path: Path) -> None:
    written = write_pages(tmp_path, OPERATOR, "eu-west-1")
    own = [path for path in written if path.parent.name == LANGUAGE]
    assert [path.name for path in own] == [page.file_name for page in PAGES]
    for path in own:
        assert english_left(path.read_text(encoding="utf-8"), "eu-west-1") == []
