"""No module in skill/ grows past 300 lines: small modules with one job."""

from __future__ import annotations

from pathlib import Path

import pytest

SKILL = Path(__file__).resolve().parents[2] / "skill"
MOST_LINES = 300


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize(
    "module", sorted(SKILL.rglob("*.py")), ids=lambda path: str(path.relative_to(SKILL))
)
def test_no_module_is_over_300_lines(module: Path) -> None:
    name = module.relative_to(SKILL).as_posix()
    assert _lines(module) <= MOST_LINES, f"{name} has {_lines(module)} lines"
