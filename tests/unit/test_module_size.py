"""No module in skill/ or toolkit/ grows past 300 lines: small modules with one job."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHECKED = ("skill", "toolkit")
MOST_LINES = 300


def _modules() -> list[Path]:
    return sorted(path for folder in CHECKED for path in (REPO / folder).rglob("*.py"))


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_both_trees_are_found() -> None:
    found = {path.relative_to(REPO).parts[0] for path in _modules()}
    assert found == set(CHECKED)


@pytest.mark.parametrize("module", _modules(), ids=lambda path: path.relative_to(REPO).as_posix())
def test_no_module_is_over_300_lines(module: Path) -> None:
    name = module.relative_to(REPO).as_posix()
    assert _lines(module) <= MOST_LINES, f"{name} has {_lines(module)} lines"
