"""`make look`: the contact sheet a person opens before a release."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from infra.legal_pages import Operator, write_pages
from skill.visuals.images import ART, CARD_LARGE, PICTURES
from toolkit.look import __main__ as look
from toolkit.look.browser import DESKTOP, PHONE, screenshot_command
from toolkit.look.sheet import PictureShown, contact_sheet
from toolkit.visuals.checks import Check
from toolkit.visuals.render import render_pictures

# Stands in for Chromium: writes a PNG where --screenshot= says, and notes its arguments.
FAKE_CHROMIUM = """#!/bin/sh
echo "$@" >> "$(dirname "$0")/calls"
for argument in "$@"; do
  case "$argument" in
    --screenshot=*) printf '\\211PNG\\r\\n\\032\\n' > "${argument#--screenshot=}";;
  esac
done
"""


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "legal"
    write_pages(folder, Operator("Acupressure Helper", "care@acupressure-helper.org"), "eu-west-1")
    return folder


@pytest.mark.slow
def test_the_sheet_shows_every_picture_its_checks_and_both_pages(
    tmp_path: Path, pages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    render_pictures(tmp_path / "images")
    monkeypatch.setattr(look, "find_chromium", lambda: None)
    out = tmp_path / "look"
    assert (
        look.main(
            ["--pictures", str(tmp_path / "images"), "--pages", str(pages), "--out", str(out)]
        )
        == 0
    )
    sheet = (out / "index.html").read_text(encoding="utf-8")
    for picture in PICTURES:
        assert f'src="pictures/{picture.name}"' in sheet
        assert (out / "pictures" / picture.name).exists()
    assert "NOT RIGHT" not in sheet and "Every picture passes its checks" in sheet
    # The large card again at the width the smallest Echo Show draws it.
    assert f'src="pictures/{CARD_LARGE.name}" width="468"' in sheet
    for page in ("privacy-policy", "terms-of-use"):
        assert f'<iframe src="../legal/{page}.html" width="390"' in sheet
        assert f'<iframe src="../legal/{page}.html" width="1280"' in sheet
    said = capsys.readouterr().out
    assert "Chromium is not installed here" in said and "Chromium is not installed here" in sheet
    assert "index.html and look at every picture and page" in said


def test_each_page_is_screenshot_at_phone_and_desktop_width(tmp_path: Path, pages: Path) -> None:
    chromium = tmp_path / "chromium"
    chromium.write_text(FAKE_CHROMIUM)
    chromium.chmod(chromium.stat().st_mode | stat.S_IXUSR)
    shown = look.pages_shown(pages, tmp_path / "look", str(chromium))
    assert [page.screenshots for page in shown] == [
        {"phone": f"screens/{name}-phone.png", "desktop": f"screens/{name}-desktop.png"}
        for name in ("privacy-policy", "terms-of-use")
    ]
    calls = (tmp_path / "calls").read_text().splitlines()
    assert sum("--window-size=390," in call for call in calls) == 2
    assert sum("--window-size=1280," in call for call in calls) == 2
    sheet = contact_sheet([], "", shown, [])
    assert '<img src="screens/privacy-policy-phone.png" width="390"' in sheet


def test_chromium_runs_headless_offline_with_a_profile_of_its_own(tmp_path: Path) -> None:
    command = screenshot_command(
        "/usr/bin/chromium", tmp_path / "p.html", tmp_path / "p.png", PHONE, tmp_path
    )
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"):
        assert flag in command
    assert f"--user-data-dir={tmp_path}" in command
    assert command[-1] == (tmp_path / "p.html").as_uri()
    assert (PHONE.width, DESKTOP.width) == (390, 1280)


def test_a_picture_not_right_is_said_at_the_top_of_the_sheet() -> None:
    wrong = PictureShown(
        ART.name, "pictures/a.png", 512, 512, 512, "art", [Check("margin", False, "0 px")]
    )
    sheet = contact_sheet([wrong], "", [], [])
    assert f"Not right: {ART.name}" in sheet
    assert "NOT RIGHT: margin, 0 px" in sheet
