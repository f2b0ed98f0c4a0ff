"""What the cold path imports, and what it costs: `python -X importtime` read back."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Imported by the Lambda module, these would carry the web service, the command line, the
# local device or audio rendering into every cold start: none belongs there.
# Nor do the models and libraries only some requests need.
OFF_THE_COLD_PATH = (
    "flask",
    "werkzeug",
    "toolkit.web.app",
    "toolkit.web.crypto",
    "toolkit.web.verifiers",
    "toolkit.web.serve",
    "toolkit.web.server",
    "toolkit.web.buffered",
    "toolkit.web.wsgi_call",
    "toolkit.web.refusals",
    "flask_ask_sdk",
    "gunicorn",
    "toolkit.cli",
    "toolkit.chat",
    "toolkit.simulator",
    "toolkit.audio.render",
    "toolkit.audio.renderer",
    "toolkit.audio.espeak",
    "toolkit.audio.mixdown",
    "toolkit.audio.pcm",
    "toolkit.audio.polly",
    "toolkit.audio.probe",
    "toolkit.audio.chime",
    "toolkit.audio.manifest",
    "toolkit.visuals",
    "toolkit.look",
    # Loaded on first use by the requests that need them (a reminder, a screen, a time
    # zone); the first launch needs none of them.
    "requests",
    "zoneinfo",
    "ask_sdk_core.api_client",
    "ask_sdk_model.interfaces.connections",
    "ask_sdk_model.interfaces.alexa.presentation.apl",
)

_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)$")


@dataclass(frozen=True)
class Import:
    module: str
    own_us: int
    total_us: int
    depth: int


def parse(stderr: str) -> list[Import]:
    """The `-X importtime` lines of a process's standard error."""
    found = []
    for line in stderr.splitlines():
        match = _LINE.match(line)
        if match:
            own, total, indent, module = match.groups()
            found.append(Import(module, int(own), int(total), len(indent) // 2))
    return found


def off_the_cold_path(loaded: Iterable[str]) -> list[str]:
    """The modules loaded that have no business on the cold path."""
    return sorted(
        module
        for module in loaded
        if any(module == name or module.startswith(f"{name}.") for name in OFF_THE_COLD_PATH)
    )


def _ms(microseconds: int) -> float:
    return round(microseconds / 1000, 2)


def _by_package(imports: list[Import]) -> dict[str, float]:
    """Import time by top-level package (and `skill` by subpackage), costliest first."""
    totals: dict[str, int] = {}
    for found in imports:
        parts = found.module.split(".")
        package = ".".join(parts[:2]) if parts[0] == "skill" and len(parts) > 2 else parts[0]
        totals[package] = totals.get(package, 0) + found.own_us
    ranked = sorted(totals.items(), key=lambda item: -item[1])
    return {package: _ms(us) for package, us in ranked[:15]}


def summarise(
    ours: list[Import], ours_loaded: set[str], baseline: list[Import], baseline_loaded: set[str]
) -> dict[str, object]:
    """Import costs at the first answer: in all, the biggest, and those the baseline avoids."""
    ours = [i for i in ours if i.module in ours_loaded]
    baseline = [i for i in baseline if i.module in baseline_loaded]
    extra = [i for i in ours if i.module not in baseline_loaded]
    skill_own = [i for i in ours if i.module == "skill" or i.module.startswith("skill.")]
    return {
        "ours_import_ms": _ms(sum(i.own_us for i in ours)),
        "baseline_import_ms": _ms(sum(i.own_us for i in baseline)),
        "only_ours_ms": _ms(sum(i.own_us for i in extra)),
        "only_ours_top": [
            {"module": i.module, "own_ms": _ms(i.own_us), "with_imports_ms": _ms(i.total_us)}
            for i in sorted(extra, key=lambda i: -i.own_us)[:15]
        ],
        "only_ours_by_package": _by_package(extra),
        "skill_modules_ms": _ms(sum(i.own_us for i in skill_own)),
        "top_level_ours": [
            {"module": i.module, "with_imports_ms": _ms(i.total_us)}
            for i in sorted((i for i in ours if i.depth == 0), key=lambda i: -i.total_us)[:12]
        ],
        "heaviest_ours": [
            {"module": i.module, "own_ms": _ms(i.own_us)}
            for i in sorted(ours, key=lambda i: -i.own_us)[:12]
        ],
    }
