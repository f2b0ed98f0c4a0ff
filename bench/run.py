"""`make bench`: this skill against a bare ASK SDK skill, measured in the same run.

Every measurement alternates the two skills (this skill, then the baseline, several
times) so that the machine's drift falls on both alike. Prints a table and writes
`bench/results.json`; see bench/README.md for what each figure means and how it is taken.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import cold_imports, machine
from bench.lab import BASELINE, ROOT, SKILL, ChildRun, Lab, close_process
from bench.report import GOALS, table
from bench.stats import Spread, percentile, ratio
from bench.web_load import Load, one_session, put_under_load

RESULTS = ROOT / "bench" / "results.json"
FUZZ_CASES = ROOT / "bench" / "fuzz_cases.json"
LAMBDA_ZIP = ROOT / "build" / "lambda.zip"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="cold processes per skill (15)")
    parser.add_argument("--sessions", type=int, default=3, help="warm sessions per process (3)")
    parser.add_argument("--clients", type=int, default=16, help="web clients at once (16)")
    parser.add_argument("--web-seconds", type=float, default=8.0, help="per web round (8)")
    parser.add_argument("--web-rounds", type=int, default=3, help="web rounds per skill (3)")
    parser.add_argument("--web-cap", type=int, default=20_000, help="answers per web round")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results file")
    return parser


def _counts(lab: Lab) -> tuple[dict[str, Any], Path]:
    """DynamoDB requests per turn of this skill, and the script it recorded for the baseline."""
    script = lab.folder / "script.json"
    ours = lab.child("count", SKILL, "--record", str(script)).report
    baseline = lab.child("count", BASELINE, "--replay", str(script)).report
    turns = ours["turns"]
    return {
        "turns": turns,
        "max_db_reads_per_turn": max(turn["reads"] for turn in turns),
        "max_db_writes_per_turn": max(turn["writes"] for turn in turns),
        "baseline_max_db_reads_per_turn": max(turn["reads"] for turn in baseline["turns"]),
        "requests_per_30min_hold": ours["requests_per_30min_hold"],
    }, script


def _in_turn(round_number: int) -> tuple[str, str]:
    """The two skills in the order a round measures them: ABBA, so neither is always first."""
    return (SKILL, BASELINE) if round_number % 2 == 0 else (BASELINE, SKILL)


def _timed(lab: Lab, script: Path, runs: int, sessions: int) -> dict[str, list[ChildRun]]:
    """Fresh processes, alternating: cold start, warm sessions, peak RSS."""
    done: dict[str, list[ChildRun]] = {SKILL: [], BASELINE: []}
    replay = {SKILL: (), BASELINE: ("--replay", str(script))}
    for module in (SKILL, BASELINE):  # fills the byte-code cache; not measured
        lab.child("timed", module, "--repeat", "1", *replay[module])
    for round_number in range(runs):
        for module in _in_turn(round_number):
            lab.fresh_table()
            run = lab.child("timed", module, "--repeat", str(sessions), *replay[module])
            done[module].append(run)
            print(f"  {module}: cold {run.cold_ms:.0f} ms", flush=True)
    return done


def _by_request(runs: list[ChildRun]) -> dict[str, float]:
    """The median warm turn of each kind of request, in milliseconds."""
    kinds: dict[str, list[float]] = {}
    for run in runs:
        for name, ns in zip(run.report["turn_names"], run.report["turn_ns"], strict=True):
            kinds.setdefault(name, []).append(ns / 1e6)
    return {name: round(Spread.of(times).median, 3) for name, times in kinds.items()}


def _summary(runs: list[ChildRun]) -> dict[str, Any]:
    turns_ms = [ns / 1e6 for run in runs for ns in run.report["turn_ns"]]
    cold = Spread.of([run.cold_ms for run in runs])
    in_process = Spread.of([run.cold_in_process_ms for run in runs])
    return {
        "cold_start_ms": cold.as_dict(),
        "cold_in_process_ms": in_process.as_dict(),
        "interpreter_start_ms": round(cold.median - in_process.median, 2),
        "warm_turn_ms": {
            **Spread.of(turns_ms).as_dict(3),
            "p99": round(percentile(turns_ms, 0.99), 3),
        },
        "warm_turn_by_request_ms": _by_request(runs),
        "peak_rss_kb": Spread.of([float(run.report["maxrss_kb"]) for run in runs]).as_dict(0),
    }


def _imports(lab: Lab) -> dict[str, Any]:
    ours = lab.child("timed", SKILL, "--repeat", "0", importtime=True)
    baseline = lab.child("timed", BASELINE, "--repeat", "0", importtime=True)
    ours_loaded = set(ours.report["loaded_at_answer"])
    summary = cold_imports.summarise(
        cold_imports.parse(ours.stderr),
        ours_loaded,
        cold_imports.parse(baseline.stderr),
        set(baseline.report["loaded_at_answer"]),
    )
    summary["off_the_cold_path"] = cold_imports.off_the_cold_path(ours_loaded)
    return summary


def _web(lab: Lab, script: Path, args: argparse.Namespace) -> dict[str, Any]:
    recorded = json.loads(script.read_text())
    loads: dict[str, list[Load]] = {SKILL: [], BASELINE: []}
    for round_number in range(args.web_rounds):
        for module in _in_turn(round_number):
            replay = None if module == SKILL else recorded
            lab.fresh_table()
            server, url = lab.start(module)
            try:
                one_session(url, replay)
                load = put_under_load(url, replay, args.clients, args.web_seconds, args.web_cap)
            finally:
                close_process(server)
            loads[module].append(load)
            print(
                f"  {module}: {load.requests_per_second:.0f} answers/s, "
                f"p99 {percentile(load.latencies_ms, 0.99):.1f} ms",
                flush=True,
            )
    return {module: _web_summary(rounds) for module, rounds in loads.items()}


def _web_summary(rounds: list[Load]) -> dict[str, Any]:
    latencies = [ms for load in rounds for ms in load.latencies_ms]
    return {
        "answers_per_second": Spread.of([load.requests_per_second for load in rounds]).as_dict(1),
        "p50_ms": round(percentile(latencies, 0.50), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "answers": len(latencies),
        "failures": sum(len(load.failures) for load in rounds),
    }


def _profile(lab: Lab, script: Path, sessions: int) -> dict[str, Any]:
    """Where the time goes: each skill's cold answer and warm sessions, under cProfile."""
    profiles = {}
    for name, module, replay in (
        ("skill", SKILL, ()),
        ("baseline", BASELINE, ("--replay", str(script))),
    ):
        report = lab.child("profile", module, "--repeat", str(sessions), *replay).report
        profiles[name] = {
            phase: {
                "by_total": report[phase]["by_total"][:25],
                "by_own": report[phase]["by_own"][:15],
            }
            for phase in ("cold", "warm")
        }
    return profiles


