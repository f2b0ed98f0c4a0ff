"""Every replay in this folder, played on the local device as `acupressure-helper chat`
plays what is typed: each answer holds its key phrases, and none it must not.

The device is switched on at a fixed moment, a Monday morning, so that a hold and what is
asked about it afterwards fall on the same day whatever the hour the tests run: the real
clock is set to just before midnight while they play, and no replay may read it.

The same files go to the deployed skill with `make device-check` (toolkit/replay).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from skill import lambda_function
from skill.lambda_function import lambda_handler
from toolkit.replay.compare import compare
from toolkit.replay.local import LocalDevice
from toolkit.replay.replays import (
    PLACEHOLDER_SKILL_ID,
    QUIT,
    REPLAY_KEYS,
    Replay,
    ReplayError,
    load_all,
    load_replay,
    replay_paths,
    with_scene,
)
from toolkit.simulator import device_clock
from toolkit.simulator.alexa_apis import AlexaApis

# When the replays' device is switched on; and the real clock while they play.
SWITCHED_ON = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
JUST_BEFORE_MIDNIGHT = datetime(2026, 11, 23, 23, 59, 50, tzinfo=UTC)
FOLDER = Path(__file__).resolve().parent
REPLAYS = load_all(FOLDER)
# What a red flag's answer must send the person to, whichever words it is said in.
URGENT_ADVICE = ("doctor", "midwife", "911", "999", "111", "000", "112")


@pytest.fixture
def on_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(device_clock, "utc_now", lambda: JUST_BEFORE_MIDNIGHT)
    monkeypatch.delenv("SESSIONS_TABLE", raising=False)
    monkeypatch.setenv("ACUPRESSURE_DB", str(tmp_path / "sessions.sqlite3"))
    lambda_function.reset()
    yield
    lambda_function.reset()


def played_on_the_device(replay: Replay, apis: AlexaApis) -> list[str]:
    """The misses of `replay` on a device of its own, after the replays that set its scene."""
    local = LocalDevice(
        lambda_handler,
        user=f"replay-{replay.name}",
        locale=replay.locale,
        apis=apis,
        switched_on=SWITCHED_ON,
    )
    # As the chat does: the skill goes by the device's clock, so a hold's hours pass at once.
    lambda_function.use_skill(lambda_function.make_skill(clock=local.device.clock))
    for scene in with_scene(replay, REPLAYS)[:-1]:
        local.play(scene)
        local.let_go()
    report = compare(replay.turns, local.play(replay))
    if replay.afterwards is not None:
        report += compare([replay.afterwards], [local.let_go()])
    return report


def _awaiting(replay: Replay) -> list[pytest.MarkDecorator]:
    """A replay of work not done yet is expected to miss, strictly: once its answers are
    heard the test fails, and the replay's `awaits` is taken out."""
    if not replay.awaits:
        return []
    return [pytest.mark.xfail(reason=f"awaits {replay.awaits}", strict=True)]


@pytest.mark.usefixtures("on_sqlite")
@pytest.mark.parametrize(
    "name", [pytest.param(name, marks=_awaiting(REPLAYS[name])) for name in sorted(REPLAYS)]
)
def test_each_replay_is_answered_as_expected(name: str, alexa_apis: AlexaApis) -> None:
    assert played_on_the_device(REPLAYS[name], alexa_apis) == []


@pytest.mark.parametrize("path", replay_paths(FOLDER), ids=lambda path: path.stem)
def test_each_replay_is_exactly_an_ask_cli_replay_file(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))

    assert set(document) == REPLAY_KEYS
    assert document["skillId"] == PLACEHOLDER_SKILL_ID
    assert document["type"] == "text"
    assert document["userInput"][-1] == QUIT
    # `ask dialog` refuses a blank line, and says each line trimmed.
    assert all(line == line.strip() and line for line in document["userInput"])


@pytest.mark.parametrize("name", sorted(n for n in REPLAYS if n.startswith("red_flag")))
def test_every_red_flag_replay_checks_the_advice_it_gets(name: str) -> None:
    advised = [
        turn
        for turn in REPLAYS[name].turns
        if any(word in phrase.lower() for phrase in turn.expect for word in URGENT_ADVICE)
    ]
    assert advised, f"{name} never checks that the person is sent for help"


def test_a_replay_file_with_a_key_the_cli_does_not_write_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(
        json.dumps(
            {"skillId": PLACEHOLDER_SKILL_ID, "locale": "en-US", "type": "text",
             "userInput": ["open acupressure helper", QUIT], "expected": ["Shall we start?"]}
        )
    )  # fmt: skip
    with pytest.raises(ReplayError, match="not an ASK CLI replay file"):
        load_replay(tmp_path / "x.json")


def test_expectations_out_of_step_with_the_replay_are_refused(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(
        json.dumps(
            {"skillId": PLACEHOLDER_SKILL_ID, "locale": "en-US", "type": "text",
             "userInput": ["open acupressure helper", "yes", QUIT]}
        )
    )  # fmt: skip
    (tmp_path / "x.expected.json").write_text(
        json.dumps({"turns": [{"said": "open acupressure helper", "expect": ["start"]}]})
    )
    with pytest.raises(ReplayError, match="not the replay's lines"):
        load_replay(tmp_path / "x.json")
