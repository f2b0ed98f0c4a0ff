"""`make device-check`: every replay in tests/replays, against the deployed skill.

Each replay's lines go to Alexa through the Skill Simulation API (`ask smapi
simulate-skill`), as the ASK CLI's `ask dialog --replay` sends them, and what Alexa says
to each is compared with what the replay expects. The replays it plays first (`before`)
set the scene and are not compared: a first visit begins by deleting what the skill
keeps about the developer's account, so it is a first visit on the real service too.

AudioPlayer events cannot be replayed this way: `ask dialog` and the Skill Simulation API
take text only, so a hold never plays, and the device's reports (PlaybackStarted,
PlaybackFinished, ...) are never sent. Replays that need a playing hold (`audio_player`)
run on the local device only (tests/replays) and are skipped here, saying so.
Without the ASK CLI, credentials or SKILL_ID, or with DRY_RUN=1, it prints what it would
send, and the phrases each answer must contain, instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from toolkit.replay import ask_cli, simulation
from toolkit.replay.ask_cli import AskError
from toolkit.replay.compare import compare
from toolkit.replay.replays import PLACEHOLDER_SKILL_ID, Replay, Turn, load_all, with_scene
from toolkit.replay.simulator import Simulator

REPLAYS = Path("tests/replays")
SKIPPED = (
    "skipped: it needs a playing hold, and the Skill Simulation API takes text only "
    "(AudioPlayer events can't be replayed); the local replay tests cover it"
)


def _expectation(turn: Turn) -> str:
    parts = [f'expect "{phrase}"' for phrase in turn.expect]
    parts += [f'never "{phrase}"' for phrase in turn.never]
    return "; ".join(parts)


def show_plan(replay: Replay, scene: Sequence[Replay], skill_id: str) -> list[str]:
    """What a dry run prints for `replay`: each command, and what its answer must hold."""
    lines = [f"== {replay.name} ({replay.locale}): {replay.about}"]
    if replay.awaits:
        lines.append(f"  (awaits {replay.awaits}: its answers may not be heard yet)")
    for played in scene:
        checked = played is replay
        if not checked:
            lines.append(f"  first, unchecked: {played.name}")
        for index, said in enumerate(played.lines):
            command = ask_cli.simulate(skill_id, played.locale, said, new_session=index == 0)
            lines.append(f"  $ {ask_cli.shown(command)}")
            if checked:
                lines.append(f"      {_expectation(played.turns[index])}")
    return lines


def play(simulator: Simulator, replay: Replay) -> list[str]:
    """What Alexa said to each of the replay's lines, a new session at its first."""
    answers = []
    for index, said in enumerate(replay.lines):
        result = simulator.say(replay.locale, said, new_session=index == 0)
        problem = simulation.failure(result)
        answers.append(
            f"(the simulation failed: {problem})" if problem else simulation.said(result)
        )
    return answers


def check(simulator: Simulator, replay: Replay, scene: Sequence[Replay]) -> list[str]:
    """Every miss of `replay` on the deployed skill, after its scene is set."""
    for played in scene[:-1]:
        play(simulator, played)
    return compare(replay.turns, play(simulator, replay))


def run(replays: dict[str, Replay], chosen: Sequence[str], simulator: Simulator | None) -> int:
    """Check (or, without a simulator, show) each chosen replay; the exit status."""
    skill_id = os.environ.get("SKILL_ID") or PLACEHOLDER_SKILL_ID
    failed = 0
    for name in chosen:
        replay = replays[name]
        if replay.audio_player:
            print(f"== {name}: {SKIPPED}")
            continue
        scene = with_scene(replay, replays)
        if simulator is None:
            print("\n".join(show_plan(replay, scene, skill_id)))
            continue
        report = check(simulator, replay, scene)
        print(f"== {name}: {'as expected' if not report else 'NOT as expected'}")
        if report:
            failed += 1
            print("\n".join(report))
    if simulator is not None:
        print(f"device-check: {len(chosen) - failed} of {len(chosen)} replays as expected")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="device-check", description=__doc__.split("\n")[0])
    parser.add_argument("--replays", type=Path, default=REPLAYS, metavar="FOLDER")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="these replays alone")
    args = parser.parse_args(argv)
    replays = load_all(args.replays)
    chosen = args.only or sorted(replays)
    unknown = [name for name in chosen if name not in replays]
    if unknown:
        parser.error(f"no replay named {unknown[0]!r} in {args.replays}")
    skill_id = os.environ.get("SKILL_ID")
    why = ask_cli.why_dry_run(os.environ, skill_id, Path.home())
    if why is not None or skill_id is None:
        print(f"device-check: dry run ({why}): what would be sent to the Skill Simulation API")
        return run(replays, chosen, None)
    try:
        return run(replays, chosen, Simulator(skill_id))
    except AskError as error:
        print(f"device-check: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
