"""The Lambda package: `python -m infra.package` writes build/lambda.zip and prints its size.

The zip holds the project's runtime dependencies at the versions and hashes locked in
requirements/lambda.txt (`make lock` upgrades it), as wheels for Lambda's platform
(python3.12 on arm64), and only the skill modules Lambda runs: those
`skill.lambda_function` imports, directly or through others. The simulator, the web
service, the command line and the audio and picture renderers stay out.

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
import ast
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


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _Imports(ast.NodeVisitor):
    """Every module name one file imports at run time, at any depth, as absolute names."""

    def __init__(self, module: str, is_package: bool) -> None:
        self.names: set[str] = set()
        self._package = module if is_package else module.rpartition(".")[0]

    def visit_If(self, node: ast.If) -> None:
        # Imports for the type checker only are never executed.
        if _is_type_checking(node.test):
            for statement in node.orelse:
                self.visit(statement)
            return
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        self.names.update(alias.name for alias in node.names)

    def visit_Call(self, node: ast.Call) -> None:
        # A module loaded by name on first use, named in a call: a handler the groups
        # register by name (skill/handlers/plumbing/named.py), a word module the language
        # pack loads when one of its words is asked for.
        for argument in node.args:
            named = argument.value if isinstance(argument, ast.Constant) else None
            if isinstance(named, str) and named.startswith(PACKAGE):
                self.names.update((named, named.rpartition(".")[0]))
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            package = self._package
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}" if base else package
        self.names.add(base)
        self.names.update(f"{base}.{alias.name}" for alias in node.names)


def runtime_modules(root: Path = ROOT, entry: str = ENTRY) -> set[str]:
    """The skill modules `entry` needs: itself, what it imports, and so on, with their packages."""
    found: set[str] = set()
    waiting = [entry]
    while waiting:
        module = waiting.pop()
        if module in found or not (module == PACKAGE or module.startswith(PACKAGE + ".")):
            continue
        path = _module_file(root, module)
        if path is None:
            continue
        found.add(module)
        waiting.append(module.rpartition(".")[0])
        imports = _Imports(module, is_package=path.name == "__init__.py")
        imports.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        waiting.extend(imports.names)
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
