"""Lines that open the skill: "open acupressure helper", "ask acupressure helper for back pain"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from toolkit.simulator.normalise import words
from toolkit.simulator.spoken import Spoken, spoken_for

WAKE_WORD = "alexa"


@dataclass(frozen=True)
class Invocation:
    """A line that opens the skill: a launch, or a one-shot request."""

    # What to match after the name, best first: "for back pain", then "back pain".
    requests: tuple[str, ...] = ()

    @property
    def is_launch(self) -> bool:
        return not self.requests


def without_wake_word(line: str) -> list[str]:
    """The words of a line, without a leading "Alexa"."""
    tokens = words(line)
    return tokens[1:] if tokens[:1] == [WAKE_WORD] else tokens


def _name_at(tokens: Sequence[str], name: Sequence[str]) -> int | None:
    for start in range(len(tokens) - len(name) + 1):
        if list(tokens[start : start + len(name)]) == list(name):
            return start
    return None


def _requests(after: list[str], spoken: Spoken) -> tuple[str, ...]:
    for connector in spoken.CONNECTORS:
        if tuple(after[: len(connector)]) == connector:
            rest = after[len(connector) :]
            return (" ".join(after), " ".join(rest)) if rest else ()
    return (" ".join(after),)


def parse_invocation(
    tokens: Sequence[str], invocation_name: str, spoken: Spoken | None = None
) -> Invocation | None:
    """The invocation in these words (wake word already removed), or None if they name no skill.

    `spoken`: how the locale's language opens a skill ("open", "ask"); English by default.
    """
    spoken = spoken or spoken_for("en")
    name = words(invocation_name)
    start = _name_at(tokens, name)
    if start is None:
        return None
    before, after = tuple(tokens[:start]), list(tokens[start + len(name) :])
    if not after:
        if before in spoken.LAUNCH_WORDS:
            return Invocation()
        if len(before) > 1 and before[-1] in spoken.TRAILING_WORDS:
            return Invocation((" ".join(before[:-1]),))
        return None
    if before in spoken.ONE_SHOT_WORDS:
        return Invocation(_requests(after, spoken))
    return None
