"""Fresh containers in rounds: each skill's cold starts by first request, warm turns, peak RSS.

Every round wakes each skill with each kind of first request, the skills taking turns in
every order in rotation, so that drift in the machine's load falls on all of them and none
is always measured first. A child woken by a launch then runs the scripted sessions.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from bench.cold_requests import KINDS, LAUNCH
from bench.lab import SKILL, SKILLS, ChildRun, Lab
from bench.stats import Spread, percentile

# Each round's order of the skills: all their orders in turn (ABC, ACB, BAC, ...).
_ORDERS = list(itertools.permutations(SKILLS))

Runs = dict[str, dict[str, list[ChildRun]]]  # module -> kind of first request -> runs


def in_turn(round_number: int) -> tuple[str, ...]:
    """The skills in the order a round measures them."""
    return _ORDERS[round_number % len(_ORDERS)]


def replay(module: str, script: Path) -> tuple[str, ...]:
    """This skill is driven live; the baselines are sent the envelopes it was sent."""
    return () if module == SKILL else ("--replay", str(script))


def timed(lab: Lab, script: Path, runs: int, sessions: int) -> Runs:
    """`runs` rounds of fresh processes: cold starts of each kind, then warm sessions."""
    done: Runs = {module: {kind: [] for kind in KINDS} for module in SKILLS}
    for module in SKILLS:  # fills the byte-code cache; not measured
        for kind in KINDS:
            repeat = "1" if kind == LAUNCH else "0"
            lab.child("timed", module, "--repeat", repeat, *replay(module, script), first=kind)
    for round_number in range(runs):
        for kind in KINDS:
            repeat = str(sessions) if kind == LAUNCH else "0"
            for module in in_turn(round_number):
                lab.fresh_table()
                run = lab.child(
                    "timed", module, "--repeat", repeat, *replay(module, script), first=kind
                )
                done[module][kind].append(run)
        cold = "  ".join(
            f"{module.rsplit('.', 1)[-1]} {done[module][LAUNCH][-1].cold_ms:.0f}"
            for module in SKILLS
        )
        print(f"  round {round_number + 1}/{runs}, cold launch ms: {cold}", flush=True)
    return done


def _by_request(runs: list[ChildRun]) -> dict[str, float]:
    """The median warm turn of each kind of request, in milliseconds."""
    kinds: dict[str, list[float]] = {}
    for run in runs:
        for name, ns in zip(run.report["turn_names"], run.report["turn_ns"], strict=True):
            kinds.setdefault(name, []).append(ns / 1e6)
    return {name: round(Spread.of(times).median, 3) for name, times in kinds.items()}


def summary(by_kind: dict[str, list[ChildRun]]) -> dict[str, Any]:
    """One skill's figures; cold start and interpreter start-up are the launch's."""
    launched = by_kind[LAUNCH]
    turns_ms = [ns / 1e6 for run in launched for ns in run.report["turn_ns"]]
    cold = Spread.of([run.cold_ms for run in launched])
    in_process = Spread.of([run.cold_in_process_ms for run in launched])
    return {
        "cold_start_ms": cold.as_dict(),
        "cold_start_by_request_ms": {
            kind: Spread.of([run.cold_ms for run in runs]).as_dict()
            for kind, runs in by_kind.items()
        },
        "cold_in_process_ms": in_process.as_dict(),
        "interpreter_start_ms": round(cold.median - in_process.median, 2),
        "warm_turn_ms": {
            **Spread.of(turns_ms).as_dict(3),
            "p99": round(percentile(turns_ms, 0.99), 3),
        },
        "warm_turn_by_request_ms": _by_request(launched),
        "peak_rss_kb": Spread.of([float(run.report["maxrss_kb"]) for run in launched]).as_dict(0),
    }
