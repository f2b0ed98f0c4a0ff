"""Whether an answer is the one expected: its key phrases there, its forbidden ones not.

Both sides are compared as heard: case, spacing and the kind of apostrophe do not count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from toolkit.replay.replays import Turn


def as_heard(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.sub(r"\s+", " ", text).strip()


def misses(turn: Turn, answer: str) -> list[str]:
    """What is wrong with `answer` to `turn`, one line each; empty when it is as expected."""
    heard = as_heard(answer)
    wrong = [f'missing "{phrase}"' for phrase in turn.expect if as_heard(phrase) not in heard]
    wrong += [f'should not say "{phrase}"' for phrase in turn.never if as_heard(phrase) in heard]
    return wrong


def compare(turns: Sequence[Turn], answers: Sequence[str]) -> list[str]:
    """Every miss of a replay's answers, each naming the line it answered and what was said."""
    report: list[str] = []
    for index, turn in enumerate(turns):
        answer = answers[index] if index < len(answers) else ""
        wrong = misses(turn, answer)
        if wrong:
            heard = answer or "(nothing)"
            report.append(f'  "{turn.said}": {"; ".join(wrong)}\n    Alexa said: {heard}')
    return report
