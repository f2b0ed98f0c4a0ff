"""`python -m toolkit.look`: write build/look/index.html, the contact sheet (`make look`).

Takes the pictures `make pictures` drew and the policy pages `infra.legal_pages` wrote,
checks each picture again, screenshots each page at phone and desktop width where
Chromium is installed, and writes one page for a person to open before a release.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from skill.speech.languages import words_for
from skill.visuals.images import (
    ART,
    CARD_LARGE,
    CARD_SMALL,
    ICON_LARGE,
    ICON_SMALL,
    NOW_PLAYING_BACKGROUND,
    PICTURES,
)
from toolkit.look.browser import WIDTHS, find_chromium, screenshot
from toolkit.look.sheet import PageShown, PictureShown, contact_sheet, now_playing
from toolkit.visuals.checks import check_picture, shown_width
from toolkit.visuals.render import RenderError

WHERE = {
    CARD_SMALL.name: "the Alexa app's card, small",
    CARD_LARGE.name: "the Alexa app's card, large, and the APL page on a screen "
    "(right: as wide as the smallest Echo Show draws it)",
    ART.name: "the AudioPlayer's art, on a screen through every hold (right: about as wide "
    "as the smallest Echo Show draws it)",
    NOW_PLAYING_BACKGROUND.name: "the AudioPlayer's background image, behind the art",
    ICON_SMALL.name: "the skill's small icon in the Alexa app and the skills store",
    ICON_LARGE.name: "the skill's large icon",
}
NO_CHROMIUM = (
    "Chromium is not installed here: no screenshots of the pages; they are shown live below."
)


def pictures_shown(source: Path, out: Path) -> list[PictureShown]:
    folder = out / "pictures"
    folder.mkdir(parents=True, exist_ok=True)
    shown = []
    for picture in PICTURES:
        png = shutil.copy2(source / picture.name, folder / picture.name)
        shown.append(
            PictureShown(
                name=picture.name,
                src=f"pictures/{picture.name}",
                width=picture.width,
                height=picture.height,
                shown_width=shown_width(picture),
                where=WHERE[picture.name],
                checks=check_picture(picture, Path(png)),
            )
        )
    return shown


def pages_shown(source: Path, out: Path, chromium: str | None) -> list[PageShown]:
    shown = []
    for page in sorted(source.glob("*.html")):
        shots = {}
        for width in WIDTHS:
            target = out / "screens" / f"{page.stem}-{width.name}.png"
            if chromium is not None and screenshot(chromium, page, target, width):
                shots[width.name] = target.relative_to(out).as_posix()
        src = Path(os.path.relpath(page, out)).as_posix()
        shown.append(PageShown(title=page.stem.replace("-", " "), src=src, screenshots=shots))
    return shown


def write_sheet(pictures: Path, pages: Path, out: Path, chromium: str | None) -> Path:
    hold = words_for("en-US").hold
    playing = now_playing(
        f"pictures/{NOW_PLAYING_BACKGROUND.name}",
        f"pictures/{ART.name}",
        hold.TITLE,
        hold.subtitle(5),
    )
    notes = [] if chromium else [NO_CHROMIUM]
    sheet = contact_sheet(
        pictures_shown(pictures, out), playing, pages_shown(pages, out, chromium), notes
    )
    path = out / "index.html"
    path.write_text(sheet, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a contact sheet of the pictures and pages.")
    parser.add_argument(
        "--pictures", type=Path, required=True, help="the folder make pictures drew into"
    )
    parser.add_argument("--pages", type=Path, required=True, help="the folder of the policy pages")
    parser.add_argument("--out", type=Path, required=True, help="the sheet's folder")
    options = parser.parse_args(argv)
    chromium = find_chromium()
    if not chromium:
        print(NO_CHROMIUM)
    try:
        path = write_sheet(options.pictures, options.pages, options.out, chromium)
    except (OSError, RenderError) as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Open {path.resolve().as_uri()} and look at every picture and page.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
