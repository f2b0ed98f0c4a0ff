"""The `web` extra names exactly the distributions the web service's modules import."""

from __future__ import annotations

import ast
import importlib.metadata
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
# The web service: its app, request checks, crypto, gunicorn server and `serve` command.
WEB_MODULES = sorted((ROOT / "toolkit" / "web").glob("*.py"))


def imported_top_levels(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"skill", "toolkit", "__future__"}


def with_what_they_need(names: set[str]) -> set[str]:
    """The distributions `names` name, and every one they require, at any depth."""
    found: set[str] = set()
    waiting = list(names)
    while waiting:
        name = canonicalize_name(waiting.pop())
        if name in found:
            continue
        found.add(name)
        for text in importlib.metadata.requires(name) or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                waiting.append(requirement.name)
    return found


def test_the_web_extra_is_what_the_web_modules_import() -> None:
    with (ROOT / "pyproject.toml").open("rb") as source:
        project = tomllib.load(source)["project"]
    core = {Requirement(text).name for text in project["dependencies"]}
    web = {
        canonicalize_name(Requirement(text).name)
        for text in project["optional-dependencies"]["web"]
    }
    providers = importlib.metadata.packages_distributions()
    imported = {
        canonicalize_name(distribution)
        for module in WEB_MODULES
        for name in imported_top_levels(module)
        for distribution in providers[name]
    }
    assert imported - with_what_they_need(core) == web
