"""A deploy's steps: each a command shown before it runs, run in turn, or only shown."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, TextIO

ROOT: Final = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Step:
    title: str
    command: Sequence[str]
    cwd: Path = ROOT
    env: Mapping[str, str] = field(default_factory=dict)
    # Whether the step's standard output is read (and so not shown as it runs).
    read_output: bool = False

    def shown(self) -> str:
        words = [f"{name}={shlex.quote(value)}" for name, value in self.env.items()]
        words.append(shlex.join(self.command))
        line = " ".join(words)
        return line if self.cwd == ROOT else f"(cd {shlex.quote(str(self.cwd))} && {line})"


class StepError(Exception):
    def __init__(self, step: Step, returncode: int) -> None:
        super().__init__(f"{step.title} failed (exit {returncode})")


class Runner:
    """Runs the steps in turn, or with `dry_run` only shows them."""

    def __init__(self, dry_run: bool, out: TextIO = sys.stdout) -> None:
        self.dry_run = dry_run
        self._out = out
        self._count = 0

    def note(self, text: str) -> None:
        print(f"    {text}", file=self._out, flush=True)

    def run(self, step: Step) -> str:
        self._count += 1
        print(f"==> {self._count}. {step.title}", file=self._out)
        print(f"    $ {step.shown()}", file=self._out, flush=True)
        if self.dry_run:
            return ""
        environ = {**os.environ, "SAM_CLI_TELEMETRY": "0", **step.env}
        done = subprocess.run(
            list(step.command),
            cwd=step.cwd,
            env=environ,
            stdout=subprocess.PIPE if step.read_output else None,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise StepError(step, done.returncode)
        return done.stdout or ""
