"""`make pictures`: draw every picture and check it as a person would look at it.

`python -m toolkit.visuals.pictures --out build/audio/images` (the default folder, so the
pictures are hosted with the hold audio). Prints each picture with its checks
(toolkit/visuals/checks.py) and fails when one is not right.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from skill.visuals.images import PICTURES
from toolkit.visuals.checks import Check, check_picture
from toolkit.visuals.render import RenderError, render_pictures

DEFAULT_OUT = Path("build/audio/images")


def checked_pictures(out_dir: Path) -> dict[Path, list[Check]]:
    """Every picture drawn into `out_dir`, with its checks."""
    paths = render_pictures(out_dir)
    return {
        path: check_picture(picture, path) for picture, path in zip(PICTURES, paths, strict=True)
    }


def report(path: Path, checks: list[Check]) -> str:
    lines = [str(path)]
    lines += [
        f"  {'ok  ' if check.passed else 'FAIL'} {check.rule}: {check.detail}" for check in checks
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Draw and check the skill's pictures.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    options = parser.parse_args(argv)
    try:
        results = checked_pictures(options.out)
    except RenderError as error:
        print(error, file=sys.stderr)
        return 1
    for path, checks in results.items():
        print(report(path, checks))
    failed = [path.name for path, checks in results.items() if not all(c.passed for c in checks)]
    if failed:
        print(f"Not right: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
