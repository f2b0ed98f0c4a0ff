"""`make nlu-profile`: the evaluation set through Amazon's own model, the Utterance Profiler.

Each line of interaction_model/evaluation/<locale>.jsonl goes to `ask smapi profile-nlu`
for its locale, and the intent (and slots) the deployed model selects is compared with the
line's. It prints accuracy per set and every miss, and fails if a red-flag line is missed.
Amazon's NLU Evaluation Tool (batch annotation sets) is deprecated; the profiler takes one
utterance at a time, with no dialog state, so a line's context is not reproduced. Like
every SMAPI check here it sends text only: AudioPlayer events cannot be profiled or
replayed. Without the ASK CLI, credentials or SKILL_ID, or with DRY_RUN=1, it prints the
commands it would send.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

from toolkit.replay import ask_cli
from toolkit.replay.ask_cli import AskError, RunAsk
from toolkit.replay.profile import Line, mismatch, read_line
from toolkit.replay.replays import PLACEHOLDER_SKILL_ID

EVALUATION = Path("interaction_model/evaluation")


def evaluation_lines(folder: Path, locales: list[str] | None) -> dict[str, list[Line]]:
    """Each locale's lines, read from its <locale>.jsonl (blank lines skipped)."""
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    return {
        path.stem: [
            read_line(json.loads(text)) for text in path.read_text("utf-8").splitlines() if text
        ]
        for path in files
        if locales is None or path.stem in locales
    }


def show(lines: dict[str, list[Line]], skill_id: str) -> int:
    for locale, said in lines.items():
        for line in said:
            command = ask_cli.shown(ask_cli.profile_nlu(skill_id, locale, line.utterance))
            print(f"{command}  # expect {line.intent}")
    return 0


def profile(lines: dict[str, list[Line]], skill_id: str, run: RunAsk) -> int:
    """Profile every line; the exit status (1 if any red-flag line was missed)."""
    asked: Counter[str] = Counter()
    right: Counter[str] = Counter()
    red_flags_missed = 0
    for locale, said in lines.items():
        for line in said:
            wrong = mismatch(line, run(ask_cli.profile_nlu(skill_id, locale, line.utterance)))
            asked[line.set] += 1
            if wrong is None:
                right[line.set] += 1
                continue
            red_flags_missed += line.red_flag
            flag = " (red flag)" if line.red_flag else ""
            print(f'  {locale} "{line.utterance}"{flag}: {wrong}')
    for name in sorted(asked):
        print(f"{name}: {right[name]} of {asked[name]} ({100 * right[name] / asked[name]:.1f}%)")
    if red_flags_missed:
        print(f"nlu-profile: {red_flags_missed} red-flag lines were not understood")
    return 1 if red_flags_missed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nlu-profile", description=__doc__.split("\n")[0])
    parser.add_argument("--evaluation", type=Path, default=EVALUATION, metavar="FOLDER")
    parser.add_argument("--locale", nargs="+", help="these locales alone (default: every one)")
    args = parser.parse_args(argv)
    lines = evaluation_lines(args.evaluation, args.locale)
    if not any(lines.values()):
        print(
            f"nlu-profile: no evaluation set in {args.evaluation}/ (<locale>.jsonl, one JSON "
            "object a line): nothing to profile"
        )
        return 0
    skill_id = os.environ.get("SKILL_ID")
    why = ask_cli.why_dry_run(os.environ, skill_id, Path.home())
    if why is not None or skill_id is None:
        print(f"nlu-profile: dry run ({why}): what would be sent to the Utterance Profiler")
        return show(lines, skill_id or PLACEHOLDER_SKILL_ID)
    try:
        return profile(lines, skill_id, ask_cli.run_ask)
    except AskError as error:
        print(f"nlu-profile: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
