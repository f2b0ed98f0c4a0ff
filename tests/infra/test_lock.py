"""The locks: what the developers run and test with, and what Lambda runs, is pinned and hashed.

requirements/dev.txt locks the dev and web extras with everything beneath them;
requirements/lambda.txt the run-time dependencies alone, for Lambda's platform. `make lock`
writes both. These tests fail when pyproject.toml changes without `make lock`, when this
virtualenv holds other versions than the lock, or when the package stops installing from it.
"""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from infra import package

ROOT = Path(__file__).resolve().parents[2]
DEV_LOCK = ROOT / "requirements/dev.txt"
LAMBDA_LOCK = ROOT / package.LAMBDA_LOCK


def locked(lock: Path) -> dict[str, Requirement]:
    """Each pinned requirement of a lock, by canonical name, with its hashes left out."""
    pins: dict[str, Requirement] = {}
    logical = lock.read_text(encoding="utf-8").replace("\\\n", " ")
    for line in logical.splitlines():
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        assert "--hash=sha256:" in text, f"{lock.name}: no hash for {text}"
        requirement = Requirement(text.split(" --hash", 1)[0].strip())
        pins[canonicalize_name(requirement.name)] = requirement
    return pins


def pinned_version(requirement: Requirement) -> str:
    [specifier] = list(requirement.specifier)
    assert specifier.operator == "==", requirement
    return specifier.version


def applies_here(requirement: Requirement) -> bool:
    if requirement.marker is None:
        return True
    here: dict[str, str] = {key: str(value) for key, value in default_environment().items()}
    return requirement.marker.evaluate(here)


def declared(*extras: str) -> list[Requirement]:
    with (ROOT / "pyproject.toml").open("rb") as source:
        project = tomllib.load(source)["project"]
    texts = list(project["dependencies"])
    for extra in extras:
        texts += project["optional-dependencies"][extra]
    return [Requirement(text) for text in texts]


@pytest.mark.parametrize(
    ("lock", "extras"),
    [(DEV_LOCK, ("dev", "web")), (LAMBDA_LOCK, ())],
    ids=["dev", "lambda"],
)
def test_every_dependency_pyproject_declares_is_locked_within_its_range(
    lock: Path, extras: tuple[str, ...]
) -> None:
    pins = locked(lock)
    for requirement in declared(*extras):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is not in {lock.name}: run make lock"
        version = pinned_version(pins[name])
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{lock.name} pins {name}=={version}, outside {requirement}: run make lock"
        )


def test_lambda_runs_the_versions_the_tests_ran() -> None:
    dev = locked(DEV_LOCK)
    for name, requirement in locked(LAMBDA_LOCK).items():
        assert name in dev, f"{name} ships to Lambda but is not in {DEV_LOCK.name}"
        assert pinned_version(requirement) == pinned_version(dev[name]), name


def test_this_virtualenv_holds_exactly_the_locked_versions() -> None:
    for name, requirement in locked(DEV_LOCK).items():
        if not applies_here(requirement):
            continue
        assert importlib.metadata.version(name) == pinned_version(requirement), (
            f"{name}: installed {importlib.metadata.version(name)}, locked "
            f"{pinned_version(requirement)}: run make venv"
        )


def test_the_lambda_package_installs_the_lock_alone_with_hashes(tmp_path: Path) -> None:
    command = package.pip_command(LAMBDA_LOCK, tmp_path)
    assert command[command.index("--requirement") + 1] == str(LAMBDA_LOCK)
    assert {"--require-hashes", "--no-deps", "--isolated"} <= set(command)
    # Nothing is named beside the lock, so nothing can be resolved afresh.
    named = [word for word in command if not word.startswith("-")]
    assert not [word for word in named if "=" in word or ">" in word]
