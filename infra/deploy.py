"""Deploying the skill, step by step: `python -m infra.deploy` (what `make deploy` runs).

1. `sam build` the stack's template: SAM runs `make build-SkillFunction`, which builds
   the Lambda package (`make package`, build/lambda.zip) and unpacks it for SAM;
2. only the first time: create the skill, without an endpoint, for its id;
3. `sam deploy` the stack, letting in that skill only;
4. read the stack's outputs;
5. render the hold audio, pictures and icons with Amazon Polly (`make audio`);
6. write the privacy policy and terms of use, with the operator's name and address and
   the region the stack stores everything in;
7. upload them all to the audio bucket, and refresh CloudFront's copies;
8. write the skill package with the function's alias ARN (the stack's SkillFunctionArn:
   its alias "live", which the Alexa trigger is on), and in every locale the icons and
   the privacy pages on CloudFront's HTTPS address (build/skill-project);
9. `ask deploy` it: the interaction models are built and the skill enabled for testing.

`--dry-run` prints each command instead of running it; what only a real run learns (the
new skill's id, the stack's outputs) is shown as <placeholders>. It then writes what the
deploy would submit into build/ (infra/deploy_preview.py), calling no AWS service, and
says where; `--plan-only` prints the steps alone.

Settings, from the environment: OPERATOR_NAME and OPERATOR_EMAIL (required: who runs the
skill, and the address people write to, as the privacy policy and terms of use give
them), SKILL_ID (else the one the last run created, else a new skill), ASK_PROFILE
(default "default"), AWS_REGION (default: samconfig.toml's), ALARM_EMAIL (optional),
ENABLE_TRACING and ENABLE_SNAPSTART ("true" turns on the stack's EnableTracing and
EnableSnapStart; README, "Operating"), and the tools SAM_CLI, ASK_CLI and MAKE (default:
sam, ask, make).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from infra import deploy_preview, legal_pages, skill_manifest
from infra.deploy_steps import Runner, Step, StepError
from skill.visuals.images import ICON_LARGE, ICON_SMALL

ROOT: Final = Path(__file__).resolve().parents[1]
TEMPLATE: Final = ROOT / "infra" / "template.yaml"
SAM_CONFIG: Final = ROOT / "samconfig.toml"
SAM_BUILD_DIR: Final = Path("build/sam")
AUDIO_FOLDER: Final = Path("build/audio")
OUTPUTS: Final = ("SkillFunctionArn", "AudioBucketName", "AudioDistributionId", "AudioBaseUrl")
INSTALL_HINTS: Final = {
    "sam": "make sam (or pip install aws-sam-cli), or set SAM_CLI",
    "ask": "npm install -g ask-cli, then ask configure; or set ASK_CLI",
    "make": "the make package of your system, or set MAKE",
}
# Environment variables that turn on the stack's parameters of the same meaning.
SWITCHES: Final = {"ENABLE_TRACING": "EnableTracing", "ENABLE_SNAPSTART": "EnableSnapStart"}
# Shown in a dry run without OPERATOR_NAME or OPERATOR_EMAIL; a real deploy needs them.
OPERATOR_NAME_PLACEHOLDER: Final = "<OPERATOR_NAME>"
OPERATOR_EMAIL_PLACEHOLDER: Final = "<OPERATOR_EMAIL>"


@dataclass(frozen=True)
class Settings:
    skill_id: str | None
    operator_email: str | None = None
    operator_name: str | None = None
    ask_profile: str = "default"
    region: str | None = None
    alarm_email: str | None = None
    # The stack's switches (EnableTracing, EnableSnapStart): each off unless "true".
    switches: tuple[str, ...] = ()
    sam: str = "sam"
    ask: str = "ask"
    make: str = "make"
    project: Path = ROOT / skill_manifest.DEFAULT_PROJECT

    @classmethod
    def from_environment(cls, environ: Mapping[str, str], project: Path) -> Settings:
        return cls(
            skill_id=environ.get("SKILL_ID") or remembered_skill_id(project),
            operator_email=environ.get("OPERATOR_EMAIL") or None,
            operator_name=environ.get("OPERATOR_NAME") or None,
            ask_profile=environ.get("ASK_PROFILE") or "default",
            region=environ.get("AWS_REGION") or None,
            alarm_email=environ.get("ALARM_EMAIL") or None,
            switches=tuple(
                parameter
                for variable, parameter in SWITCHES.items()
                if environ.get(variable, "").strip().lower() == "true"
            ),
            sam=environ.get("SAM_CLI") or "sam",
            ask=environ.get("ASK_CLI") or "ask",
            make=environ.get("MAKE") or "make",
            project=project,
        )

    def tools(self) -> dict[str, str]:
        return {"sam": self.sam, "ask": self.ask, "make": self.make}


def remembered_skill_id(project: Path) -> str | None:
    """The skill id an earlier run wrote into the ASK CLI project, if any."""
    states = project / ".ask" / "ask-states.json"
    if not states.is_file():
        return None
    profiles = json.loads(states.read_text(encoding="utf-8")).get("profiles", {})
    for profile in profiles.values():
        if profile.get("skillId"):
            return str(profile["skillId"])
    return None


def remember_skill_id(project: Path, skill_id: str, profile: str) -> None:
    states = project / ".ask" / "ask-states.json"
    states.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "askcliStatesVersion": skill_manifest.ASK_FORMAT_VERSION,
        "profiles": {profile: {"skillId": skill_id}},
    }
    states.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


def _sam_setting(name: str) -> str:
    with SAM_CONFIG.open("rb") as source:
        return str(tomllib.load(source)["default"]["global"]["parameters"][name])


def stack_name() -> str:
    return _sam_setting("stack_name")


def stack_region(settings: Settings) -> str:
    """Where the stack, and so everything the skill keeps, is: AWS_REGION or samconfig's."""
    return settings.region or _sam_setting("region")


