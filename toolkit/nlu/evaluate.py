"""Every evaluation line resolved with its locale's model, as the local device hears it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from skill.speech.languages import words_for
from toolkit.nlu.lines import EvaluationLine
from toolkit.nlu.report import Report
from toolkit.nlu.resolve import Outcome, resolve
from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import InteractionModel, load_model


def evaluate(
    lines: Iterable[EvaluationLine],
    model_of: Callable[[str], InteractionModel] = load_model,
) -> Report:
    """The report of `lines`, each heard by its locale's model and weighed by its locale's pack."""
    matchers: dict[str, Matcher] = {}
    outcomes: list[Outcome] = []
    for line in lines:
        if line.locale not in matchers:
            matchers[line.locale] = Matcher(model_of(line.locale), locale=line.locale)
        heard = words_for(line.locale).symptoms
        outcomes.append(resolve(line, matchers[line.locale], heard))
    return Report(outcomes)
