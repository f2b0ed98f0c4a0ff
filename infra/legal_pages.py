"""The privacy policy and terms of use, as web pages: `python -m infra.legal_pages`.

Their words are in infra/legal/*.html and infra/legal/words.json (English), and in
infra/legal/<language>/ for each other language: its two pages, and a words.json with what
the pages fill in in that language (their titles, the countries the skill is offered in,
the regions' names and countries, "and", the date they take effect). This fills in the
operator's name and contact address, the AWS region the stack stores everything in
(infra/data_location.py) and the retention periods, taken from the code and the template
that set them, so the pages cannot drift from what the skill does. `make deploy` writes
them into build/audio/legal, uploads them with the audio and pictures (served over HTTPS by
CloudFront), and puts their addresses into every locale of the deployed skill.json
(infra/skill_manifest.py): each locale links its own language's pages
(legal/de/privacy-policy.html), or English's."""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Final

from infra.data_location import (
    UnknownRegionError,
    checked_region,
    in_words,
    published_countries,
)
from skill.store.dynamodb_items import HOLD_KEEP

SOURCES: Final = Path(__file__).resolve().with_name("legal")
TEMPLATE: Final = Path(__file__).resolve().with_name("template.yaml")
FOLDER: Final = "legal"
DEFAULT_OUT: Final = Path("build/audio") / FOLDER
# DynamoDB's point-in-time recovery keeps 35 days of continuous backups.
BACKUP_DAYS: Final = 35
# An address a person can write to: something@domain.tld, no spaces or markup.
_EMAIL: Final = re.compile(r"[^@\s<>\"']+@[^@\s<>\"']+\.[A-Za-z]{2,}")
# Domains reserved for examples (RFC 2606): nobody reads mail sent there.
_EXAMPLE_DOMAINS: Final = re.compile(r"@(.+\.)?example\.(com|org|net)$|\.(test|invalid)$", re.I)
# The operator's name, as a person or an organisation signs: letters first, no markup.
_NAME: Final = re.compile(r"[^\W\d_][^<>{}$\n]{1,99}")
# Every colour pair meets WCAG 2.1 AA for normal text (4.5:1); a test computes them.
STYLESHEET: Final = """
body { font: 17px/1.55 "DejaVu Sans", Arial, sans-serif; color: #2d3a40; background: #f6f1e9;
       max-width: 42rem; margin: 0 auto; padding: 1.5rem; }
h1 { color: #276b5c; font-size: 1.6rem; }
h2 { color: #276b5c; font-size: 1.2rem; margin-top: 1.8rem; }
a { color: #276b5c; }
.updated { color: #5b6a70; }
""".strip()


@dataclass(frozen=True)
class Page:
    name: str  # its file's name; its title, in each language, is in that language's words

    @property
    def file_name(self) -> str:
        return f"{self.name}.html"


PRIVACY_POLICY: Final = Page("privacy-policy")
TERMS_OF_USE: Final = Page("terms-of-use")
PAGES: Final = (PRIVACY_POLICY, TERMS_OF_USE)

ENGLISH: Final = "en"
WORDS_FILE: Final = "words.json"


def languages() -> list[str]:
    """English, then every language with pages of its own (a folder under infra/legal/)."""
    return [ENGLISH, *sorted(path.name for path in SOURCES.iterdir() if path.is_dir())]


def language_of(locale: str) -> str:
    """The language whose pages a locale links: its own, if it has pages, else English."""
    language = locale.split("-", maxsplit=1)[0]
    return language if (SOURCES / language).is_dir() else ENGLISH


@dataclass(frozen=True)
class PageWords:
    """What a language's pages fill in in that language."""

    titles: dict[str, str]
    # Each locale's country, each region's name (AWS's, in that language) and its
    # country, as the page names them.
    countries: dict[str, str]
    region_names: dict[str, str]
    region_countries: dict[str, str]
    conjunction: str
    effective: str  # the date the pages take effect: changes with the words of either


def sources_of(language: str) -> Path:
    """The folder of a language's pages and words: infra/legal/ itself for English."""
    return SOURCES if language == ENGLISH else SOURCES / language


