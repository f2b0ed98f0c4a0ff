"""`make deploy DRY_RUN=1` leaves what a deploy would submit, and calls no AWS service.

The dry run runs here without credentials, with every AWS client call in any Python
process it starts recorded and refused, and with `sam`, `ask` and `aws` standing in as
commands that record being run: the test passes only if none of them was reached and
the skill project, Lambda package, audio, pictures and pages are there to read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from infra import deploy_preview, skill_manifest
from infra.deploy import remember_skill_id
from skill.visuals.images import PICTURES

ROOT = Path(__file__).resolve().parents[2]
OPERATOR_EMAIL = "care@acupressure-helper.org"
PAGES_FOR = deploy_preview.PagesFor("Acupressure Helper", OPERATOR_EMAIL, "us-east-1")
SKILL_ID = "amzn1.ask.skill.0a1b2c3d-4e5f-6789-abcd-ef0123456789"

# Imported by every Python the dry run starts (it is on PYTHONPATH): an AWS API call
# through botocore is written down and refused before anything is sent.
_GUARD = """
import os
from botocore import client

def _refused(self, operation, params):
    with open(os.environ["AWS_CALLS"], "a") as calls:
        calls.write(f"{self.meta.service_model.service_name}.{operation}\\n")
    raise RuntimeError("a dry run called AWS")

client.BaseClient._make_api_call = _refused
"""


def guarded_environment(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment with no AWS credentials that records any AWS or ASK call made."""
    calls = tmp_path / "calls.txt"
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(_GUARD)
    tools = tmp_path / "tools"
    tools.mkdir()
    for tool in ("sam", "ask", "aws"):
        stand_in = tools / tool
        stand_in.write_text(f'#!/bin/sh\necho "{tool} $*" >> "{calls}"\nexit 1\n')
        stand_in.chmod(0o755)
    environment = {
        "PATH": f"{tools}:/usr/bin:/bin",
        "HOME": os.environ.get("HOME", str(tmp_path)),
        "PYTHONPATH": str(guard),
        "AWS_CALLS": str(calls),
        "AWS_CONFIG_FILE": str(tmp_path / "no-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "no-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ENDPOINT_URL": "http://127.0.0.1:9",
        "OPERATOR_EMAIL": OPERATOR_EMAIL,
        "OPERATOR_NAME": PAGES_FOR.operator_name,
    }
    return environment, calls


@pytest.mark.slow
def test_a_dry_run_leaves_what_a_deploy_would_submit_and_calls_no_aws(tmp_path: Path) -> None:
    environment, calls = guarded_environment(tmp_path)
    out = tmp_path / "build"
    project = out / "skill-project"
    # One hold segment: every one renders the same way, and each takes most of a minute.
    # The chime alone: rendering a hold segment is tested in tests/audio.
    only = ["--audio-only", "chime"]
    command = ["--dry-run", "--out", str(out), "--project", str(project), *only]
    done = subprocess.run(
        [sys.executable, "-m", "infra.deploy", *command],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=environment,
        timeout=300,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert not calls.exists(), calls.read_text()
    package = project / "skill-package"
    manifest = json.loads((package / "skill.json").read_text())["manifest"]
    assert manifest["apis"]["custom"]["endpoint"]["uri"] == deploy_preview.FUNCTION_ARN_STAND_IN
    for listing in manifest["privacyAndCompliance"]["locales"].values():
        assert listing["privacyPolicyUrl"].startswith(deploy_preview.BASE_URL_STAND_IN)
    models = skill_manifest.MODEL_ROOT / "interactionModels" / "custom"
    assert sorted(path.name for path in (package / "interactionModels" / "custom").iterdir()) == (
        sorted(path.name for path in models.iterdir())
    )
    resources = json.loads((project / "ask-resources.json").read_text())
    assert resources["profiles"]["default"]["skillMetadata"]["src"] == "./skill-package"
    assert not (project / ".ask").exists()
    with zipfile.ZipFile(out / "lambda.zip") as archive:
        assert "skill/lambda_function.py" in archive.namelist()
    assert (out / "audio" / "chime.mp3").stat().st_size > 0
    assert '"chime"' in (out / "audio" / "manifest.json").read_text()
    for picture in PICTURES:
        assert (out / "audio" / "images" / picture.name).read_bytes()[:4] == b"\x89PNG"
    assert OPERATOR_EMAIL in (out / "audio" / "legal" / "privacy-policy.html").read_text()
    said = done.stdout
    for folder in (package, out / "lambda.zip", out / "audio", out / "audio" / "legal"):
        assert str(folder) in said


def test_the_preview_renders_with_espeak_and_runs_nothing_that_reaches_aws(
    tmp_path: Path,
) -> None:
    preview = deploy_preview.Preview(out=tmp_path, project=tmp_path / "skill-project")
    commands = [command for _, command in deploy_preview.steps(preview, PAGES_FOR)]

    modules = [command[command.index("-m") + 1] for command in commands]
    assert modules == [
        "infra.package",
        "toolkit.audio.render",
        "toolkit.visuals.pictures",
        "infra.legal_pages",
        "infra.skill_manifest",
    ]
    render = commands[1]
    assert render[render.index("--renderer") + 1] == "espeak"
    assert all(command[0] == sys.executable for command in commands)


def test_without_the_operators_address_the_pages_are_left_out_and_that_is_said(
    tmp_path: Path,
) -> None:
    preview = deploy_preview.Preview(out=tmp_path, project=tmp_path / "skill-project")

    titles = [title for title, _ in deploy_preview.steps(preview, None)]

    assert not [title for title in titles if "privacy" in title]
    assert "set OPERATOR_NAME and OPERATOR_EMAIL" in deploy_preview.where(preview, None)[-1]


def test_the_preview_never_replaces_the_skill_a_deploy_updates(tmp_path: Path) -> None:
    remember_skill_id(tmp_path, SKILL_ID, "default")
    states = (tmp_path / ".ask" / "ask-states.json").read_text()

    skill_manifest.write_project(
        tmp_path, deploy_preview.FUNCTION_ARN_STAND_IN, None, deploy_preview.BASE_URL_STAND_IN
    )

    assert (tmp_path / ".ask" / "ask-states.json").read_text() == states
    assert (tmp_path / "skill-package" / "skill.json").exists()