def stack_outputs(listing: str) -> dict[str, str]:
    """OutputKey -> OutputValue, from `sam list stack-outputs --output json`."""
    return {item["OutputKey"]: item["OutputValue"] for item in json.loads(listing)}


def operator_email_problem(settings: Settings, dry_run: bool) -> str | None:
    """Why the operator's address cannot go into the privacy pages, or None if it can."""
    if settings.operator_email is None:
        if dry_run:
            return None
        return (
            "set OPERATOR_EMAIL to the address people write to about their data "
            "(the privacy policy and terms of use give it)"
        )
    try:
        legal_pages.checked_email(settings.operator_email)
    except legal_pages.PageError as error:
        return f"OPERATOR_EMAIL: {error}"
    return None


def operator_name_problem(settings: Settings, dry_run: bool) -> str | None:
    """Why the operator's name cannot sign the privacy pages, or None if it can."""
    if settings.operator_name is None:
        if dry_run:
            return None
        return (
            "set OPERATOR_NAME to who runs the skill, a person or an organisation "
            "(the privacy policy and terms of use name them)"
        )
    try:
        legal_pages.checked_name(settings.operator_name)
    except legal_pages.PageError as error:
        return f"OPERATOR_NAME: {error}"
    return None


def missing_tools(settings: Settings) -> list[str]:
    return [
        f"{name} ({path}): {INSTALL_HINTS[name]}"
        for name, path in settings.tools().items()
        if shutil.which(path) is None
    ]


def _sam(settings: Settings, *words: str) -> list[str]:
    region = ["--region", settings.region] if settings.region else []
    return [settings.sam, *words, "--config-file", str(SAM_CONFIG), *region]


def _python(module: str, *words: str) -> list[str]:
    return [sys.executable, "-m", module, *words]


def _build(settings: Settings, runner: Runner) -> None:
    build = ["build", "--template-file", str(TEMPLATE), "--build-dir", str(SAM_BUILD_DIR)]
    runner.run(Step("Build the stack and the Lambda package", _sam(settings, *build)))


def _create_skill(settings: Settings, runner: Runner) -> str:
    """Create the skill with no endpoint yet, remember its id and return it."""
    manifest = settings.project / "create-skill.json"
    runner.run(
        Step(
            "Write the manifest to create the skill with",
            _python("infra.skill_manifest", "create", "--out", str(manifest)),
        )
    )
    create = ["smapi", "create-skill-for-vendor", "--manifest", f"file:{manifest}"]
    created = runner.run(
        Step(
            "Create the skill, for its id",
            [settings.ask, *create, "--profile", settings.ask_profile],
            read_output=True,
        )
    )
    if runner.dry_run:
        return "<new skill id>"
    skill_id = str(json.loads(created)["skillId"])
    remember_skill_id(settings.project, skill_id, settings.ask_profile)
    runner.note(f"The new skill's id: {skill_id}. Keep it: export SKILL_ID={skill_id}")
    return skill_id


def _deploy_stack(settings: Settings, runner: Runner, skill_id: str) -> dict[str, str]:
    """Deploy the stack for `skill_id`; return its outputs."""
    overrides = [f"SkillId={skill_id}"]
    if settings.alarm_email:
        overrides.append(f"AlarmEmail={settings.alarm_email}")
    overrides += [f"{parameter}=true" for parameter in settings.switches]
    built = str(SAM_BUILD_DIR / "template.yaml")
    deploy = ["deploy", "--template-file", built, "--parameter-overrides", *overrides]
    runner.run(Step("Deploy the stack", _sam(settings, *deploy)))
    read = _sam(settings, "list", "stack-outputs", "--stack-name", stack_name(), "--output=json")
    listing = runner.run(Step("Read the stack's outputs", read, read_output=True))
    if runner.dry_run:
        return {name: f"<{name}>" for name in OUTPUTS}
    return stack_outputs(listing)


