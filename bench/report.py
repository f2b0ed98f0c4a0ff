"""The bench's table: each figure beside the baseline's and the goal it is held to."""

from __future__ import annotations

from typing import Any

# metric: (at most | at least, bound)
GOALS: dict[str, tuple[str, float]] = {
    "cold_start_ratio": ("<=", 1.15),
    "warm_turn_ratio": ("<=", 1.3),
    "peak_rss_ratio": ("<=", 1.2),
    "web_rps_ratio": (">=", 0.8),
    "max_db_reads_per_turn": ("<=", 1),
    "max_db_writes_per_turn": ("<=", 1),
    "requests_per_30min_hold": ("<=", 15),
}


def verdict(metric: str, value: float | None) -> str:
    if metric not in GOALS:
        return ""
    if value is None:
        return "n/a"
    comparison, bound = GOALS[metric]
    met = value <= bound if comparison == "<=" else value >= bound
    return "ok" if met else "MISSED"


def _fmt(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 10 else f"{value:.0f}"
    return str(value)


def _row(name: str, ours: Any, baseline: Any, metric: str | None, value: Any) -> list[str]:
    goal = " ".join(str(part) for part in GOALS[metric]) if metric in GOALS else ""
    return [name, _fmt(ours), _fmt(baseline), _fmt(value), goal, verdict(metric or "", value)]


def table(results: dict[str, Any]) -> str:
    ours, base = results["skill"], results["baseline"]
    web_ours, web_base = results["web"]["skill"], results["web"]["baseline"]

    def spread(figures: dict[str, Any]) -> str:
        return f"{_fmt(figures['median'])} [{_fmt(figures['q1'])}-{_fmt(figures['q3'])}]"

    rows = [
        ["measure", "this skill", "baseline", "ratio/value", "goal", ""],
        [
            "cold start ms, median [IQR]",
            spread(ours["cold_start_ms"]),
            spread(base["cold_start_ms"]),
            _fmt(results["cold_start_ratio"]),
            "<= 1.15",
            verdict("cold_start_ratio", results["cold_start_ratio"]),
        ],
        _row(
            "  of which in-process ms",
            ours["cold_in_process_ms"]["median"],
            base["cold_in_process_ms"]["median"],
            None,
            None,
        ),
        [
            "warm turn ms, median [IQR]",
            spread(ours["warm_turn_ms"]),
            spread(base["warm_turn_ms"]),
            _fmt(results["warm_turn_ratio"]),
            "<= 1.3",
            verdict("warm_turn_ratio", results["warm_turn_ratio"]),
        ],
        _row(
            "warm turn ms, p99",
            ours["warm_turn_ms"]["p99"],
            base["warm_turn_ms"]["p99"],
            None,
            results["warm_turn_p99_ratio"],
        ),
        _row(
            "peak RSS KiB, median",
            ours["peak_rss_kb"]["median"],
            base["peak_rss_kb"]["median"],
            "peak_rss_ratio",
            results["peak_rss_ratio"],
        ),
        _row(
            "web answers/s, median",
            web_ours["answers_per_second"]["median"],
            web_base["answers_per_second"]["median"],
            "web_rps_ratio",
            results["web_rps_ratio"],
        ),
        _row("web p99 ms", web_ours["p99_ms"], web_base["p99_ms"], None, None),
        _row("web failures", web_ours["failures"], web_base["failures"], None, None),
        _row(
            "DynamoDB reads/turn, max",
            results["max_db_reads_per_turn"],
            1,
            "max_db_reads_per_turn",
            results["max_db_reads_per_turn"],
        ),
        _row(
            "DynamoDB writes/turn, max",
            results["max_db_writes_per_turn"],
            0,
            "max_db_writes_per_turn",
            results["max_db_writes_per_turn"],
        ),
        _row(
            "requests per 30-min hold",
            results["requests_per_30min_hold"],
            None,
            "requests_per_30min_hold",
            results["requests_per_30min_hold"],
        ),
        _row("Lambda zip bytes", results["lambda_zip_bytes"], None, None, None),
        _row("fuzz cases", results["fuzz_cases"], None, None, None),
    ]
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
        f"{machine['date']}"
    )
    return "\n".join(lines)
