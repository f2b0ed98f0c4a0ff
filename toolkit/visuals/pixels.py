"""Where a picture's content lies, read from its rendered pixels.

A drawing marks its background with `id="background"`. Drawn again without it, onto a
transparent canvas, every pixel that is not clear is content: the box around those is
what a person sees of the drawing, wherever its colours or gradients lie. ffmpeg (already
needed for the audio) reads the PNG back as raw RGBA.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path
from typing import NamedTuple

from skill.visuals.images import Picture
from toolkit.visuals.render import RenderError, render_picture

# A pixel is content when it is at least this opaque (of 255): anti-aliasing's faintest
# fringe and a fade's last few percent are not.
VISIBLE_ALPHA = 16
_BACKGROUND = re.compile(r'<[a-zA-Z]+\s[^>]*\bid="background"[^>]*/>')
_SEEN = bytes(1 if alpha >= VISIBLE_ALPHA else 0 for alpha in range(256))


class Box(NamedTuple):
    """The content's extent in pixels: left and top inclusive, right and bottom exclusive."""

    left: int
    top: int
    right: int
    bottom: int


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise RenderError(f"{path} is not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def without_background(svg: str) -> str:
    bare, count = _BACKGROUND.subn("", svg)
    if count != 1:
        raise RenderError(f'a drawing needs one element with id="background", found {count}')
    return bare


def rgba(path: Path) -> bytes:
    """The PNG's pixels, row by row, four bytes each."""
    command = ["ffmpeg", "-v", "error", "-i", str(path), "-f", "rawvideo", "-pix_fmt", "rgba", "-"]
    try:
        return subprocess.run(command, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        raise RenderError(f"ffmpeg could not read {path}: {error}") from error


def visible_rows(picture: Picture, svg: str | None = None) -> list[bytes]:
    """`picture` drawn without its background: per row, 1 for each pixel seen, else 0."""
    source = svg if svg is not None else picture.drawing.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = render_picture(picture, Path(folder), without_background(source))
        pixels = rgba(path)
    seen = pixels[3::4].translate(_SEEN)
    return [seen[top : top + picture.width] for top in range(0, len(seen), picture.width)]


def box_of(rows: list[bytes], region: Box | None = None) -> Box | None:
    """The box around every pixel seen in `rows` (within `region`); None when none is."""
    area = region or Box(0, 0, len(rows[0]) if rows else 0, len(rows))
    lines = {top: rows[top][area.left : area.right] for top in range(area.top, area.bottom)}
    filled = [top for top, line in lines.items() if 1 in line]
    if not filled:
        return None
    left = min(lines[top].find(1) for top in filled)
    right = max(lines[top].rfind(1) for top in filled) + 1
    return Box(area.left + left, filled[0], area.left + right, filled[-1] + 1)


def content_box(picture: Picture, svg: str | None = None) -> Box | None:
    """Where `picture` has anything but background, in its pixels; None when it has nothing."""
    return box_of(visible_rows(picture, svg))