def _lambda_zip() -> dict[str, Any]:
    """The size of `make package`'s zip, and how much of it is byte code; nulls without it."""
    if not LAMBDA_ZIP.is_file():
        return {
            "bytes": None,
            "files": None,
            "byte_code_files": None,
            "note": "no build/lambda.zip: run make package",
        }
    with zipfile.ZipFile(LAMBDA_ZIP) as package:
        names = package.namelist()
    return {
        "bytes": LAMBDA_ZIP.stat().st_size,
        "files": len(names),
        "byte_code_files": sum(name.endswith(".pyc") for name in names),
    }


def _fuzz_cases() -> int | None:
    try:
        cases = json.loads(FUZZ_CASES.read_text())["cases"]
    except (OSError, ValueError, KeyError):
        return None
    return int(cases)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with Lab() as lab:
        print("Counting DynamoDB requests per turn...", flush=True)
        counts, script = _counts(lab)
        print(f"Cold starts and warm turns, {args.runs} processes each...", flush=True)
        runs = _timed(lab, script, args.runs, args.sessions)
        print("Import costs on the cold path...", flush=True)
        imports = _imports(lab)
        print("Profile of warm turns...", flush=True)
        profile = _profile(lab, script, args.sessions)
        print(f"Web service, {args.clients} clients...", flush=True)
        web = _web(lab, script, args)
    ours, baseline = _summary(runs[SKILL]), _summary(runs[BASELINE])
    package = _lambda_zip()
    results = {
        "cold_start_ratio": ratio(
            ours["cold_start_ms"]["median"], baseline["cold_start_ms"]["median"]
        ),
        "warm_turn_ratio": ratio(
            ours["warm_turn_ms"]["median"], baseline["warm_turn_ms"]["median"]
        ),
        "warm_turn_p99_ratio": ratio(ours["warm_turn_ms"]["p99"], baseline["warm_turn_ms"]["p99"]),
        "peak_rss_ratio": ratio(ours["peak_rss_kb"]["median"], baseline["peak_rss_kb"]["median"]),
        "max_db_reads_per_turn": counts["max_db_reads_per_turn"],
        "max_db_writes_per_turn": counts["max_db_writes_per_turn"],
        "requests_per_30min_hold": counts["requests_per_30min_hold"],
        "lambda_zip_bytes": package["bytes"],
        "lambda_zip": package,
        "web_rps_ratio": ratio(
            web[SKILL]["answers_per_second"]["median"],
            web[BASELINE]["answers_per_second"]["median"],
        ),
        "web_p99_ms": web[SKILL]["p99_ms"],
        "baseline_web_p99_ms": web[BASELINE]["p99_ms"],
        "fuzz_cases": _fuzz_cases(),
        "goals": GOALS,
        "machine": machine.describe(),
        "settings": {k: v for k, v in vars(args).items() if k != "out"},
        "skill": ours,
        "baseline": baseline,
        "web": {"skill": web[SKILL], "baseline": web[BASELINE]},
        "db_requests_per_turn": counts["turns"],
        "cold_path_imports": imports,
        "profile": profile,
    }
    print()
    print(table(results))
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nWritten to {args.out}")
    return 0
