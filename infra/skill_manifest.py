"""The skill package as deployed, written from interaction_model/.

interaction_model/skill.json names a placeholder function (`PLACEHOLDER_ARN`): the
real one exists only once the stack is deployed. `python -m infra.skill_manifest` writes
the deployed copy into an ASK CLI project folder (build/skill-project by default):

- `project`: skill-package/ (skill.json with the function's ARN, and the interaction
  models), ask-resources.json, and .ask/ask-states.json naming the skill, so that
  `ask deploy` run there updates that skill;
- `create`: skill.json without endpoints, to create the skill before its function
  exists (the function only lets in the skill whose id the stack was given).
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any, Final

ROOT: Final = Path(__file__).resolve().parents[1]
MODEL_ROOT: Final = ROOT / "interaction_model"
DEFAULT_PROJECT: Final = Path("build/skill-project")
PLACEHOLDER_ARN: Final = "arn:aws:lambda:us-east-1:123456789012:function:acupressure-helper"
# Privacy policy and terms of use addresses on this host are still to be written.
PLACEHOLDER_HOST: Final = "example.com"
ASK_FORMAT_VERSION: Final = "2020-03-31"

_FUNCTION_ARN: Final = re.compile(
    r"arn:aws[a-z-]*:lambda:[a-z]{2}(-[a-z]+)+-\d:\d{12}:function:[A-Za-z0-9_-]{1,64}"
    r"(:[A-Za-z0-9_$-]{1,128})?"
)
_SKILL_ID: Final = re.compile(r"amzn1\.ask\.skill\.[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")

Manifest = dict[str, Any]


def load_manifest(model_root: Path = MODEL_ROOT) -> Manifest:
    loaded: Manifest = json.loads((model_root / "skill.json").read_text(encoding="utf-8"))
    return loaded


def with_endpoint(manifest: Manifest, function_arn: str) -> Manifest:
    """A copy whose requests and skill events go to `function_arn`."""
    if not _FUNCTION_ARN.fullmatch(function_arn):
        raise ValueError(f"not a Lambda function ARN: {function_arn!r}")
    deployed = copy.deepcopy(manifest)
    body = deployed["manifest"]
    body["apis"]["custom"]["endpoint"] = {"uri": function_arn}
    body["events"]["endpoint"] = {"uri": function_arn}
    return deployed


def without_endpoints(manifest: Manifest) -> Manifest:
    """A copy with no endpoint at all, for creating the skill."""
    created = copy.deepcopy(manifest)
    body = created["manifest"]
    body["apis"]["custom"].pop("endpoint", None)
    body.pop("events", None)
    return created


def placeholder_addresses(manifest: Manifest) -> list[str]:
    """The privacy policy and terms of use addresses still on the placeholder host."""
    policies = manifest["manifest"]["privacyAndCompliance"].get("locales", {})
    return sorted(
        {
            address
            for listing in policies.values()
            for address in listing.values()
            if f"//{PLACEHOLDER_HOST}/" in address
        }
    )


def _write_json(path: Path, document: Manifest) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_project(
    project: Path,
    function_arn: str,
    skill_id: str,
    profile: str = "default",
    model_root: Path = MODEL_ROOT,
) -> Path:
    """Write the ASK CLI project that deploys the skill package to `skill_id`."""
    if not _SKILL_ID.fullmatch(skill_id):
        raise ValueError(f"not a skill id: {skill_id!r}")
    package = project / "skill-package"
    shutil.rmtree(package, ignore_errors=True)
    _write_json(package / "skill.json", with_endpoint(load_manifest(model_root), function_arn))
    shutil.copytree(model_root / "interactionModels", package / "interactionModels")
    _write_json(
        project / "ask-resources.json",
        {
            "askcliResourcesVersion": ASK_FORMAT_VERSION,
            "profiles": {profile: {"skillMetadata": {"src": "./skill-package"}}},
        },
    )
    _write_json(
        project / ".ask" / "ask-states.json",
        {"askcliStatesVersion": ASK_FORMAT_VERSION, "profiles": {profile: {"skillId": skill_id}}},
    )
    return package / "skill.json"


def write_create_manifest(path: Path, model_root: Path = MODEL_ROOT) -> Path:
    _write_json(path, without_endpoints(load_manifest(model_root)))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the skill package as deployed.")
    steps = parser.add_subparsers(dest="step", required=True)
    project = steps.add_parser("project", help="the ASK CLI project for `ask deploy`")
    project.add_argument("--function-arn", required=True, help="the stack's SkillFunctionArn")
    project.add_argument("--skill-id", required=True)
    project.add_argument("--profile", default="default", help="the ASK CLI profile")
    project.add_argument("--out", type=Path, default=DEFAULT_PROJECT)
    create = steps.add_parser("create", help="skill.json without endpoints, to create the skill")
    create.add_argument("--out", type=Path, default=DEFAULT_PROJECT / "create-skill.json")
    options = parser.parse_args(argv)
    try:
        if options.step == "project":
            written = write_project(
                options.out, options.function_arn, options.skill_id, options.profile
            )
        else:
            written = write_create_manifest(options.out)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    print(written)
    for address in placeholder_addresses(load_manifest()):
        print(f"Replace before certification: {address}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
