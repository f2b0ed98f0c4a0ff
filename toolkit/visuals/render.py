"""Drawing the pictures to PNG ahead of time, with rsvg-convert (Debian's librsvg2-bin).

Each picture is drawn from its SVG (the point's drawing, the icon drawn from it, the
now-playing background); `make pictures` (toolkit/visuals/pictures.py) draws them all
and checks them.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from skill.visuals.images import PICTURES, Picture


class RenderError(Exception):
    pass


def view_box(text: str) -> tuple[float, float, float, float]:
    x, y, width, height = (float(number) for number in text.split())
    return x, y, width, height


def _framed(svg: str, picture: Picture) -> str:
    """The drawing, showing only the picture's part of it, at the picture's own size.

    The view box and the size change together: a square view box left in a drawing sized
    1200 × 800 is squeezed sideways when drawn into a square.
    """
    _, _, width, height = view_box(picture.view_box)
    if abs(width * picture.height - height * picture.width) > 0.005 * width * picture.height:
        raise RenderError(
            f"{picture.name}: its view box {picture.view_box!r} is not "
            f"{picture.width} × {picture.height} in shape; it would be stretched"
        )
    size = f'viewBox="{picture.view_box}" width="{picture.width}" height="{picture.height}"'
    framed, count = re.subn(r'viewBox="[^"]*"\s+width="[^"]*"\s+height="[^"]*"', size, svg, count=1)
    if count != 1:
        raise RenderError(f"{picture.name}: its drawing has no viewBox, width and height")
    return framed


def render_picture(picture: Picture, out_dir: Path, svg: str | None = None) -> Path:
    """`picture` as a PNG file in `out_dir`; `svg` draws it instead of its drawing."""
    source = svg if svg is not None else picture.drawing.read_text(encoding="utf-8")
    drawing = _framed(source, picture)
    path = out_dir / picture.name
    command = ["rsvg-convert", "-w", str(picture.width), "-h", str(picture.height), "-o", str(path)]
    try:
        subprocess.run(command, input=drawing.encode(), capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        raise RenderError(f"rsvg-convert could not draw {picture.name}: {error}") from error
    return path


def render_pictures(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [render_picture(picture, out_dir) for picture in PICTURES]
