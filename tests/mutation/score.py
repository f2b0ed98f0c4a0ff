"""The mutation score of the last `mutmut run`, written to tests/mutation/score.json.

Run by `make mutation` after mutmut: reads every mutant's verdict from `mutmut results
--all true`, writes the counts, the surviving mutants by name and the date, and fails when
the share killed is below `--floor`. A mutant that timed out is counted as killed (the
change made the tests hang, which a run notices); one no test reaches counts against the
score, as a survivor does. The equivalent mutants (survivors no test can kill, because the
code behaves the same with them) are listed with their reasons in
tests/mutation/equivalent.json and counted in the score like any other survivor.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = HERE / "score.json"
EQUIVALENT = HERE / "equivalent.json"
KILLED = ("killed", "timeout")


def verdicts(mutmut: str) -> dict[str, str]:
    """Each mutant's verdict, by name, from the last run."""
    shown = subprocess.run(
        [mutmut, "results", "--all", "true"], check=True, capture_output=True, text=True
    ).stdout
    found: dict[str, str] = {}
    for line in shown.splitlines():
        name, separator, status = line.strip().rpartition(": ")
        if separator and name:
            found[name] = status
    return found


def score(found: dict[str, str], equivalent: dict[str, str], seconds: int) -> dict[str, object]:
    counts = Counter(found.values())
    killed = sum(counts[status] for status in KILLED)
    total = len(found)
    standing = sorted(name for name, status in found.items() if status not in KILLED)
    return {
        "date": datetime.now(UTC).date().isoformat(),
        "seconds": seconds,
        "total": total,
        "killed": killed,
        "timed_out": counts["timeout"],
        "survived": counts["survived"],
        "no_tests": counts["no tests"],
        "other": total - killed - counts["survived"] - counts["no tests"],
        "percent": round(100 * killed / total, 1) if total else 0.0,
        "equivalent": len([name for name in standing if name in equivalent]),
        "not_killed": {name: equivalent.get(name, found[name]) for name in standing},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--floor", type=float, required=True, help="the least percent killed")
    parser.add_argument("--seconds", type=int, default=0, help="how long the run took")
    parser.add_argument("--mutmut", default=str(Path(sys.executable).parent / "mutmut"))
    args = parser.parse_args(argv)
    equivalent: dict[str, str] = json.loads(EQUIVALENT.read_text(encoding="utf-8"))
    result = score(verdicts(args.mutmut), equivalent, args.seconds)
    SCORE.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    percent = result["percent"]
    print(f"mutation score: {percent}% killed of {result['total']} (floor {args.floor}%)")
    assert isinstance(percent, float)
    if percent < args.floor:
        print(f"below the floor: see {SCORE.relative_to(Path.cwd())} for the mutants not killed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
