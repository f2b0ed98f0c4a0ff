"""Where the person's lines come from: typed at a prompt, or piped in."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TextIO

PROMPT = "you> "


class PromptScreen:
    """A terminal where a person types at a prompt; lines printed meanwhile go above it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._partial = ""
        # Redrawing the prompt only makes sense on a screen, not in a file.
        self._redraws = stream.isatty()
        self.typing = False

    def write(self, text: str) -> int:
        if not (self.typing and self._redraws):
            return self._stream.write(text)
        *lines, self._partial = (self._partial + text).split("\n")
        for line in lines:
            # Clear the prompt's line, print there, then show the prompt and what was typed again.
            self._stream.write(f"\r\033[K{line}\n{PROMPT}{_typed_so_far()}")
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def lines(self) -> Iterator[str]:
        """What the person types, a line at a time, until they end input."""
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401 - gives the prompt line editing and history
        while True:
            self.typing = True
            try:
                line = input(PROMPT)
            except (EOFError, KeyboardInterrupt):
                self.typing = False
                print(file=self._stream)
                return
            self.typing = False
            yield line


def _typed_so_far() -> str:
    readline = sys.modules.get("readline")
    return str(readline.get_line_buffer()) if readline is not None else ""


def piped_lines(
    stdin: TextIO, out: TextIO, is_wait: Callable[[str], bool] = lambda _line: False
) -> Iterator[str]:
    """Lines as they are read, each shown as said, or as a wait in brackets."""
    for read in stdin:
        line = read.rstrip("\r\n")
        text = line.strip()
        if is_wait(text):
            print(f"({text.removeprefix('(').removesuffix(')')})", file=out, flush=True)
        elif text:
            print(f"{PROMPT}{line}", file=out, flush=True)
        yield line
