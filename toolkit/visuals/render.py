"""Rendering the drawing to PNG ahead of time: `python -m toolkit.visuals.render`.

rsvg-convert (Debian's librsvg2-bin) draws each picture from its SVG (the point's
drawing, or the icon drawn from it), into
`build/audio/images` by default, so the pictures are hosted with the hold audio.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from skill.visuals.images import PICTURES, Picture

DEFAULT_OUT = Path("build/audio/images")


class RenderError(Exception):
    pass


def _framed(svg: str, picture: Picture) -> str:
    """The drawing, showing only the picture's part of it."""
    return re.sub(r'viewBox="[^"]*"', f'viewBox="{picture.view_box}"', svg, count=1)


def render_picture(picture: Picture, out_dir: Path, svg: str | None = None) -> Path:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Draw the pictures of the point as PNG files.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNG files")
    options = parser.parse_args(argv)
    try:
        for path in render_pictures(options.out):
            print(path)
    except RenderError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