def page_words(language: str) -> PageWords:
    """What a language's words.json gives the pages."""
    found = json.loads((sources_of(language) / WORDS_FILE).read_text(encoding="utf-8"))
    return PageWords(
        titles=found["titles"],
        countries=found["countries"],
        region_names=found["region_names"],
        region_countries=found["region_countries"],
        conjunction=found["and"],
        effective=found["effective"],
    )


_SHELL: Final = Template("""<!doctype html>
<html lang="$lang">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<style>
$stylesheet
</style>
</head>
<body>
$body
</body>
</html>
""")


class PageError(ValueError):
    pass


@dataclass(frozen=True)
class Operator:
    """Who runs the skill, as the pages name them: who "we" are, and where to write."""

    name: str
    email: str

    def checked(self) -> Operator:
        """Refused if a person could not tell who this is, or could not write to them."""
        return Operator(checked_name(self.name), checked_email(self.email))


def checked_name(name: str) -> str:
    """The operator's name, refused if a person could not tell who runs the skill."""
    spaced = " ".join(name.split())
    if not _NAME.fullmatch(spaced):
        raise PageError(f"not a name to sign the pages with: {name!r}")
    return spaced


def checked_email(address: str) -> str:
    """The operator's address, refused if a person could not write to it."""
    address = address.strip()
    if not _EMAIL.fullmatch(address):
        raise PageError(f"not an e-mail address: {address!r}")
    if _EXAMPLE_DOMAINS.search(address):
        raise PageError(f"{address} is a reserved example address; give one that is read")
    return address


def log_retention_days(template: Path = TEMPLATE) -> int:
    """The function's log retention, as the stack's template sets it."""
    found = re.findall(r"^\s+RetentionInDays:\s*(\d+)\s*$", template.read_text(), re.M)
    if len(found) != 1:
        raise PageError(f"{template}: expected one RetentionInDays, found {len(found)}")
    return int(found[0])


def render(page: Page, operator: Operator, region: str, language: str = ENGLISH) -> str:
    """The whole HTML page, with the operator, the region and retention periods filled in."""
    operator = operator.checked()
    try:
        region = checked_region(region)
    except UnknownRegionError as error:
        raise PageError(str(error)) from None
    words = page_words(language)
    values = {
        "operator_name": html.escape(operator.name),
        "operator_email": html.escape(operator.email),
        "region_name": words.region_names[region],
        "region_code": region,
        "region_country": words.region_countries[region],
        "countries": in_words(published_countries(words.countries), words.conjunction),
        "effective": words.effective,
        "hold_days": str(HOLD_KEEP.days),
        "backup_days": str(BACKUP_DAYS),
        "log_days": str(log_retention_days()),
    }
    source = sources_of(language) / page.file_name
    body = Template(source.read_text(encoding="utf-8")).substitute(values)
    title = html.escape(words.titles[page.name])
    return _SHELL.substitute(lang=language, title=title, stylesheet=STYLESHEET, body=body.strip())


def page_path(page: Page, language: str = ENGLISH) -> str:
    """Where `page` in `language` lies in the pages' folder: English's at its top."""
    return page.file_name if language == ENGLISH else f"{language}/{page.file_name}"


def write_pages(out: Path, operator: Operator, region: str) -> list[Path]:
    """Both pages in every language, English's first; none written if any fails."""
    rendered = {
        page_path(page, language): render(page, operator, region, language)
        for language in languages()
        for page in PAGES
    }
    written = []
    for name, text in rendered.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def page_url(base_url: str, page: Page, language: str = ENGLISH) -> str:
    """Where `page` is served, under the stack's audio address (its AudioBaseUrl)."""
    return f"{base_url.rstrip('/')}/{FOLDER}/{page_path(page, language)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the privacy policy and terms of use.")
    parser.add_argument(
        "--operator-name", required=True, help="who runs the skill: a person or organisation"
    )
    parser.add_argument(
        "--operator-email", required=True, help="where people write about their data"
    )
    parser.add_argument(
        "--region", required=True, help="the AWS region the stack stores everything in"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    options = parser.parse_args(argv)
    operator = Operator(options.operator_name, options.operator_email)
    try:
        for path in write_pages(options.out, operator, options.region):
            print(path)
    except PageError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
