"""What a deploy would submit, written here to read first: the dry run's copy.

`make deploy DRY_RUN=1` prints each step of a deploy (infra/deploy.py) and then runs
those that need no AWS service and no Amazon developer account, writing into build/:

- lambda.zip: the Lambda package, as `sam build` builds it (`make package`);
- audio/: the hold audio, rendered with espeak-ng (a deploy renders it with Amazon Polly,
  which needs AWS), with audio/images/, the pictures and icons;
- audio/legal/: the privacy policy and terms of use, once OPERATOR_EMAIL gives the
  address they tell people to write to;
- skill-project/: the ASK CLI project `ask deploy` sends, skill.json naming stand-ins
  for the function's ARN and the address serving the icons and pages, which only the
  deployed stack knows. It names no skill, so a later deploy never updates a stand-in.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, NamedTuple

from infra import legal_pages, skill_manifest
from infra.deploy_steps import Runner, Step

# Stand-ins for the stack's outputs in the previewed skill.json. The ARN is the one
# interaction_model/skill.json names; ".invalid" is reserved (RFC 2606), so the address
# can never reach a real host.
FUNCTION_ARN_STAND_IN: Final = skill_manifest.PLACEHOLDER_ARN
BASE_URL_STAND_IN: Final = "https://audio-base-url.invalid"


@dataclass(frozen=True)
class Preview:
    """Where the dry run leaves each part of what a deploy would submit."""

    out: Path
    project: Path

    @property
    def lambda_zip(self) -> Path:
        return self.out / "lambda.zip"

    @property
    def audio(self) -> Path:
        return self.out / "audio"

    @property
    def pictures(self) -> Path:
        return self.audio / "images"

    @property
    def pages(self) -> Path:
        return self.audio / legal_pages.FOLDER


def add_options(parser: argparse.ArgumentParser) -> None:
    """The dry run's options, for `python -m infra.deploy --dry-run`."""
    parser.add_argument(
        "--plan-only", action="store_true", help="with --dry-run: print the commands only"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("build"),
        help="where a dry run writes the package, audio, pictures and pages (default: build)",
    )
    parser.add_argument(
        "--audio-only",
        nargs="+",
        default=(),
        metavar="ID",
        help="with --dry-run: render only these hold segments (a quicker look)",
    )


def _python(module: str, *words: str) -> list[str]:
    return [sys.executable, "-m", module, *words]


class PagesFor(NamedTuple):
    """Whom the policy pages name, and the region they say the data is kept in."""

    operator_name: str
    operator_email: str
    region: str


def steps(
    preview: Preview, pages_for: PagesFor | None, audio_only: Sequence[str] = ()
) -> list[tuple[str, list[str]]]:
    """(title, command) of every step that writes the preview; none calls AWS or Amazon.

    The pages are written only for a real operator (`pages_for`). `audio_only` renders
    only those hold segments (a quicker look); all by default.
    """
    only = ["--only", *audio_only] if audio_only else []
    audio = ["--out", str(preview.audio), "--renderer", "espeak", *only]
    listed = [
        ("Build the Lambda package", _python("infra.package", "--out", str(preview.lambda_zip))),
        ("Render the hold audio with espeak-ng", _python("toolkit.audio.render", *audio)),
        (
            "Draw the pictures and icons",
            _python("toolkit.visuals.pictures", "--out", str(preview.pictures)),
        ),
    ]
    if pages_for is not None:
        pages = [
            *("--operator-name", pages_for.operator_name),
            *("--operator-email", pages_for.operator_email),
            *("--region", pages_for.region, "--out", str(preview.pages)),
        ]
        listed.append(
            ("Write the privacy policy and terms of use", _python("infra.legal_pages", *pages))
        )
    project = [
        "project",
        "--function-arn",
        FUNCTION_ARN_STAND_IN,
        "--base-url",
        BASE_URL_STAND_IN,
        "--out",
        str(preview.project),
    ]
    listed.append(
        ("Write the skill package (ASK CLI project)", _python("infra.skill_manifest", *project))
    )
    return listed


def where(preview: Preview, pages_for: PagesFor | None) -> list[str]:
    """What the preview left, a line each, for the operator to read before deploying."""
    package = preview.project / "skill-package"
    lines = [
        f"The skill package: {package}/skill.json and {package}/interactionModels/ "
        f"({preview.project}/ask-resources.json for the ASK CLI); the function's ARN and the "
        f"pages' and icons' address are stand-ins ({BASE_URL_STAND_IN})",
        f"The Lambda package: {preview.lambda_zip}",
        f"The hold audio (espeak-ng; a deploy uses Amazon Polly): {preview.audio}/",
        f"The pictures and icons: {preview.pictures}/",
    ]
    if pages_for is None:
        lines.append(
            "The policy pages: not written; set OPERATOR_NAME and OPERATOR_EMAIL to read them"
        )
    else:
        lines.append(f"The policy pages: {preview.pages}/")
    return lines


def write(
    preview: Preview,
    pages_for: PagesFor | None,
    audio_only: Sequence[str] = (),
    runner: Runner | None = None,
) -> None:
    """Run the steps that write the preview (a failing one raises StepError); say where."""
    runner = runner or Runner(dry_run=False)
    runner.note("Writing what a deploy would submit, calling no AWS service:")
    for title, command in steps(preview, pages_for, audio_only):
        runner.run(Step(title, command))
    runner.note("Read before deploying:")
    for line in where(preview, pages_for):
        runner.note(f"  {line}")
