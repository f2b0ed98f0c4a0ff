"""The figures of an evaluation run, the goals they must meet, and the report as printed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from toolkit.nlu.lines import CONTEXTS, DEV, HELD_OUT, SETS
from toolkit.nlu.resolve import Outcome

# Issue 19, item 10: the accuracy each set must reach, every red flag heard as one in
# both, and at most this share of the other lines taken for a red flag.
ACCURACY_GOALS = {DEV: 0.95, HELD_OUT: 0.85}
RED_FLAG_RECALL_GOAL = 1.0
FALSE_RED_FLAG_GOAL = 0.02


@dataclass(frozen=True)
class Tally:
    hits: int
    total: int

    @property
    def share(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.share:6.1%}  ({self.hits}/{self.total})"


def tally(outcomes: Iterable[Outcome], hit: Callable[[Outcome], bool]) -> Tally:
    counted = [hit(outcome) for outcome in outcomes]
    return Tally(sum(counted), len(counted))


def _right(outcome: Outcome) -> bool:
    return outcome.right


def _taken(outcome: Outcome) -> bool:
    return outcome.taken_as_red_flag


@dataclass(frozen=True)
class Report:
    outcomes: Sequence[Outcome]

    def accuracy_by(self, key: Callable[[Outcome], str]) -> dict[str, Tally]:
        groups: dict[str, list[Outcome]] = {}
        for outcome in self.outcomes:
            groups.setdefault(key(outcome), []).append(outcome)
        return {name: tally(group, _right) for name, group in groups.items()}

    def accuracy(self, set_name: str) -> Tally:
        return tally((o for o in self.outcomes if o.line.set == set_name), _right)

    def red_flag_recall(self, set_name: str) -> Tally:
        """Of the red flags said, how many the skill takes as red flags."""
        said = (o for o in self.outcomes if o.line.set == set_name and o.line.red_flag)
        return tally(said, _taken)

    def false_red_flags(self, look_alikes_only: bool = False) -> Tally:
        """Of the lines that are no red flag, how many the skill takes for one."""
        others = (
            o
            for o in self.outcomes
            if not o.line.red_flag and (o.line.look_alike or not look_alikes_only)
        )
        return tally(others, _taken)

    @property
    def confusions(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.right]

    @property
    def red_flag_misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.line.red_flag != o.taken_as_red_flag]


def missed_goals(report: Report) -> list[str]:
    """Each goal the run falls short of, said plainly; empty when all are met."""
    missed = []
    for set_name in SETS:
        accuracy = report.accuracy(set_name)
        goal = ACCURACY_GOALS[set_name]
        if accuracy.total and accuracy.share < goal:
            missed.append(f"{set_name} accuracy {accuracy.share:.1%} < {goal:.0%}")
        recall = report.red_flag_recall(set_name)
        if recall.total and recall.share < RED_FLAG_RECALL_GOAL:
            missed.append(f"{set_name} red-flag recall {recall.share:.1%} < 100%")
    false_flags = report.false_red_flags()
    if false_flags.share > FALSE_RED_FLAG_GOAL:
        missed.append(f"false red flags {false_flags.share:.1%} > {FALSE_RED_FLAG_GOAL:.0%}")
    return missed


def _section(title: str, rows: dict[str, Tally], order: Sequence[str] = ()) -> list[str]:
    names = [name for name in order if name in rows] + sorted(set(rows) - set(order))
    width = max((len(name) for name in names), default=0)
    return [title, *(f"  {name:<{width}}  {rows[name]}" for name in names), ""]


def _confusion(outcome: Outcome) -> str:
    line = outcome.line
    expected = line.intent + "".join(f" {k}={v}" for k, v in line.slots.items())
    got = outcome.intent + "".join(f" {k}={v}" for k, v in outcome.slots.items() if v)
    return f"  [{line.set} {line.locale} {line.context}] {line.utterance!r}: {expected} -> {got}"


def _flag_miss(outcome: Outcome) -> str:
    line = outcome.line
    heard = "taken as a red flag" if outcome.taken_as_red_flag else "not taken as a red flag"
    said = "a red flag" if line.red_flag else "no red flag"
    return f"  [{line.set} {line.locale} {line.context}] {line.utterance!r}: {said}, {heard}"


_OUT_OF_SIGHT = "their words kept out of sight (--show-held-out)"


def _listed(outcomes: Sequence[Outcome], say: Callable[[Outcome], str], reveal: bool) -> list[str]:
    """Each outcome's line; held-out words only when `reveal`, so no sample is written from them."""
    shown = [say(o) for o in outcomes if reveal or o.line.set != HELD_OUT]
    hidden = len(outcomes) - len(shown)
    if hidden:
        shown.append(f"  ...and {hidden} held-out lines, {_OUT_OF_SIGHT}")
    return shown


def render(report: Report, reveal_held_out: bool = False) -> list[str]:
    """The report as printed, one line per list item.

    The held-out lines' words are left out unless asked for: the model is tuned on the dev
    lines, and the held-out ones measure what it hears of words nobody wrote it from.
    """
    lines: list[str] = []
    lines += _section("Accuracy by set", {s: report.accuracy(s) for s in SETS}, SETS)
    lines += _section("Accuracy by locale", report.accuracy_by(lambda o: o.line.locale))
    lines += _section("Accuracy by context", report.accuracy_by(lambda o: o.line.context), CONTEXTS)
    lines += _section("Accuracy by intent", report.accuracy_by(lambda o: o.line.intent))
    flags = {f"red-flag recall, {s}": report.red_flag_recall(s) for s in SETS}
    flags["false red flags, all other lines"] = report.false_red_flags()
    flags["false red flags, look-alikes"] = report.false_red_flags(look_alikes_only=True)
    lines += _section("Red flags", flags, list(flags))
    misses = report.red_flag_misses
    lines += [f"Red flags missed or raised wrongly ({len(misses)})"]
    lines += [*_listed(misses, _flag_miss, reveal_held_out), ""]
    confusions = report.confusions
    lines += [f"Confusions ({len(confusions)}): utterance: expected -> got"]
    lines += _listed(confusions, _confusion, reveal_held_out)
    return lines
