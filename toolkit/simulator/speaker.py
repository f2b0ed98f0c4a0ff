"""Speaking the skill's answers aloud with espeak-ng, when it is installed."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Callable

Speaker = Callable[[str], None]


def espeak_speaker(locale: str) -> Speaker | None:
    """A function that says text aloud, or None when espeak-ng is not on PATH."""
    program = shutil.which("espeak-ng")
    if program is None:
        return None
    voice = "en-us" if locale == "en-US" else "en-gb"

    def speak(text: str) -> None:
        # Speaking aloud is a courtesy: the printed answer is what counts, so failures pass.
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                [program, "-v", voice, text],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
                timeout=120,
            )

    return speak
