"""The contact sheet's HTML: every picture with its checks, and the pages at two widths."""

from __future__ import annotations

from html import escape
from typing import NamedTuple

from toolkit.look.browser import WIDTHS
from toolkit.visuals.checks import Check


class PictureShown(NamedTuple):
    name: str
    src: str  # relative to the sheet
    width: int
    height: int
    shown_width: float
    where: str
    checks: list[Check]


class PageShown(NamedTuple):
    title: str
    src: str
    screenshots: dict[str, str]  # a width's name → the screenshot's path, where one was taken


_STYLE = """
body { font: 16px/1.5 "DejaVu Sans", Arial, sans-serif; color: #2d3a40; background: #fff;
       margin: 1.5rem; }
h1, h2 { color: #1f5a4e; }
figure { margin: 0 0 2.5rem; padding: 1rem; background: #eef0f0; display: inline-block;
         max-width: 100%; box-sizing: border-box; }
figure img { display: block; max-width: 100%; height: auto; outline: 1px dashed #8a9699; }
figcaption { margin-top: .6rem; }
.row { display: flex; gap: 1.5rem; align-items: flex-start; flex-wrap: wrap; }
.fail { color: #a3261b; font-weight: bold; }
.ok { color: #1f5a4e; }
.note { background: #fff4d6; padding: .5rem .8rem; }
.now-playing { width: 960px; height: 480px; background-size: cover; position: relative;
               color: #fff; max-width: 100%; }
.now-playing img { position: absolute; left: 64px; top: 96px; width: 288px; height: 288px; }
.now-playing .words { position: absolute; left: 400px; top: 170px; }
.now-playing .title { font-size: 32px; font-weight: bold; }
.now-playing .subtitle { font-size: 24px; }
iframe { border: 1px solid #8a9699; background: #fff; }
"""


def _checks(checks: list[Check]) -> str:
    items = "".join(
        f'<li class="{"ok" if check.passed else "fail"}">{"ok" if check.passed else "NOT RIGHT"}: '
        f"{escape(check.rule)}, {escape(check.detail)}</li>"
        for check in checks
    )
    return f"<ul>{items}</ul>"


def picture_figure(picture: PictureShown) -> str:
    shown = ""
    if round(picture.shown_width) < picture.width:
        shown = (
            f'<img src="{escape(picture.src)}" width="{round(picture.shown_width)}" '
            f'alt="{escape(picture.name)} at the size it is shown">'
        )
    return (
        f'<figure id="{escape(picture.name)}"><div class="row">'
        f'<img src="{escape(picture.src)}" width="{picture.width}" height="{picture.height}" '
        f'alt="{escape(picture.name)}">{shown}</div>'
        f"<figcaption><strong>{escape(picture.name)}</strong>, {picture.width} × "
        f"{picture.height}: {escape(picture.where)}{_checks(picture.checks)}</figcaption></figure>"
    )


def now_playing(background: str, art: str, title: str, subtitle: str) -> str:
    return (
        "<h2>The screen a hold plays on</h2>"
        "<p>A sketch of an Echo Show's now-playing screen at 960 × 480 (the device lays it out "
        "itself): the background, the art and the Play directive's title and subtitle.</p>"
        f'<div class="now-playing" style="background-image: url(\'{escape(background)}\')">'
        f'<img src="{escape(art)}" alt="the art">'
        f'<div class="words"><div class="title">{escape(title)}</div>'
        f'<div class="subtitle">{escape(subtitle)}</div></div></div>'
    )


def page_section(page: PageShown) -> str:
    shots = "".join(
        f'<figure><img src="{escape(page.screenshots[width.name])}" width="{width.width}" '
        f'alt="{escape(page.title)}, {width.name}"><figcaption>Screenshot, {width.name} '
        f"({width.width} px wide)</figcaption></figure>"
        for width in WIDTHS
        if width.name in page.screenshots
    )
    frames = "".join(
        f'<figure><iframe src="{escape(page.src)}" width="{width.width}" height="720" '
        f'title="{escape(page.title)}, {width.name}"></iframe><figcaption>Live, {width.name} '
        f"({width.width} px wide)</figcaption></figure>"
        for width in WIDTHS
    )
    link = f'<a href="{escape(page.src)}">{escape(page.title)}</a>'
    return f'<h3>{link}</h3><div class="row">{shots}</div><div class="row">{frames}</div>'


def contact_sheet(
    pictures: list[PictureShown], playing: str, pages: list[PageShown], notes: list[str]
) -> str:
    failing = [picture.name for picture in pictures if not all(c.passed for c in picture.checks)]
    verdict = (
        f'<p class="fail">Not right: {escape(", ".join(failing))}</p>'
        if failing
        else '<p class="ok">Every picture passes its checks. Look at each one all the same.</p>'
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Acupressure Helper: how it looks</title><style>{_STYLE}</style></head><body>"
        "<h1>Acupressure Helper: how it looks</h1>"
        "<p>Every picture the skill shows, drawn by <code>make pictures</code>, with the size it "
        "is shown at where that is smaller, and the policy pages at phone and desktop width. "
        "Open it before every release.</p>"
        + "".join(f'<p class="note">{escape(note)}</p>' for note in notes)
        + verdict
        + "<h2>Pictures</h2>"
        + "".join(picture_figure(picture) for picture in pictures)
        + playing
        + "<h2>Policy pages</h2>"
        + "".join(page_section(page) for page in pages)
        + "</body></html>\n"
    )
