"""python -m toolkit.nlu: resolve the evaluation set, print the report, fail on a missed goal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from toolkit.nlu.evaluate import evaluate
from toolkit.nlu.lines import EVALUATION_ROOT, SETS, read_all
from toolkit.nlu.report import missed_goals, render
from toolkit.simulator.model import MODEL_ROOT, load_model


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m toolkit.nlu", description=__doc__)
    parser.add_argument("--locale", action="append", help="only this locale (repeatable)")
    parser.add_argument("--set", choices=SETS, help="only the dev or the held-out lines")
    parser.add_argument("--evaluation", type=Path, default=EVALUATION_ROOT, help="the set's folder")
    parser.add_argument(
        "--models", type=Path, default=MODEL_ROOT, help="the interaction_model folder"
    )
    parser.add_argument(
        "--show-held-out",
        action="store_true",
        help="print the held-out lines' words too (never to write samples from)",
    )
    args = parser.parse_args(argv)
    lines = [
        line
        for line in read_all(args.evaluation)
        if (not args.locale or line.locale in args.locale) and args.set in (None, line.set)
    ]
    report = evaluate(lines, partial(load_model, root=args.models))
    print("\n".join(render(report, reveal_held_out=args.show_held_out)))
    missed = missed_goals(report)
    print()
    if missed:
        print("Goals missed: " + "; ".join(missed))
        return 1
    print("Goals met: dev >= 95%, held-out >= 85%, every red flag heard, false red flags <= 2%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
