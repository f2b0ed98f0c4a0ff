"""Screenshots of web pages with headless Chromium, where it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import NamedTuple

CHROMIUM_NAMES = ("chromium", "chromium-browser")


class Width(NamedTuple):
    name: str
    width: int
    height: int


# A phone (an iPhone's 390 CSS pixels) and a desktop window; tall enough for a whole page.
PHONE = Width("phone", 390, 3200)
DESKTOP = Width("desktop", 1280, 2000)
WIDTHS = (PHONE, DESKTOP)


def find_chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot_command(
    chromium: str, page: Path, out: Path, width: Width, profile: Path
) -> list[str]:
    """Chromium without a sandbox, GPU, network chatter or a first-run screen, one shot."""
    return [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--screenshot={out}",
        f"--window-size={width.width},{width.height}",
        page.resolve().as_uri(),
    ]


def screenshot(chromium: str, page: Path, out: Path, width: Width) -> Path | None:
    """`page` drawn `width` wide into `out`; None when Chromium fails or takes too long."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        command = screenshot_command(chromium, page, out, width, Path(profile))
        try:
            subprocess.run(command, capture_output=True, check=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            return None
    return out if out.exists() else None
