"""Each picture checked as a person would look at it.

- Size: the PNG is the size the picture's place asks for.
- Shape: the content lies where the drawing puts it, as big both ways: nothing squeezed.
- Words: no text smaller than 12 pixels where the picture is shown at its smallest
  (the SVG's font size × the scale it is drawn at × the scale it is shown at).
- Margin: a band of background on every side, nothing touching an edge: 4% of the
  shorter side, or the padding Amazon recommends for skill icons.
- Whole: every part of the drawing (each word, line and limb) lies inside the part shown.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

from skill.visuals import screens
from skill.visuals.images import ART, CARD_LARGE, ICON_LARGE, ICON_SMALL, Picture
from toolkit.visuals.pixels import Box, box_of, content_box, png_size, visible_rows
from toolkit.visuals.render import view_box

SMALLEST_TEXT_PX = 12
MARGIN_SHARE = 0.04
# Skill icons, in Amazon's image rules for Alexa skills: "Small Icon: 108 X 108 PNG with
# transparency. Recommend 16 px padding on all sides." "Large Icon: 512 X 512 PNG with
# transparency. Recommend 75 px padding on all sides."
ICON_PADDING = {ICON_SMALL.name: 16, ICON_LARGE.name: 75}
# The smallest screen an APL page is drawn on: hubLandscapeSmall, "width between 960 and
# 1280 pixels, and the height is less than 600 pixels" (Alexa viewport profiles); the
# Echo Show 5's is 960 × 480.
SMALLEST_HUB = (960, 480)
# How wide that screen draws the AudioPlayer's art: the reference gives no size, so this is
# an estimate, a little over half the screen's 480 px height, on the small side to be safe.
ART_ON_SMALLEST_HUB = 300
_SVG = "{http://www.w3.org/2000/svg}"


class Check(NamedTuple):
    rule: str
    passed: bool
    detail: str


def margin(picture: Picture) -> int:
    return ICON_PADDING.get(
        picture.name, math.ceil(MARGIN_SHARE * min(picture.width, picture.height))
    )


def _apl_image() -> dict[str, str]:
    document = screens.point_screen("").document  # type: ignore[attr-defined]
    container = document["mainTemplate"]["items"][0]
    image: dict[str, str] = next(item for item in container["items"] if item["type"] == "Image")
    return image


def shown_width(picture: Picture) -> float:
    """The narrowest the picture is shown: the art and the APL page's picture on the
    smallest hub, any other at its own size."""
    if picture == ART:
        return float(min(ART_ON_SMALLEST_HUB, picture.width))
    if picture != CARD_LARGE:
        return float(picture.width)
    image = _apl_image()
    box_width = float(image["width"].removesuffix("vw")) / 100 * SMALLEST_HUB[0]
    box_height = float(image["height"].removesuffix("vh")) / 100 * SMALLEST_HUB[1]
    # "best-fit": as large as fits the box, keeping the picture's shape.
    scale = min(box_width / picture.width, box_height / picture.height, 1.0)
    return picture.width * scale


def _root(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg)  # noqa: S314 - the project's own drawings, not input


def font_sizes(svg: str) -> list[float]:
    """The size of every text in the drawing, inherited from its group where it has none."""
    sizes: list[float] = []

    def walk(element: ElementTree.Element, inherited: float | None) -> None:
        styled = re.search(r"font-size:\s*([\d.]+)", element.get("style", ""))
        own = styled.group(1) if styled else element.get("font-size")
        size = float(re.sub(r"px$", "", own)) if own else inherited
        if element.tag == f"{_SVG}text":
            if size is None:
                raise ValueError(f"a text without a font size: {element.text!r}")
            sizes.append(size)
        for child in element:
            walk(child, size)

    walk(_root(svg), None)
    return sizes


class Drawn(NamedTuple):
    """Where the whole drawing has content, and where the part the picture shows has it,
    both in the picture's pixels (the first may run past its edges)."""

    whole: tuple[float, float, float, float]
    shown: tuple[float, float, float, float] | None


