"""The bench's table: each figure beside the baselines' and the goal it is held to."""

from __future__ import annotations

from typing import Any

# metric: (at most | at least, bound). A metric whose value is a mapping (by first
# request) is held to its bound in every entry.
GOALS: dict[str, tuple[str, float]] = {
    "cold_start_ratio": ("<=", 1.15),
    "cold_start_ratio_by_request": ("<=", 1.05),
    "warm_turn_ratio": ("<=", 1.3),
    "adapter_warm_turn_p99_ratio": ("<=", 1.2),
    "peak_rss_ratio": ("<=", 1.2),
    "web_rps_ratio": (">=", 0.8),
    "adapter_web_p99_ratio": ("<=", 1.2),
    "max_db_reads_per_turn": ("<=", 1),
    "max_db_writes_per_turn": ("<=", 1),
    "requests_per_30min_hold": ("<=", 15),
    # The share of correct requests answered within 2 s under the slow-client mix.
    "slow_client_probes_within_2s": (">=", 1.0),
}


def verdict(metric: str, value: Any) -> str:
    if metric not in GOALS:
        return ""
    values = list(value.values()) if isinstance(value, dict) else [value]
    if not values or None in values:
        return "n/a"
    comparison, bound = GOALS[metric]
    met = all(v <= bound if comparison == "<=" else v >= bound for v in values)
    return "ok" if met else "MISSED"


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 10 else f"{value:.0f}"
    return str(value)


def _goal(metric: str | None) -> str:
    if metric not in GOALS:
        return ""
    comparison, bound = GOALS[metric]
    if not metric.endswith(("ratio", "ratio_by_request")):
        return f"{comparison} {bound}"
    over = "adapter" if metric.startswith("adapter_") else "bare"
    return f"{over} {comparison} {bound}"


def _row(
    name: str,
    figures: list[Any],
    ratios: list[Any],
    metric: str | None = None,
    value: Any = None,
) -> list[str]:
    """A measure: this skill, bare SDK, adapter; the ratios over each; its goal and verdict.

    The goal holds `value`, by default the ratio over the baseline the metric names.
    """
    if metric in GOALS and value is None:
        value = ratios[1] if metric.startswith("adapter_") else ratios[0]
    return [
        name,
        *(_fmt(figure) for figure in figures),
        *(_fmt(r) for r in ratios),
        _goal(metric),
        verdict(metric, value) if metric else "",
    ]


def _spread(figures: dict[str, Any]) -> str:
    return f"{_fmt(figures['median'])} [{_fmt(figures['q1'])}-{_fmt(figures['q3'])}]"


def _rows(results: dict[str, Any]) -> list[list[str]]:
    skills = [results[name] for name in ("skill", "baseline", "adapter")]
    web = [results["web"][name] for name in ("skill", "baseline", "adapter")]

    def both(metric: str) -> list[Any]:
        return [results[metric], results[f"adapter_{metric}"]]

    rows = [["measure", "this skill", "bare SDK", "adapter", "/bare", "/adapter", "goal", ""]]
    for kind, bare in results["cold_start_ratio_by_request"].items():
        rows.append(
            _row(
                f"cold start ms, {kind}",
                [_spread(s["cold_start_by_request_ms"][kind]) for s in skills],
                [bare, results["adapter_cold_start_ratio_by_request"][kind]],
                "cold_start_ratio_by_request",
            )
        )
    rows += [
        _row(
            "cold start, worst ratio",
            [None] * 3,
            [results["cold_start_ratio"], None],
            "cold_start_ratio",
        ),
        _row(
            "  launch in-process ms",
            [s["cold_in_process_ms"]["median"] for s in skills],
            [None, None],
        ),
        _row(
            "warm turn ms, median [IQR]",
            [_spread(s["warm_turn_ms"]) for s in skills],
            both("warm_turn_ratio"),
            "warm_turn_ratio",
        ),
        _row(
            "warm turn ms, p99",
            [s["warm_turn_ms"]["p99"] for s in skills],
            both("warm_turn_p99_ratio"),
            "adapter_warm_turn_p99_ratio",
        ),
        _row(
            "peak RSS KiB, median",
            [s["peak_rss_kb"]["median"] for s in skills],
            both("peak_rss_ratio"),
            "peak_rss_ratio",
        ),
        _row(
            "web answers/s, median",
            [w["answers_per_second"]["median"] for w in web],
            both("web_rps_ratio"),
            "web_rps_ratio",
        ),
        _row(
            "web p99 ms", [w["p99_ms"] for w in web], both("web_p99_ratio"), "adapter_web_p99_ratio"
        ),
        _row("web failures", [w["failures"] for w in web], [None, None]),
        _row(
            "DynamoDB reads/turn, max",
            [results["max_db_reads_per_turn"], 1, 1],
            [None, None],
            "max_db_reads_per_turn",
            results["max_db_reads_per_turn"],
        ),
        _row(
            "DynamoDB writes/turn, max",
            [results["max_db_writes_per_turn"], 0, 1],
            [None, None],
            "max_db_writes_per_turn",
            results["max_db_writes_per_turn"],
        ),
        _row(
            "requests per 30-min hold",
            [results["requests_per_30min_hold"], None, None],
            [None, None],
            "requests_per_30min_hold",
            results["requests_per_30min_hold"],
        ),
        _row("Lambda zip bytes", [results["lambda_zip_bytes"], None, None], [None, None]),
        _row("fuzz cases", [results["fuzz_cases"], None, None], [None, None]),
    ]
    slow = results.get("slow_clients")
    if slow is not None:
        rows.append(
            _row(
                f"slow-client mix: probes in 2 s (of {slow['probes']})",
                [slow["answered_within_2s"], None, None],
                [None, None],
                "slow_client_probes_within_2s",
                results["slow_client_probes_within_2s"],
            )
        )
        rows.append(_row("  slowest probe s", [slow["slowest_probe_s"], None, None], [None, None]))
    return rows


def table(results: dict[str, Any]) -> str:
    rows = _rows(results)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    imports = results["cold_path_imports"]
    lines.append("")
    lines.append(
        f"Cold-path imports: {imports['ours_import_ms']} ms (baseline "
        f"{imports['baseline_import_ms']} ms); only this skill's: {imports['only_ours_ms']} ms, "
        f"of which skill/ itself {imports['skill_modules_ms']} ms."
    )
    for package, ms in list(imports["only_ours_by_package"].items())[:8]:
        lines.append(f"  {ms:>7} ms  {package}")
    off = imports["off_the_cold_path"]
    lines.append(f"Modules that must stay off the cold path, loaded: {', '.join(off) or 'none'}")
    machine = results["machine"]
    lines.append(
        f"Machine: {machine['cpu']}, {machine['cores']} cores, Python {machine['python']}, "
        f"{machine['date']}; the bench took {results['bench_seconds']} s"
    )
    return "\n".join(lines)
