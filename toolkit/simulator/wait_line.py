"""A script line that says nothing and lets hold time pass: "wait 2 minutes"."""

from __future__ import annotations

from skill.routine.duration import duration_seconds
from toolkit.simulator.normalise import words
from toolkit.simulator.spoken_numbers import duration_value


def wait_ms(line: str) -> int | None:
    """The time a script line such as "wait 1 minute 30 seconds" lets pass, or None.

    The line may be in brackets: "(wait 2 minutes)". A bare "wait" is something said.
    """
    tokens = words(line.strip().removeprefix("(").removesuffix(")"))
    if tokens[:1] != ["wait"]:
        return None
    rest = tokens[2:] if tokens[1:2] == ["for"] else tokens[1:]
    seconds = duration_seconds(duration_value(rest))
    return None if seconds is None else round(seconds * 1000)


def is_wait_line(line: str) -> bool:
    return wait_ms(line) is not None
