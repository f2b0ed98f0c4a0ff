"""The privacy policy and terms of use: what they say is what the code keeps, and for how long."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from infra.legal_pages import (
    BACKUP_DAYS,
    PAGES,
    PRIVACY_POLICY,
    TERMS_OF_USE,
    Operator,
    Page,
    PageError,
    languages,
    log_retention_days,
    render,
    write_pages,
)
from skill.routine.model import HoldSession, Profile
from skill.store.dynamodb_items import HOLD_KEEP

ROOT = Path(__file__).resolve().parents[2]
EMAIL = "care@acupressure-helper.org"
NAME = "Jo Bloggs Wellbeing Ltd"
OPERATOR = Operator(NAME, EMAIL)
REGION = "us-east-1"

# Every field the store keeps, and the words of the policy that tell a person about it.
# A field added to the store without a line in the policy fails here.
PROFILE_FIELDS = {
    "person": "one-way hash",
    "heard_safety": "already heard the safety note",
    "holder": "who presses the point",
    "usual_minutes": "your usual hold length",
    "cadence": "how often the count speaks",
    "holds_started": "how many holds you started",
    "holds_completed": "and finished",
    "seconds_held": "the total time held",
    "reminder_ids": "we keep only its id",
    "reminder_offered": "has offered you a reminder",
    "speech_rate": "how fast the skill speaks",
    "keep_ratings": "whether you want your pain ratings kept",
    "ratings_asked": "has asked you about keeping them",
    "latest_hold": "which of your holds is the latest",
    "hold_owed": "a short note to record it later",
    # The one thing kept in extras: a reminder asked for while permission is asked.
    "extras": "we keep the time you asked for",
    # The save counter for optimistic locking: nothing about the person.
    "version": None,
}
HOLD_FIELDS = {
    "person": "one-way hash",
    "hold_id": "one record per hold",  # (its start, and a random part)
    "started_at": "when it started",
    "planned_seconds": "how long you planned",
    "held_seconds": "how long you actually held",
    "status": "under way, finished or stopped",
    "pain_before": "only if you say yes",
    "pain_after": "only if you say yes",
}


class _Text(HTMLParser):
    """The words a reader sees, and the addresses the page links to."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.links += [value for name, value in attrs if name == "href" and value]

    def handle_data(self, data: str) -> None:
        self.words.append(data)


def read(page_html: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(page_html)
    return " ".join(" ".join(parser.words).split()), parser.links


@pytest.fixture(scope="module")
def policy() -> str:
    return read(render(PRIVACY_POLICY, OPERATOR, REGION))[0]


def test_every_field_the_store_keeps_is_in_the_policy(policy: str) -> None:
    assert {field.name for field in dataclasses.fields(Profile)} == set(PROFILE_FIELDS)
    assert set(HoldSession._fields) == set(HOLD_FIELDS)
    for words in [*PROFILE_FIELDS.values(), *HOLD_FIELDS.values()]:
        if words is not None:
            assert words in policy.lower()


def test_the_policy_states_the_periods_the_code_and_stack_set(policy: str) -> None:
    assert HOLD_KEEP.days == 400
    assert f"deleted automatically {HOLD_KEEP.days} days after the hold started" in policy
    assert f"continuous backups for {BACKUP_DAYS} days" in policy
    assert log_retention_days() == 30
    assert f"deleted after {log_retention_days()} days" in policy
    assert "kept until you delete them or disable the skill" in policy


def test_the_policy_says_how_to_delete_and_who_to_ask(policy: str) -> None:
    assert '"Alexa, ask acupressure helper to delete my data" and answer yes' in policy
    assert "disable the skill in the Alexa app" in policy
    assert f"write to {EMAIL}" in policy


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_each_page_is_whole_and_gives_the_operators_address(page: Page) -> None:
    html_text = render(page, OPERATOR, REGION)
    text, links = read(html_text)

    assert html_text.startswith("<!doctype html>")
    assert "$" not in html_text
    assert "example.com" not in html_text
    assert f"mailto:{EMAIL}" in links
    assert f'"We" means {NAME}, who runs the' in text
    assert "whoever runs the skill" not in text
    assert all(re.match(r"(https://|mailto:|privacy-policy\.html$)", link) for link in links)
    assert "In effect from" in text


def test_the_terms_say_it_is_not_medical_advice_and_when_to_get_help() -> None:
    terms = read(render(TERMS_OF_USE, OPERATOR, REGION))[0]
    assert "does not replace a doctor" in terms
    assert "Get medical help straight away" in terms
    assert "blood clot" in terms


@pytest.mark.parametrize(
    "address",
    ["", "care", "care@localhost", "privacy@example.com", "me@mail.example.org", "a@b.test"],
)
def test_an_address_nobody_reads_is_refused(address: str) -> None:
    with pytest.raises(PageError):
        render(PRIVACY_POLICY, Operator(NAME, address), REGION)


def test_the_address_is_escaped_into_the_page() -> None:
    with pytest.raises(PageError):
        render(PRIVACY_POLICY, Operator(NAME, 'care@acupressure-helper.org"><script>'), REGION)
    assert "care&amp;team@" in render(
        PRIVACY_POLICY, Operator(NAME, "care&team@acupressure-helper.org"), REGION
    )
    assert "Smith &amp; Sons" in render(PRIVACY_POLICY, Operator("Smith & Sons", EMAIL), REGION)


def test_the_command_writes_both_pages_or_none(tmp_path: Path) -> None:
    def command(*options: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "infra.legal_pages", *options],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            timeout=60,
        )

    who = ("--operator-name", NAME, "--region", REGION)
    refused = command(*who, "--operator-email", "you@example.com", "--out", str(tmp_path / "no"))
    assert refused.returncode == 1
    assert "reserved example address" in refused.stderr
    assert not (tmp_path / "no").exists()

    written = command(*who, "--operator-email", EMAIL, "--out", str(tmp_path / "legal"))
    assert written.returncode == 0, written.stderr
    # English's pages at the top, each other language's in its own folder.
    assert sorted(path.name for path in (tmp_path / "legal").iterdir()) == sorted(
        ["privacy-policy.html", "terms-of-use.html", *languages()[1:]]
    )
    assert write_pages(tmp_path / "again", OPERATOR, REGION)[0].read_text() == render(
        PRIVACY_POLICY, OPERATOR, REGION
    )


@pytest.mark.parametrize("language", [language for language in languages() if language != "en"])
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_each_language_s_pages_are_whole_in_that_language(language: str, page: Page) -> None:
    html_text = render(page, OPERATOR, "eu-west-1", language)
    text, links = read(html_text)
    assert f'<html lang="{language}">' in html_text
    assert "$" not in text
    assert f"mailto:{EMAIL}" in links
    assert NAME in text
    # No English left: the words a page in another language would not use.
    assert not re.search(r"\b(the|and|you|your|we|skill keeps)\b", text.replace(NAME, ""))


def test_the_german_policy_states_the_periods_and_where_it_is_kept() -> None:
    text = read(render(PRIVACY_POLICY, OPERATOR, "eu-west-1", "de"))[0]
    assert f"{HOLD_KEEP.days} Tage nach Beginn der Übung" in text
    assert f"Sicherungen für {BACKUP_DAYS} Tage" in text
    assert f"nach {log_retention_days()} Tagen gelöscht" in text
    assert "in der Region Europa (Irland) (eu-west-1), in Irland" in text
    assert "Der Skill wird in den Vereinigten Staaten, dem Vereinigten Königreich" in text
    assert "ausdrückliche Einwilligung" in text
