"""The Lambda package: `python -m infra.package` writes build/lambda.zip and prints its size.

The zip holds the project's runtime dependencies at the versions and hashes locked in
requirements/lambda.txt (`make lock` upgrades it), as wheels for Lambda's platform
(python3.12 on arm64), and the skill package Lambda runs, every module of it (many are
loaded by name on first use). The simulator, the web service, the command line and the
audio and picture renderers stay out.

boto3 is bundled although the Lambda runtime has its own. pip then resolves one
consistent set for everything the function imports: without boto3 in the set,
ask-sdk-core's open requirement on python-dateutil picks a release the runtime's
botocore does not accept, and the package's copy, first on sys.path, would shadow the
runtime's. It also pins the SDK the tests ran against, at the cost of a larger zip.

Lambda's code folder is read-only, so Python cannot cache the byte code it compiles:
without byte code in the package, every cold start compiles each module it imports
again. When this machine has a Python 3.12 the package carries byte code for it,
hash-checked rather than time-checked, as the files' times change on unzipping.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
# The function's handler module (the template's Handler), and the package it lives in.
ENTRY: Final = "skill.lambda_function"
PACKAGE: Final = "skill"
LAMBDA_PLATFORM: Final = "manylinux2014_aarch64"
LAMBDA_PYTHON: Final = "3.12"
DEFAULT_OUT: Final = Path("build/lambda.zip")

# What the function never reads: pip's command scripts and the typing marker.
_SCRIPTS_DIR: Final = "bin"
_LEFT_OUT_FILES: Final = frozenset({"py.typed"})
# Byte code kept in the zip: Lambda's Python's, and no other.
BYTE_CODE_SUFFIX: Final = ".cpython-{}{}.pyc".format(*LAMBDA_PYTHON.split("."))
# Fixed entry times make the zip depend on its contents only, so an unchanged skill
# gives an identical zip and deploys as no change.
_ZIP_TIME: Final = (1980, 1, 1, 0, 0, 0)


LAMBDA_LOCK: Final = Path("requirements/lambda.txt")


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The project's own dependencies, as pyproject.toml declares them."""
    with pyproject.open("rb") as source:
        project = tomllib.load(source)["project"]
    return [str(requirement) for requirement in project["dependencies"]]


def _module_file(root: Path, module: str) -> Path | None:
    base = root.joinpath(*module.split("."))
    if (base / "__init__.py").is_file():
        return base / "__init__.py"
    if base.with_suffix(".py").is_file():
        return base.with_suffix(".py")
    return None  # a name imported from a module, not a module


def runtime_modules(root: Path = ROOT) -> set[str]:
    """Every module of the skill package, with its packages.

    All of `skill/` is what Lambda runs, and much of it is loaded by name on first use
    (handlers registered by name, a language's pack, word modules): no import statement
    leads to those, so following imports would leave them out. The simulator, the web
    service, the command line and the renderers live in `toolkit/` and stay out.
    """
    found: set[str] = set()
    for path in (root / PACKAGE).rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        found.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def _is_code(path: Path) -> bool:
    return path.suffix in {".py", ".pyc"}


def skill_files(root: Path, modules: Iterable[str]) -> dict[str, Path]:
    """Zip path -> file: each module's source, and the data files beside each package's own."""
    files: dict[str, Path] = {}
    for module in modules:
        path = _module_file(root, module)
        assert path is not None
        files[path.relative_to(root).as_posix()] = path
        if path.name == "__init__.py":
            for data in path.parent.iterdir():
                if data.is_file() and not _is_code(data) and data.name not in _LEFT_OUT_FILES:
                    files[data.relative_to(root).as_posix()] = data
    return files


def pip_command(lock: Path, target: Path) -> list[str]:
    """pip installing exactly what `lock` pins, hashes checked, into `target` as wheels
    built for Lambda's platform. `--isolated`: this machine's pip settings play no part."""
    return [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--isolated",
        "--quiet",
        "--disable-pip-version-check",
        "--require-hashes",
        "--no-deps",
        "--no-compile",
        "--only-binary=:all:",
        "--platform",
        LAMBDA_PLATFORM,
        "--implementation",
        "cp",
        "--python-version",
        LAMBDA_PYTHON,
        "--target",
        str(target),
        "--requirement",
        str(lock),
    ]