def _ship_audio(settings: Settings, runner: Runner, outputs: Mapping[str, str]) -> None:
    runner.run(
        Step(
            "Render the hold audio, pictures and icons with Amazon Polly",
            [settings.make, "audio"],
            env={"AUDIO_RENDERER": "polly"},
        )
    )
    name = settings.operator_name or OPERATOR_NAME_PLACEHOLDER
    email = settings.operator_email or OPERATOR_EMAIL_PLACEHOLDER
    pages = AUDIO_FOLDER / legal_pages.FOLDER
    write = _python(
        "infra.legal_pages",
        *("--operator-name", name, "--operator-email", email),
        *("--region", stack_region(settings), "--out", str(pages)),
    )
    runner.run(Step("Write the privacy policy and terms of use", write))
    bucket = ["--bucket", outputs["AudioBucketName"]]
    distribution = ["--distribution-id", outputs["AudioDistributionId"]]
    upload = _python("infra.upload_audio", str(AUDIO_FOLDER), *bucket, *distribution)
    runner.run(Step("Upload the audio, pictures, icons and privacy pages", upload))
    hosted = [f"images/{icon.name}" for icon in (ICON_SMALL, ICON_LARGE)]
    hosted += [
        f"{legal_pages.FOLDER}/{legal_pages.page_path(page, language)}"
        for language in legal_pages.languages()
        for page in legal_pages.PAGES
    ]
    runner.note(f"Among them, under {outputs['AudioBaseUrl']}/: {', '.join(hosted)}")


def _ship_skill(
    settings: Settings, runner: Runner, skill_id: str, outputs: Mapping[str, str]
) -> None:
    write = _python(
        "infra.skill_manifest",
        "project",
        "--function-arn",
        outputs["SkillFunctionArn"],
        "--skill-id",
        skill_id,
        "--base-url",
        outputs["AudioBaseUrl"],
        "--profile",
        settings.ask_profile,
        "--out",
        str(settings.project),
    )
    runner.run(Step("Write the skill package with the function's alias, icons and pages", write))
    locales = ", ".join(
        skill_manifest.load_manifest()["manifest"]["publishingInformation"]["locales"]
    )
    runner.note(f"In skill.json, for {locales}:")
    for name, address in skill_manifest.hosted_addresses(outputs["AudioBaseUrl"]).items():
        runner.note(f"  {name} = {address}")
    ask_deploy = [settings.ask, "deploy", "--profile", settings.ask_profile, "--ignore-hash"]
    runner.run(Step("Deploy the skill package", ask_deploy, cwd=settings.project))


def deploy(settings: Settings, runner: Runner) -> str:
    """Run every step in order; return the skill id deployed to."""
    _build(settings, runner)
    skill_id = settings.skill_id or _create_skill(settings, runner)
    outputs = _deploy_stack(settings, runner, skill_id)
    _ship_audio(settings, runner, outputs)
    _ship_skill(settings, runner, skill_id, outputs)
    if runner.dry_run:
        runner.note("Dry run: none of these steps was run.")
    else:
        runner.note(f"Skill {skill_id} deployed; audio at {outputs['AudioBaseUrl']}")
    return skill_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Deploy the stack, the audio and the skill.")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print the commands, then write what they would submit into --out",
    )
    deploy_preview.add_options(parser)
    parser.add_argument(
        "--project",
        type=Path,
        default=skill_manifest.DEFAULT_PROJECT,
        help="the ASK CLI project folder (default: %(default)s)",
    )
    options = parser.parse_args(argv)
    settings = Settings.from_environment(os.environ, ROOT / options.project)
    problems = [
        problem
        for problem in (
            operator_name_problem(settings, options.dry_run),
            operator_email_problem(settings, options.dry_run),
        )
        if problem
    ]
    missing = [] if options.dry_run else missing_tools(settings)
    if problems or missing:
        for problem in problems:
            print(f"Not deployed: {problem}", file=sys.stderr)
        if missing:
            print("Not deployed; these tools are missing:", file=sys.stderr)
            for line in missing:
                print(f"  {line}", file=sys.stderr)
        return 1
    if options.dry_run and not settings.operator_name:
        print(f"(A real deploy needs OPERATOR_NAME; shown as {OPERATOR_NAME_PLACEHOLDER}.)")
    if options.dry_run and not settings.operator_email:
        print(f"(A real deploy needs OPERATOR_EMAIL; shown as {OPERATOR_EMAIL_PLACEHOLDER}.)")
    try:
        deploy(settings, Runner(options.dry_run))
        if options.dry_run and not options.plan_only:
            preview = deploy_preview.Preview(out=ROOT / options.out, project=settings.project)
            pages_for = (
                deploy_preview.PagesFor(
                    settings.operator_name, settings.operator_email, stack_region(settings)
                )
                if settings.operator_name and settings.operator_email
                else None
            )
            deploy_preview.write(preview, pages_for, options.audio_only)
    except StepError as error:
        print(f"Not {'written' if options.dry_run else 'deployed'}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
