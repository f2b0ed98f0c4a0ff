"""Checked values for command-line options: each refuses a bad value with one clear reason.

argparse turns the ArgumentTypeError raised here into its usage line, one line naming the
option and the reason, and exit status 2.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from pathlib import Path

from toolkit.store_check import embedded_store_problem

MAX_PORT = 65535


def port(text: str) -> int:
    """A TCP port: 1-65535, or 0 for any free one."""
    number = _integer(text)
    if not 0 <= number <= MAX_PORT:
        raise argparse.ArgumentTypeError(
            f"{text} is not a port: give 1 to {MAX_PORT}, or 0 for any free one"
        )
    return number


def whole_number(low: int, high: int) -> Callable[[str], int]:
    def check(text: str) -> int:
        number = _integer(text)
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"give {low} to {high}, not {text}")
        return number

    return check


def number_between(low: float, high: float, unit: str = "") -> Callable[[str], float]:
    """A number more than `low` and at most `high`."""

    def check(text: str) -> float:
        try:
            number = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not (math.isfinite(number) and low < number <= high):
            raise argparse.ArgumentTypeError(
                f"give more than {_shown(low)} and at most {_shown(high)}{unit}, not {text}"
            )
        return number

    return check


def file_in_existing_folder(text: str) -> Path:
    """A file to write, whose folder must already be there: nothing is created silently."""
    path = Path(text).expanduser()
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(
            f"there is no folder {path.parent}: create it first, or choose another file"
        )
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{path} is a folder: give the name of a file")
    return path


def store_file(text: str) -> Path:
    """The embedded store's file: a SQLite file this skill can write, or a new one."""
    path = Path(text).expanduser()
    problem = embedded_store_problem(path)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return path


def time_zone(text: str) -> str:
    """A time zone by its IANA name, such as Europe/London."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(f"no time zone is called {text!r}") from None
    return text


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def _shown(number: float) -> str:
    return f"{int(number):,}" if number == int(number) else f"{number:g}"
