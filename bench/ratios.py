"""The headline figures: this skill's over each baseline's, from the same run.

Plain names are over the bare SDK skill (`baseline`), `adapter_` names over the skill with
the SDK's persistence adapter. `cold_start_ratio` is the worst of the three kinds of first
request; `cold_start_ratio_by_request` has each.
"""

from __future__ import annotations

from typing import Any

from bench.stats import ratio


def _cold_by_request(ours: dict[str, Any], theirs: dict[str, Any]) -> dict[str, float | None]:
    """Cold start over cold start, for the same first request: medians of the rounds."""
    return {
        kind: ratio(spread["median"], theirs["cold_start_by_request_ms"][kind]["median"])
        for kind, spread in ours["cold_start_by_request_ms"].items()
    }


def _over(
    ours: dict[str, Any], theirs: dict[str, Any], web: dict[str, Any], name: str
) -> dict[str, Any]:
    """Every ratio of this skill over one baseline, `name` in `web`."""
    return {
        "cold_start_ratio_by_request": _cold_by_request(ours, theirs),
        "warm_turn_ratio": ratio(ours["warm_turn_ms"]["median"], theirs["warm_turn_ms"]["median"]),
        "warm_turn_p99_ratio": ratio(ours["warm_turn_ms"]["p99"], theirs["warm_turn_ms"]["p99"]),
        "peak_rss_ratio": ratio(ours["peak_rss_kb"]["median"], theirs["peak_rss_kb"]["median"]),
        "web_rps_ratio": ratio(
            web["skill"]["answers_per_second"]["median"],
            web[name]["answers_per_second"]["median"],
        ),
        "web_p99_ratio": ratio(web["skill"]["p99_ms"], web[name]["p99_ms"]),
    }


def ratios(summaries: dict[str, dict[str, Any]], web: dict[str, Any]) -> dict[str, Any]:
    """The ratios over the bare SDK skill, then those over the adapter skill."""
    ours = summaries["skill"]
    bare = _over(ours, summaries["baseline"], web, "baseline")
    adapter = _over(ours, summaries["adapter"], web, "adapter")
    by_request = [value for value in bare["cold_start_ratio_by_request"].values() if value]
    return {
        "cold_start_ratio": max(by_request) if by_request else None,
        **bare,
        **{f"adapter_{name}": value for name, value in adapter.items()},
    }
