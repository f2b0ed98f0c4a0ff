"""Conversations the real Alexa service can replay, and what each answer should contain.

Each `tests/replays/<name>.json` is exactly the replay file of the ASK CLI's `ask dialog
--replay` ("Dialog Command", ASK CLI docs): `skillId`, `locale`, `type` "text" and the
`userInput` lines, ending with ".quit" so the CLI stops once they are said. The skill id
is a placeholder; `make device-check` sends the deployed skill's.

Beside it, `<name>.expected.json` says what the replay is about and, for each line said,
key phrases the answer must contain (`expect`) and must not (`never`), so rewording an
answer does not break it while its point does. `before` names replays that set the scene
(a returning person's first visit) and are played first, by the same person, unchecked.
`audio_player`: the replay needs a hold to be playing, which only the local device does;
`afterwards` checks what the device plays once the lines are said (its hold's marks).
`awaits` names work the answers depend on that is not done yet: until it is, the local
tests expect those answers to be missing, and fail once they are heard, so the key is
taken out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PLACEHOLDER_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
QUIT = ".quit"
EXPECTED_SUFFIX = ".expected.json"
REPLAY_KEYS = {"skillId", "locale", "type", "userInput"}


class ReplayError(ValueError):
    """A replay or its expectations are not in the shape they must be; the message says how."""


@dataclass(frozen=True)
class Turn:
    said: str
    expect: tuple[str, ...] = ()
    never: tuple[str, ...] = ()


@dataclass(frozen=True)
class Replay:
    name: str
    locale: str
    lines: tuple[str, ...]
    about: str
    turns: tuple[Turn, ...]
    before: tuple[str, ...] = ()
    audio_player: bool = False
    afterwards: Turn | None = None
    awaits: str = ""


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise ReplayError(f"{where}: a list of phrases")
    return tuple(value)


def _turn(raw: Any, where: str) -> Turn:
    if not isinstance(raw, dict) or not isinstance(raw.get("said"), str):
        raise ReplayError(f"{where}: each turn names what was said")
    turn = Turn(
        raw["said"],
        _strings(raw.get("expect", []), f"{where} expect"),
        _strings(raw.get("never", []), f"{where} never"),
    )
    if not turn.expect and not turn.never:
        raise ReplayError(f"{where}: {turn.said!r} checks nothing")
    return turn


AFTERWARDS = "(what plays afterwards)"


def _afterwards(raw: Any, where: str) -> Turn | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ReplayError(f"{where} afterwards: phrases to expect or never hear")
    return _turn({**raw, "said": AFTERWARDS}, f"{where} afterwards")


def load_replay(path: Path) -> Replay:
    """The replay at `path` with its expectations, checked against each other."""
    cli = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(cli, dict) or set(cli) != REPLAY_KEYS or cli["type"] != "text":
        raise ReplayError(f"{path.name}: not an ASK CLI replay file ({sorted(REPLAY_KEYS)})")
    said = _strings(cli["userInput"], f"{path.name} userInput")
    if said[-1:] != (QUIT,):
        raise ReplayError(f"{path.name}: userInput ends with {QUIT!r}, so the CLI stops")
    lines = said[:-1]
    expected_path = path.with_name(path.stem + EXPECTED_SUFFIX)
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    turns = tuple(
        _turn(raw, f"{expected_path.name} turn {index + 1}")
        for index, raw in enumerate(expected.get("turns", []))
    )
    if tuple(turn.said for turn in turns) != lines:
        raise ReplayError(f"{expected_path.name}: its turns are not the replay's lines in order")
    return Replay(
        name=path.stem,
        locale=cli["locale"],
        lines=lines,
        about=str(expected.get("about", "")),
        turns=turns,
        before=_strings(expected.get("before", []), f"{expected_path.name} before"),
        audio_player=bool(expected.get("audio_player", False)),
        afterwards=_afterwards(expected.get("afterwards"), expected_path.name),
        awaits=str(expected.get("awaits", "")),
    )


def replay_paths(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(EXPECTED_SUFFIX))


def load_all(folder: Path) -> dict[str, Replay]:
    """Every replay in `folder`, by name; each one it plays first must be there too."""
    replays = {replay.name: replay for replay in map(load_replay, replay_paths(folder))}
    for replay in replays.values():
        missing = [name for name in replay.before if name not in replays]
        if missing:
            raise ReplayError(f"{replay.name}: plays {missing[0]!r} first, which is not there")
    return replays


def with_scene(replay: Replay, replays: dict[str, Replay]) -> list[Replay]:
    """The replays to play, in order, for `replay`: those it plays first, then itself."""
    order: list[Replay] = []
    for name in replay.before:
        order.extend(item for item in with_scene(replays[name], replays) if item not in order)
    return [*order, replay]