def drawing_content(picture: Picture, svg: str) -> Drawn | None:
    """The drawing's content, drawn at its own size and view, mapped onto the picture."""
    root = _root(svg)
    width, height = int(root.get("width", "0")), int(root.get("height", "0"))
    whole = Picture("whole.png", width, height, root.get("viewBox", ""), picture.drawing)
    rows = visible_rows(whole, svg)
    everything = box_of(rows)
    if everything is None:
        return None
    x, y, units_wide, units_high = view_box(whole.view_box)
    left, top, shown_wide, shown_high = view_box(picture.view_box)
    # Whole-drawing pixels to picture pixels, across and down.
    across = units_wide / width * picture.width / shown_wide
    down = units_high / height * picture.height / shown_high
    start = ((left - x) * width / units_wide, (top - y) * height / units_high)

    def onto(box: Box) -> tuple[float, float, float, float]:
        return (
            (box.left - start[0]) * across,
            (box.top - start[1]) * down,
            (box.right - start[0]) * across,
            (box.bottom - start[1]) * down,
        )

    region = Box(
        max(0, round(start[0])),
        max(0, round(start[1])),
        min(width, round(start[0] + shown_wide * width / units_wide)),
        min(height, round(start[1] + shown_high * height / units_high)),
    )
    shown = box_of(rows, region)
    return Drawn(onto(everything), onto(shown) if shown else None)


def check_size(picture: Picture, png: Path) -> Check:
    size = png_size(png)
    wanted = (picture.width, picture.height)
    return Check(
        "size", size == wanted, f"{size[0]} × {size[1]} (wanted {wanted[0]} × {wanted[1]})"
    )


def check_shape(picture: Picture, box: Box | None, drawn: Drawn | None) -> Check:
    """The content lies where the drawing puts it, as big both ways: nothing squeezed."""
    if box is None:
        return Check("shape", True, "no content over the background")
    if drawn is None or drawn.shown is None:
        return Check("shape", False, "content where the drawing has none")
    off = max(abs(got - meant) for got, meant in zip(box, drawn.shown, strict=True))
    tolerance = max(2.0, 0.01 * max(picture.width, picture.height))
    return Check("shape", off <= tolerance, f"{off:.1f} px from where the drawing puts it")


def check_words(picture: Picture, svg: str) -> Check:
    sizes = font_sizes(svg)
    if not sizes:
        return Check("words", True, "no words")
    _, _, width, _ = view_box(picture.view_box)
    scale = shown_width(picture) / width
    smallest = min(sizes) * scale
    detail = f"smallest {smallest:.1f} px, shown {shown_width(picture):.0f} px wide"
    return Check("words", smallest >= SMALLEST_TEXT_PX, detail)


def check_margin(picture: Picture, box: Box | None) -> Check:
    wanted = margin(picture)
    if box is None:
        return Check("margin", True, "no content over the background")
    gaps = (box.left, box.top, picture.width - box.right, picture.height - box.bottom)
    return Check("margin", min(gaps) >= wanted, f"{min(gaps)} px at the closest (wanted {wanted})")


def check_whole(picture: Picture, drawn: Drawn | None) -> Check:
    """Every part of the drawing (each word, line and limb) lies inside the part shown."""
    if drawn is None:
        return Check("whole", True, "no content over the background")
    left, top, right, bottom = drawn.whole
    inside = left >= 0 and top >= 0 and right <= picture.width and bottom <= picture.height
    return Check("whole", inside, "all of the drawing" if inside else "part of the drawing cut off")


def check_picture(picture: Picture, png: Path, svg: str | None = None) -> list[Check]:
    """Every check of `picture`, rendered as `png` from `svg` (by default its drawing)."""
    source = svg if svg is not None else picture.drawing.read_text(encoding="utf-8")
    box = content_box(picture, source)
    drawn = drawing_content(picture, source)
    return [
        check_size(picture, png),
        check_shape(picture, box, drawn),
        check_words(picture, source),
        check_margin(picture, box),
        check_whole(picture, drawn),
    ]
