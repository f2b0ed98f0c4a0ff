"""`make bench`: this skill against two baselines, measured in the same run.

The baselines: a bare ASK SDK skill that reads one item a turn, and the SDK with its
DynamoDB persistence adapter, reading and saving a person's attributes every turn. Every
measurement takes the three skills in turn, in every order, so that the machine's drift
falls on all alike. Prints a table and writes
`bench/results.json`; see bench/README.md for what each figure means and how it is taken.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import cold_imports, machine, rounds, slow_clients
from bench.lab import ADAPTER, BASELINE, NAMES, ROOT, SKILL, SKILLS, Lab, close_process
from bench.ratios import ratios
from bench.report import GOALS, table
from bench.rounds import in_turn, replay
from bench.stats import Spread, percentile
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
    parser.add_argument(
        "--slow-seconds", type=float, default=30.0, help="probing under the slow-client mix (30)"
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="results file")
    return parser


def _counts(lab: Lab) -> tuple[dict[str, Any], Path]:
    """DynamoDB requests per turn of each skill, and the script this skill recorded."""
    script = lab.folder / "script.json"
    ours = lab.child("count", SKILL, "--record", str(script)).report
    lab.learn_the_hold(json.loads(script.read_text()))
    bare = lab.child("count", BASELINE, *replay(BASELINE, script)).report
    adapter = lab.child("count", ADAPTER, *replay(ADAPTER, script)).report
    turns = ours["turns"]
    return {
        "turns": turns,
        "max_db_reads_per_turn": max(turn["reads"] for turn in turns),
        "max_db_writes_per_turn": max(turn["writes"] for turn in turns),
        "baseline_max_db_reads_per_turn": max(turn["reads"] for turn in bare["turns"]),
        "adapter_max_db_reads_per_turn": max(turn["reads"] for turn in adapter["turns"]),
        "adapter_max_db_writes_per_turn": max(turn["writes"] for turn in adapter["turns"]),
        "requests_per_30min_hold": ours["requests_per_30min_hold"],
    }, script


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
    loads: dict[str, list[Load]] = {module: [] for module in SKILLS}
    for round_number in range(args.web_rounds):
        for module in in_turn(round_number):
            sent = None if module == SKILL else recorded
            lab.fresh_table()
            server, url = lab.start(module)
            try:
                one_session(url, sent)
                load = put_under_load(url, sent, args.clients, args.web_seconds, args.web_cap)
            finally:
                close_process(server)
            loads[module].append(load)
            print(
                f"  {module}: {load.requests_per_second:.0f} answers/s, "
                f"p99 {percentile(load.latencies_ms, 0.99):.1f} ms",
                flush=True,
            )
    return {NAMES[module]: _web_summary(rounds) for module, rounds in loads.items()}


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
    for module in SKILLS:
        report = lab.child("profile", module, "--repeat", str(sessions), *replay(module, script))
        profiles[NAMES[module]] = {
            phase: {
                "by_total": report.report[phase]["by_total"][:25],
                "by_own": report.report[phase]["by_own"][:15],
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
    started = time.monotonic()
    with Lab() as lab:
        print("Counting DynamoDB requests per turn...", flush=True)
        counts, script = _counts(lab)
        print(f"Cold starts and warm turns, {args.runs} rounds...", flush=True)
        runs = rounds.timed(lab, script, args.runs, args.sessions)
        print("Import costs on the cold path...", flush=True)
        imports = _imports(lab)
        print("Profile of warm turns...", flush=True)
        profile = _profile(lab, script, args.sessions)
        print(f"Web service, {args.clients} clients...", flush=True)
        web = _web(lab, script, args)
    print("The web service among slow and silent clients...", flush=True)
    slow = slow_clients.measure(args.slow_seconds)
    summaries = {NAMES[module]: rounds.summary(by_kind) for module, by_kind in runs.items()}
    results = {
        **ratios(summaries, web),
        "max_db_reads_per_turn": counts["max_db_reads_per_turn"],
        "max_db_writes_per_turn": counts["max_db_writes_per_turn"],
        "requests_per_30min_hold": counts["requests_per_30min_hold"],
        "lambda_zip_bytes": _lambda_zip()["bytes"],
        "lambda_zip": _lambda_zip(),
        "web_p99_ms": web["skill"]["p99_ms"],
        "baseline_web_p99_ms": web["baseline"]["p99_ms"],
        "adapter_web_p99_ms": web["adapter"]["p99_ms"],
        "fuzz_cases": _fuzz_cases(),
        "slow_client_probes_within_2s": slow["share_within_2s"],
        "slow_clients": slow,
        "goals": GOALS,
        "machine": machine.describe(),
        "settings": {k: v for k, v in vars(args).items() if k != "out"},
        "bench_seconds": round(time.monotonic() - started),
        **summaries,
        "web": web,
        "db_requests_per_turn": counts["turns"],
        "adapter_max_db_requests_per_turn": {
            "reads": counts["adapter_max_db_reads_per_turn"],
            "writes": counts["adapter_max_db_writes_per_turn"],
        },
        "cold_path_imports": imports,
        "profile": profile,
    }
    print()
    print(table(results))
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nWritten to {args.out}")
    return 0
