"""The deploy steps, in order, as `python -m infra.deploy --dry-run` prints them.

A real deploy needs an AWS account and an Amazon developer account; the dry run shows
the exact commands it would run, and the parts that can run here do run.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from infra.deploy import SWITCHES, remember_skill_id, stack_outputs
from infra.deploy_steps import Runner, Step, StepError
from tests.support.template import load_template

ROOT = Path(__file__).resolve().parents[2]
SKILL_ID = "amzn1.ask.skill.0a1b2c3d-4e5f-6789-abcd-ef0123456789"
OPERATOR_EMAIL = "care@acupressure-helper.org"
OPERATOR_NAME = "Jo Bloggs Wellbeing Ltd"


def dry_run(
    project: Path, **settings: str
) -> tuple[subprocess.CompletedProcess[str], list[list[str]]]:
    """Run the dry run; return it and the commands it printed, as argument lists."""
    environment = {"PATH": "/usr/bin:/bin", **settings}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "infra.deploy",
            "--dry-run",
            "--plan-only",
            "--project",
            str(project),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=environment,
        timeout=60,
    )
    commands = [
        shlex.split(line.removeprefix("    $ "))
        for line in done.stdout.splitlines()
        if line.startswith("    $ ")
    ]
    return done, commands


def step_of(commands: list[list[str]], *words: str) -> int:
    """The index of the one command containing `words` in that order."""
    found = [
        index
        for index, command in enumerate(commands)
        if any(command[at : at + len(words)] == list(words) for at in range(len(command)))
    ]
    assert len(found) == 1, (words, commands)
    return found[0]


def option(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


def test_a_deploy_for_a_known_skill_runs_every_step_in_order(tmp_path: Path) -> None:
    done, commands = dry_run(
        tmp_path, SKILL_ID=SKILL_ID, SAM_CLI="/opt/sam/bin/sam", OPERATOR_EMAIL=OPERATOR_EMAIL
    )

    assert done.returncode == 0, done.stderr
    order = [
        step_of(commands, "/opt/sam/bin/sam", "build"),
        step_of(commands, "/opt/sam/bin/sam", "deploy"),
        step_of(commands, "/opt/sam/bin/sam", "list", "stack-outputs"),
        step_of(commands, "AUDIO_RENDERER=polly", "make", "audio"),
        step_of(commands, "-m", "infra.legal_pages"),
        step_of(commands, "-m", "infra.upload_audio"),
        step_of(commands, "-m", "infra.skill_manifest", "project"),
        step_of(commands, "ask", "deploy"),
    ]
    assert order == sorted(order)
    assert len(commands) == len(order)
    assert not [command for command in commands if "create-skill-for-vendor" in command]

    # `sam build` builds the Lambda package itself (BuildMethod makefile), so no step does.
    assert not [command for command in commands if "infra.package" in command]
    pages = commands[order[4]]
    assert option(pages, "--operator-email") == OPERATOR_EMAIL
    # The pages go into the folder that is uploaded, beside the pictures and icons.
    assert option(pages, "--out") == "build/audio/legal"
    assert commands[order[5]][3] == "build/audio"
    deploy = commands[order[1]]
    assert option(deploy, "--parameter-overrides") == f"SkillId={SKILL_ID}"
    assert option(deploy, "--template-file") == "build/sam/template.yaml"
    assert option(deploy, "--config-file") == str(ROOT / "samconfig.toml")
    assert option(commands[order[2]], "--stack-name") == "acupressure-helper"


def test_the_stack_outputs_feed_the_upload_and_the_skill_package(tmp_path: Path) -> None:
    _, commands = dry_run(tmp_path, SKILL_ID=SKILL_ID)

    upload = commands[step_of(commands, "-m", "infra.upload_audio")]
    assert option(upload, "--bucket") == "<AudioBucketName>"
    assert option(upload, "--distribution-id") == "<AudioDistributionId>"
    project = commands[step_of(commands, "-m", "infra.skill_manifest", "project")]
    assert option(project, "--function-arn") == "<SkillFunctionArn>"
    assert option(project, "--base-url") == "<AudioBaseUrl>"
    assert option(project, "--skill-id") == SKILL_ID
    assert option(project, "--out") == str(tmp_path)


def test_a_first_deploy_creates_the_skill_before_the_stack_that_lets_it_in(
    tmp_path: Path,
) -> None:
    done, commands = dry_run(tmp_path, ASK_PROFILE="acupressure")

    assert done.returncode == 0, done.stderr
    manifest = step_of(commands, "-m", "infra.skill_manifest", "create")
    create = step_of(commands, "ask", "smapi", "create-skill-for-vendor")
    deploy = step_of(commands, "sam", "deploy")
    assert manifest < create < deploy
    assert option(commands[create], "--manifest") == f"file:{tmp_path / 'create-skill.json'}"
    assert option(commands[create], "--profile") == "acupressure"
    assert option(commands[deploy], "--parameter-overrides") == "SkillId=<new skill id>"


def test_a_skill_created_by_an_earlier_run_is_deployed_to_again(tmp_path: Path) -> None:
    remember_skill_id(tmp_path, SKILL_ID, "default")

    _, commands = dry_run(tmp_path)

    assert not [command for command in commands if "create-skill-for-vendor" in command]
    deploy = commands[step_of(commands, "sam", "deploy")]
    assert option(deploy, "--parameter-overrides") == f"SkillId={SKILL_ID}"


def test_the_region_and_alarm_email_reach_the_stack(tmp_path: Path) -> None:
    _, commands = dry_run(
        tmp_path, SKILL_ID=SKILL_ID, AWS_REGION="eu-west-1", ALARM_EMAIL="care@example.org"
    )

    deploy = commands[step_of(commands, "sam", "deploy")]
    overrides = deploy[deploy.index("--parameter-overrides") + 1 : deploy.index("--config-file")]
    assert overrides == [f"SkillId={SKILL_ID}", "AlarmEmail=care@example.org"]
    for command in commands:
        if command[0] == "sam":
            assert option(command, "--region") == "eu-west-1"


def test_tracing_and_snapstart_are_turned_on_only_by_true(tmp_path: Path) -> None:
    _, commands = dry_run(
        tmp_path, SKILL_ID=SKILL_ID, ENABLE_TRACING="true", ENABLE_SNAPSTART="True"
    )
    deploy = commands[step_of(commands, "sam", "deploy")]
    overrides = deploy[deploy.index("--parameter-overrides") + 1 : deploy.index("--config-file")]
    assert overrides == [f"SkillId={SKILL_ID}", "EnableTracing=true", "EnableSnapStart=true"]

    _, commands = dry_run(tmp_path, SKILL_ID=SKILL_ID, ENABLE_TRACING="1", ENABLE_SNAPSTART="")
    deploy = commands[step_of(commands, "sam", "deploy")]
    assert option(deploy, "--parameter-overrides") == f"SkillId={SKILL_ID}"
    assert "EnableTracing=true" not in deploy
    # The parameters they set are the template's.
    parameters = load_template()["Parameters"]
    assert set(SWITCHES.values()) <= set(parameters)


def test_the_skill_package_is_deployed_from_its_project_folder(tmp_path: Path) -> None:
    done, _ = dry_run(tmp_path, SKILL_ID=SKILL_ID)
    [line] = [line for line in done.stdout.splitlines() if "ask deploy" in line]
    assert line.startswith(f"    $ (cd {shlex.quote(str(ROOT / tmp_path))} && ask deploy")


def test_a_real_deploy_without_the_tools_stops_before_the_first_step(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "infra.deploy", "--project", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "SAM_CLI": "/nowhere/sam", "ASK_CLI": "/nowhere/ask"},
        timeout=60,
    )

    assert done.returncode == 1
    assert "npm install -g ask-cli" in done.stderr
    assert "/nowhere/sam" in done.stderr
    assert "==>" not in done.stdout
    assert list(tmp_path.iterdir()) == []


def test_a_step_runs_for_real_and_one_that_fails_stops_the_run() -> None:
    runner = Runner(dry_run=False)
    assert runner.run(Step("Say hello", ["echo", "hello"], read_output=True)) == "hello\n"
    with pytest.raises(StepError, match="Refuse failed"):
        runner.run(Step("Refuse", ["false"]))


def test_the_outputs_are_read_as_sam_lists_them() -> None:
    listing = json.dumps(
        [
            {"OutputKey": "SkillFunctionArn", "OutputValue": "arn:aws:lambda:x", "Description": ""},
            {"OutputKey": "AudioBucketName", "OutputValue": "audio-bucket-1", "Description": ""},
        ]
    )
    assert stack_outputs(listing) == {
        "SkillFunctionArn": "arn:aws:lambda:x",
        "AudioBucketName": "audio-bucket-1",
    }


def test_the_dry_run_shows_the_icons_and_privacy_pages_uploaded_and_filled_in(
    tmp_path: Path,
) -> None:
    done, _ = dry_run(tmp_path, SKILL_ID=SKILL_ID, OPERATOR_EMAIL=OPERATOR_EMAIL)

    lines = done.stdout.splitlines()
    uploaded = lines.index(next(line for line in lines if "infra.upload_audio" in line))
    assert lines[uploaded + 1] == (
        "    Among them, under <AudioBaseUrl>/: images/icon-108.png, images/icon-512.png, "
        "legal/privacy-policy.html, legal/terms-of-use.html, "
        "legal/de/privacy-policy.html, legal/de/terms-of-use.html, "
        "legal/es/privacy-policy.html, legal/es/terms-of-use.html, "
        "legal/fr/privacy-policy.html, legal/fr/terms-of-use.html"
    )
    written = lines.index(next(line for line in lines if "skill_manifest project" in line))
    assert lines[written + 1 : written + 6] == [
        "    In skill.json, for en-US, en-GB, en-AU, en-CA, en-IN:",
        "      smallIconUri = <AudioBaseUrl>/images/icon-108.png",
        "      largeIconUri = <AudioBaseUrl>/images/icon-512.png",
        "      privacyPolicyUrl = <AudioBaseUrl>/legal/privacy-policy.html",
        "      termsOfUseUrl = <AudioBaseUrl>/legal/terms-of-use.html",
    ]
    # Each language's locales link its own pages.
    assert lines[written + 6 : written + 11] == [
        "    In skill.json, for de-DE:",
        "      smallIconUri = <AudioBaseUrl>/images/icon-108.png",
        "      largeIconUri = <AudioBaseUrl>/images/icon-512.png",
        "      privacyPolicyUrl = <AudioBaseUrl>/legal/de/privacy-policy.html",
        "      termsOfUseUrl = <AudioBaseUrl>/legal/de/terms-of-use.html",
    ]


def test_a_dry_run_without_the_operators_address_shows_where_it_goes(tmp_path: Path) -> None:
    done, commands = dry_run(tmp_path, SKILL_ID=SKILL_ID)

    assert done.returncode == 0, done.stderr
    assert "A real deploy needs OPERATOR_EMAIL" in done.stdout
    assert "A real deploy needs OPERATOR_NAME" in done.stdout
    pages = commands[step_of(commands, "-m", "infra.legal_pages")]
    assert option(pages, "--operator-email") == "<OPERATOR_EMAIL>"
    assert option(pages, "--operator-name") == "<OPERATOR_NAME>"


@pytest.mark.parametrize(("region", "stored_in"), [(None, "us-east-1"), ("eu-west-1", "eu-west-1")])
def test_the_pages_name_the_operator_and_the_region_the_stack_is_deployed_to(
    tmp_path: Path, region: str | None, stored_in: str
) -> None:
    settings = {"SKILL_ID": SKILL_ID, "OPERATOR_NAME": OPERATOR_NAME}
    done, commands = dry_run(tmp_path, **settings, **({"AWS_REGION": region} if region else {}))

    assert done.returncode == 0, done.stderr
    assert "A real deploy needs OPERATOR_NAME" not in done.stdout
    pages = commands[step_of(commands, "-m", "infra.legal_pages")]
    assert option(pages, "--operator-name") == OPERATOR_NAME
    # Without AWS_REGION, samconfig.toml's region: where `sam deploy` puts the stack.
    assert option(pages, "--region") == stored_in


@pytest.mark.parametrize(
    ("operator", "said"),
    [
        ({"OPERATOR_NAME": OPERATOR_NAME}, "set OPERATOR_EMAIL"),
        ({"OPERATOR_NAME": OPERATOR_NAME, "OPERATOR_EMAIL": "privacy@example.com"},
         "reserved example address"),
        ({"OPERATOR_NAME": OPERATOR_NAME, "OPERATOR_EMAIL": "not an address"},
         "not an e-mail address"),
        ({"OPERATOR_EMAIL": OPERATOR_EMAIL}, "set OPERATOR_NAME"),
        ({"OPERATOR_EMAIL": OPERATOR_EMAIL, "OPERATOR_NAME": "<b>"}, "OPERATOR_NAME: not a name"),
    ],
)  # fmt: skip
def test_a_deploy_without_a_real_name_and_address_for_people_stops_before_the_first_step(
    tmp_path: Path, operator: dict[str, str], said: str
) -> None:
    environment = {"PATH": "/usr/bin:/bin", "SKILL_ID": SKILL_ID, **operator}
    done = subprocess.run(
        [sys.executable, "-m", "infra.deploy", "--project", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=environment,
        timeout=60,
    )

    assert done.returncode == 1
    assert said in done.stderr
    assert "==>" not in done.stdout
    assert list(tmp_path.iterdir()) == []
