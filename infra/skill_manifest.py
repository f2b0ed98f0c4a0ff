"""The skill package as deployed, written from interaction_model/.

interaction_model/skill.json names a placeholder function (`PLACEHOLDER_ARN`), and no
icons or privacy pages: the function, and the HTTPS host serving the icons and pages,
exist only once the stack is deployed. `python -m infra.skill_manifest` writes the
deployed copy into an ASK CLI project folder (build/skill-project by default):

- `project`: skill-package/ (skill.json with the function's ARN, and in every locale the
  icons and the privacy policy and terms of use on the stack's host; and the interaction
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

from infra.legal_pages import ENGLISH, PRIVACY_POLICY, TERMS_OF_USE, language_of, page_url
from skill.visuals.images import ICON_LARGE, ICON_SMALL, IMAGES_FOLDER

ROOT: Final = Path(__file__).resolve().parents[1]
MODEL_ROOT: Final = ROOT / "interaction_model"
DEFAULT_PROJECT: Final = Path("build/skill-project")
PLACEHOLDER_ARN: Final = "arn:aws:lambda:us-east-1:123456789012:function:acupressure-helper"
ASK_FORMAT_VERSION: Final = "2020-03-31"

_FUNCTION_ARN: Final = re.compile(
    r"arn:aws[a-z-]*:lambda:[a-z]{2}(-[a-z]+)+-\d:\d{12}:function:[A-Za-z0-9_-]{1,64}"
    r"(:[A-Za-z0-9_$-]{1,128})?"
)
# The stack's AudioBaseUrl: an https:// address on a named host, with an optional path.
_HTTPS_BASE: Final = re.compile(r"https://[a-z0-9-]+(\.[a-z0-9-]+)+(/[A-Za-z0-9._~/-]*)?")
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


def with_hosting(manifest: Manifest, base_url: str) -> Manifest:
    """A copy showing, in every locale, the icons and privacy pages served at `base_url`.

    `base_url` is the stack's AudioBaseUrl: `make deploy` uploads the icons to its
    images/ folder and the privacy policy and terms of use to its legal/ folder; each
    locale links the pages in its own language (infra/legal_pages.py).
    """
    if not _HTTPS_BASE.fullmatch(base_url):
        raise ValueError(f"not an https:// address to host the icons and pages: {base_url!r}")
    addresses = hosted_addresses(base_url)
    hosted = copy.deepcopy(manifest)
    body = hosted["manifest"]
    listings = body["publishingInformation"]["locales"]
    for listing in listings.values():
        listing["smallIconUri"] = addresses["smallIconUri"]
        listing["largeIconUri"] = addresses["largeIconUri"]
    body["privacyAndCompliance"]["locales"] = {}
    for locale in listings:
        pages = hosted_addresses(base_url, language_of(locale))
        body["privacyAndCompliance"]["locales"][locale] = {
            "privacyPolicyUrl": pages["privacyPolicyUrl"],
            "termsOfUseUrl": pages["termsOfUseUrl"],
        }
    return hosted


def hosted_addresses(base_url: str, language: str = ENGLISH) -> dict[str, str]:
    """skill.json's icon and privacy fields -> their addresses under `base_url`.

    The privacy pages are those in `language`; the icons are the same in every one.
    """
    base = base_url.rstrip("/")
    return {
        "smallIconUri": f"{base}/{IMAGES_FOLDER}/{ICON_SMALL.name}",
        "largeIconUri": f"{base}/{IMAGES_FOLDER}/{ICON_LARGE.name}",
        "privacyPolicyUrl": page_url(base, PRIVACY_POLICY, language),
        "termsOfUseUrl": page_url(base, TERMS_OF_USE, language),
    }


def deployed_manifest(manifest: Manifest, function_arn: str, base_url: str) -> Manifest:
    """skill.json as `ask deploy` sends it: the function's ARN, the hosted icons and pages."""
    return with_hosting(with_endpoint(manifest, function_arn), base_url)


def _write_json(path: Path, document: Manifest) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_project(
    project: Path,
    function_arn: str,
    skill_id: str | None,
    base_url: str,
    profile: str = "default",
    model_root: Path = MODEL_ROOT,
) -> Path:
    """Write the ASK CLI project that deploys the skill package to `skill_id`.

    With no `skill_id` (a dry run's copy) the project names no skill: .ask/ is left as it
    is, so a stand-in never becomes the skill a later deploy updates.
    """
    if skill_id is not None and not _SKILL_ID.fullmatch(skill_id):
        raise ValueError(f"not a skill id: {skill_id!r}")
    manifest = deployed_manifest(load_manifest(model_root), function_arn, base_url)
    package = project / "skill-package"
    shutil.rmtree(package, ignore_errors=True)
    _write_json(package / "skill.json", manifest)
    shutil.copytree(model_root / "interactionModels", package / "interactionModels")
    _write_json(
        project / "ask-resources.json",
        {
            "askcliResourcesVersion": ASK_FORMAT_VERSION,
            "profiles": {profile: {"skillMetadata": {"src": "./skill-package"}}},
        },
    )
    if skill_id is not None:
        states = {
            "askcliStatesVersion": ASK_FORMAT_VERSION,
            "profiles": {profile: {"skillId": skill_id}},
        }
        _write_json(project / ".ask" / "ask-states.json", states)
    return package / "skill.json"


def write_create_manifest(path: Path, model_root: Path = MODEL_ROOT) -> Path:
    _write_json(path, without_endpoints(load_manifest(model_root)))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the skill package as deployed.")
    steps = parser.add_subparsers(dest="step", required=True)
    project = steps.add_parser("project", help="the ASK CLI project for `ask deploy`")
    project.add_argument("--function-arn", required=True, help="the stack's SkillFunctionArn")
    project.add_argument(
        "--skill-id", help="the skill `ask deploy` updates (none: the project names no skill)"
    )
    project.add_argument(
        "--base-url", required=True, help="the stack's AudioBaseUrl (icons and privacy pages)"
    )
    project.add_argument("--profile", default="default", help="the ASK CLI profile")
    project.add_argument("--out", type=Path, default=DEFAULT_PROJECT)
    create = steps.add_parser("create", help="skill.json without endpoints, to create the skill")
    create.add_argument("--out", type=Path, default=DEFAULT_PROJECT / "create-skill.json")
    options = parser.parse_args(argv)
    try:
        if options.step == "project":
            written = write_project(
                options.out,
                options.function_arn,
                options.skill_id,
                options.base_url,
                options.profile,
            )
        else:
            written = write_create_manifest(options.out)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    print(written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
