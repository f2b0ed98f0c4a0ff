"""`sam build` builds the function with the project's own packaging step, offline.

The template names `BuildMethod: makefile` ("Building Lambda functions with custom
runtimes in AWS SAM": "You provide a custom makefile, where you declare a build target of
the form build-function-logical-id ... The location of the makefile is specified by the
CodeUri property of the function resource, and must be named Makefile"). The target runs
`make package` and unpacks build/lambda.zip into SAM's ARTIFACTS_DIR, so what SAM deploys
is file for file the zip tests/infra/test_package.py checks.

The SAM CLI lives in .venv-sam (`make sam`; `make test` installs it for infra-check).
"""

from __future__ import annotations

import os
import subprocess
import tomllib
import zipfile
from pathlib import Path

import pytest
import yaml

from infra import package
from tests.support.template import TEMPLATE

ROOT = Path(__file__).resolve().parents[2]
SAM = ROOT / ".venv-sam" / "bin" / "sam"
SAM_CONFIG = ROOT / "samconfig.toml"

pytestmark = pytest.mark.skipif(not SAM.exists(), reason="no SAM CLI: run `make sam`")


def files_under(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


@pytest.mark.slow
def test_sam_builds_the_function_from_the_projects_package(tmp_path: Path) -> None:
    build_dir = tmp_path / "sam"
    environment = {**os.environ, "SAM_CLI_TELEMETRY": "0", "AWS_DEFAULT_REGION": "us-east-1"}
    # At the root with no template named: samconfig.toml there names it.
    built = subprocess.run(
        [str(SAM), "build", "--build-dir", str(build_dir)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=environment,
        timeout=300,
    )

    assert built.returncode == 0, built.stdout + built.stderr
    assert "Running CustomMakeBuilder:MakeBuild" in built.stdout + built.stderr
    artifacts = build_dir / "SkillFunction"
    with zipfile.ZipFile(ROOT / package.DEFAULT_OUT) as archive:
        zipped = {name for name in archive.namelist() if not name.endswith("/")}
    assert files_under(artifacts) == zipped
    assert "skill/lambda_function.py" in zipped
    assert not [name for name in zipped if name.startswith(("tests/", "infra/", ".venv"))]
    # The built template deploys that folder, not a zip passed through.
    function = yaml.load((build_dir / "template.yaml").read_text(), Loader=yaml.BaseLoader)[
        "Resources"
    ]["SkillFunction"]
    assert function["Properties"]["CodeUri"] == "SkillFunction"


def test_sam_finds_the_template_from_the_root_and_lints_nowhere_but_make() -> None:
    with SAM_CONFIG.open("rb") as source:
        settings = tomllib.load(source)["default"]
    template = TEMPLATE.relative_to(ROOT).as_posix()
    assert settings["build"]["parameters"]["template_file"] == template
    assert settings["validate"]["parameters"]["template_file"] == template
    # `make infra-check` runs cfn-lint in every Alexa region; `sam validate --lint` would
    # run it a second time, in one.
    assert "lint" not in settings["validate"]["parameters"]
    assert not (ROOT / "infra" / "samconfig.toml").exists()


def test_sam_builds_in_the_project_rather_than_copying_it() -> None:
    with SAM_CONFIG.open("rb") as source:
        settings = tomllib.load(source)
    # Otherwise SAM copies the whole project, virtualenvs too, before running make.
    assert settings["default"]["build"]["parameters"]["build_in_source"] is True


def test_the_build_target_refuses_to_run_outside_sam() -> None:
    done = subprocess.run(
        ["make", "--no-print-directory", "-o", "package", "build-SkillFunction"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={key: value for key, value in os.environ.items() if key != "ARTIFACTS_DIR"},
        timeout=60,
    )
    assert done.returncode != 0
    assert "ARTIFACTS_DIR is not set" in done.stderr