def lambda_python() -> str | None:
    """A Python of Lambda's version on this machine, to compile byte code with, if there is one.

    `LAMBDA_PYTHON_BIN` names one; else `python3.12` on PATH, else one pyenv installed.
    """
    candidates = [os.environ.get("LAMBDA_PYTHON_BIN"), shutil.which(f"python{LAMBDA_PYTHON}")]
    pyenv_root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    installed = pyenv_root.glob(f"versions/{LAMBDA_PYTHON}*/bin/python{LAMBDA_PYTHON}")
    candidates += sorted(str(path) for path in installed)
    for candidate in candidates:
        if candidate and _runs_as_lambda_python(candidate):
            return candidate
    return None


def _runs_as_lambda_python(python: str) -> bool:
    # A pyenv shim is on PATH even when its version is not selected, and then fails.
    check = "import sys; print('%d.%d' % sys.version_info[:2])"
    try:
        found = subprocess.run([python, "-c", check], capture_output=True, text=True, check=False)
    except OSError:
        return False
    return found.returncode == 0 and found.stdout.strip() == LAMBDA_PYTHON


def compile_command(python: str, tree: Path) -> list[str]:
    """Byte code for every module in `tree`, valid whatever the files' times."""
    return [
        python,
        "-W",
        "ignore",
        "-m",
        "compileall",
        "-q",
        "-j",
        "0",
        "--invalidation-mode",
        "unchecked-hash",
        str(tree),
    ]


def _packed(tree: Path) -> list[Path]:
    kept = []
    for path in sorted(tree.rglob("*")):
        if path.is_dir() or path.relative_to(tree).parts[0] == _SCRIPTS_DIR:
            continue
        if path.suffix == ".pyc" and not path.name.endswith(BYTE_CODE_SUFFIX):
            continue
        kept.append(path)
    return kept


def write_zip(tree: Path, out: Path) -> None:
    """Zip `tree` in a fixed order with fixed times, leaving out pip's scripts."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in _packed(tree):
            entry = zipfile.ZipInfo(path.relative_to(tree).as_posix(), date_time=_ZIP_TIME)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, path.read_bytes())


def build(out: Path = DEFAULT_OUT, root: Path = ROOT, python: str | None = None) -> Path:
    """Build the package at `out`, with its unpacked tree beside it (`build/lambda/`).

    `python`, a Python of Lambda's version, compiles the byte code; None leaves it out.
    """
    tree = out.with_suffix("")
    shutil.rmtree(tree, ignore_errors=True)
    tree.mkdir(parents=True)
    subprocess.run(pip_command(root / LAMBDA_LOCK, tree), check=True)
    for name, source in skill_files(root, runtime_modules(root)).items():
        target = tree / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    if python is not None:
        subprocess.run(compile_command(python, tree), check=True)
    write_zip(tree, out)
    return out


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the skill's Lambda package.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the zip to write")
    options = parser.parse_args(argv)
    python = lambda_python()
    if python is None:
        print(
            f"No Python {LAMBDA_PYTHON} found (set LAMBDA_PYTHON_BIN): the package has no "
            "byte code, so each cold start compiles the modules it imports.",
            file=sys.stderr,
        )
    print(f"Building {options.out} from {LAMBDA_LOCK} (Python {LAMBDA_PYTHON}, arm64)", flush=True)
    try:
        out = build(options.out, python=python)
    except subprocess.CalledProcessError as error:
        print(f"{error.cmd[0]} failed (exit {error.returncode})", file=sys.stderr)
        return 1
    with zipfile.ZipFile(out) as archive:
        entries = archive.infolist()
    unpacked = sum(entry.file_size for entry in entries)
    # Lambda's limits: 50 MB zipped when uploaded directly, 250 MB unpacked.
    print(
        f"{out}: {_megabytes(out.stat().st_size)} zipped, {_megabytes(unpacked)} unpacked, "
        f"{len(entries)} files (Lambda allows 50 MB zipped, 250 MB unpacked)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
