"""The ASK CLI's SMAPI commands the checks send, and whether they can be sent from here.

Both need the ASK CLI (`npm install -g ask-cli`), credentials (`ask configure`, which
writes ~/.ask/cli_config, or ASK_REFRESH_TOKEN / ASK_ACCESS_TOKEN and ASK_VENDOR_ID in the
environment, as the CLI reads them) and the deployed skill's id (SKILL_ID). Without any
of them, or with DRY_RUN=1, they print what they would send instead.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

STAGE = "development"
RunAsk = Callable[[list[str]], Mapping[str, Any]]


class AskError(RuntimeError):
    """An `ask` command failed; the message is its own last words."""


def why_dry_run(environ: Mapping[str, str], skill_id: str | None, home: Path) -> str | None:
    """Why nothing can be sent to Alexa from here, or None when it can."""
    if environ.get("DRY_RUN", "") not in ("", "0"):
        return "DRY_RUN is set"
    if shutil.which("ask") is None:
        return "the ASK CLI (ask) is not installed"
    tokens = environ.get("ASK_REFRESH_TOKEN") or environ.get("ASK_ACCESS_TOKEN")
    if not tokens and not (home / ".ask" / "cli_config").is_file():
        return "no ASK credentials (run ask configure)"
    if not skill_id:
        return "SKILL_ID is not set"
    return None


def simulate(skill_id: str, locale: str, line: str, *, new_session: bool) -> list[str]:
    """`ask smapi simulate-skill`: Alexa hears `line`, in a new session or the open one."""
    mode = "FORCE_NEW_SESSION" if new_session else "DEFAULT"
    return [
        "smapi", "simulate-skill", "--skill-id", skill_id, "--stage", STAGE,
        "--device-locale", locale, "--input-content", line, "--session-mode", mode,
    ]  # fmt: skip


def simulation_result(skill_id: str, simulation_id: str) -> list[str]:
    """`ask smapi get-skill-simulation`: how that simulation went (kept for 10 minutes)."""
    return [
        "smapi", "get-skill-simulation", "--skill-id", skill_id, "--stage", STAGE,
        "--simulation-id", simulation_id,
    ]  # fmt: skip


def profile_nlu(skill_id: str, locale: str, utterance: str) -> list[str]:
    """`ask smapi profile-nlu`: the intent and slots the model resolves `utterance` to."""
    return [
        "smapi", "profile-nlu", "--skill-id", skill_id, "--stage", STAGE,
        "--locale", locale, "--utterance", utterance,
    ]  # fmt: skip


def shown(command: list[str]) -> str:
    """The command as it would be typed."""
    return shlex.join(["ask", *command])


def run_ask(command: list[str]) -> Mapping[str, Any]:
    """Run `ask` with `command`; the JSON it prints."""
    ask = shutil.which("ask")
    if ask is None:
        raise AskError("the ASK CLI (ask) is not installed")
    done = subprocess.run([ask, *command], capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise AskError(f"{shown(command[:2])} failed: {last}")
    answer = json.loads(done.stdout or "{}")
    if not isinstance(answer, dict):
        raise AskError(f"{shown(command[:2])} printed no JSON object")
    return answer
