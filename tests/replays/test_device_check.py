"""`make device-check` and `make nlu-profile`: what a dry run prints, and how a recorded
answer of the Skill Simulation API or of the Utterance Profiler is judged.

The recorded answers (tests/fixtures/simulation_result.json, profile_nlu_result.json) have
the shapes of ask-smapi-model's v2 `SimulationsApiResponse` and v1 `ProfileNluResponse`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.support.conversation import fixture
from toolkit.replay import device_check, nlu_profile
from toolkit.replay.replays import PLACEHOLDER_SKILL_ID, QUIT, load_all
from toolkit.replay.simulator import Simulator

REPLAYS = Path(__file__).resolve().parent
SAFETY_CHECK = "ask acupressure helper for back pain"


@pytest.fixture
def dry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRY_RUN", "1")
    monkeypatch.delenv("SKILL_ID", raising=False)


def write_replay(folder: Path, name: str, turns: list[dict[str, Any]], **more: Any) -> None:
    said = [turn["said"] for turn in turns]
    replay = {"skillId": PLACEHOLDER_SKILL_ID, "locale": "en-GB", "type": "text",
              "userInput": [*said, QUIT]}  # fmt: skip
    (folder / f"{name}.json").write_text(json.dumps(replay))
    (folder / f"{name}.expected.json").write_text(json.dumps({"turns": turns, **more}))


class RecordedAlexa:
    """`ask` as the checks run it, answering with a recorded simulation for every line."""

    def __init__(self, result: Mapping[str, Any], polls_in_progress: int = 1) -> None:
        self.result = result
        self.in_progress = polls_in_progress
        self.sent: list[list[str]] = []

    def __call__(self, command: list[str]) -> Mapping[str, Any]:
        self.sent.append(command)
        if command[1] == "simulate-skill":
            return {"id": self.result["id"], "status": "IN_PROGRESS"}
        if self.in_progress:
            self.in_progress -= 1
            return {"id": self.result["id"], "status": "IN_PROGRESS"}
        return self.result


@pytest.mark.usefixtures("dry")
def test_a_dry_run_prints_each_simulation_it_would_send_and_what_to_expect(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert device_check.main(["--replays", str(REPLAYS), "--only", "first_use"]) == 0

    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == (
        "device-check: dry run (DRY_RUN is set): what would be sent to the Skill Simulation API"
    )
    assert "  first, unchecked: privacy_delete" in printed
    assert (
        f"  $ ask smapi simulate-skill --skill-id {PLACEHOLDER_SKILL_ID} --stage development "
        "--device-locale en-US --input-content 'ask acupressure helper for back pain' "
        "--session-mode FORCE_NEW_SESSION"
    ) in printed
    first = printed.index(next(line for line in printed if SAFETY_CHECK in line))
    assert printed[first + 1].startswith('      expect "safety check"')
    # Every later line of a replay goes on in the session its first line opened.
    continuing = [line for line in printed if "--input-content no " in line]
    assert continuing and all(line.endswith("--session-mode DEFAULT") for line in continuing)


def test_without_the_ask_cli_it_says_so_in_one_line_and_dry_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.delenv("DRY_RUN", raising=False)
    monkeypatch.setenv("SKILL_ID", "amzn1.ask.skill.0a1b2c3d-4e5f-6789-abcd-ef0123456789")
    monkeypatch.setenv("PATH", str(tmp_path))

    assert device_check.main(["--replays", str(REPLAYS), "--only", "privacy_delete"]) == 0

    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == (
        "device-check: dry run (the ASK CLI (ask) is not installed): "
        "what would be sent to the Skill Simulation API"
    )
    assert any("--skill-id amzn1.ask.skill.0a1b2c3d" in line for line in printed)


@pytest.mark.usefixtures("dry")
def test_a_replay_that_needs_a_playing_hold_is_skipped_saying_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_replay(tmp_path, "hold", [{"said": "open acupressure helper", "expect": ["start"]}],
                 audio_player=True)  # fmt: skip

    assert device_check.main(["--replays", str(tmp_path)]) == 0

    assert "AudioPlayer events can't be replayed" in capsys.readouterr().out


def test_a_recorded_simulation_that_says_the_expected_phrases_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_replay(tmp_path, "check", [{"said": SAFETY_CHECK, "expect": ["safety check"],
                                      "never": ["Shall we start?"]}])  # fmt: skip
    alexa = RecordedAlexa(fixture("simulation_result.json"))

    status = device_check.run(
        load_all(tmp_path), ["check"], Simulator("sid", alexa, lambda _: None)
    )

    assert status == 0
    assert "== check: as expected" in capsys.readouterr().out
    assert alexa.sent[0][:2] == ["smapi", "simulate-skill"]
    assert alexa.sent[0][alexa.sent[0].index("--device-locale") + 1] == "en-GB"
    assert [command[1] for command in alexa.sent[1:]] == ["get-skill-simulation"] * 2


def test_a_recorded_simulation_missing_a_phrase_fails_saying_what_alexa_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_replay(tmp_path, "check", [{"said": SAFETY_CHECK, "expect": ["999"],
                                      "never": ["safety check"]}])  # fmt: skip
    alexa = RecordedAlexa(fixture("simulation_result.json"), polls_in_progress=0)

    status = device_check.run(
        load_all(tmp_path), ["check"], Simulator("sid", alexa, lambda _: None)
    )

    printed = capsys.readouterr().out
    assert status == 1
    assert 'missing "999"; should not say "safety check"' in printed
    assert "Alexa said: First, a safety check." in printed
    assert "device-check: 0 of 1 replays as expected" in printed


def test_a_failed_simulation_is_reported_as_the_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_replay(tmp_path, "check", [{"said": SAFETY_CHECK, "expect": ["safety check"]}])
    failed = copy.deepcopy(fixture("simulation_result.json"))
    failed["status"] = "FAILED"
    failed["result"] = {"error": {"code": "400", "message": "Skill is not enabled"}}

    status = device_check.run(
        load_all(tmp_path), ["check"], Simulator("sid", RecordedAlexa(failed), lambda _: None)
    )

    assert status == 1
    assert "the simulation failed: Skill is not enabled" in capsys.readouterr().out


def test_without_an_evaluation_set_nlu_profile_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert nlu_profile.main(["--evaluation", str(tmp_path / "evaluation")]) == 0

    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 1
    assert printed[0].startswith("nlu-profile: no evaluation set in ")


def evaluation(folder: Path) -> Path:
    folder.mkdir()
    lines = [
        {"utterance": "my legs are numb", "context": "safety_check", "intent": "SymptomIntent",
         "slots": {"symptom": "NUMB_LEGS"}, "set": "held-out", "red_flag": True},
        {"utterance": "no I don't think so", "context": "safety_check",
         "intent": "AMAZON.NoIntent", "slots": {}, "set": "dev", "red_flag": False},
    ]  # fmt: skip
    (folder / "en-AU.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    return folder


@pytest.mark.usefixtures("dry")
def test_a_dry_nlu_profile_prints_each_utterance_it_would_send(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert nlu_profile.main(["--evaluation", str(evaluation(tmp_path / "evaluation"))]) == 0

    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("nlu-profile: dry run (DRY_RUN is set)")
    assert printed[1] == (
        f"ask smapi profile-nlu --skill-id {PLACEHOLDER_SKILL_ID} --stage development "
        "--locale en-AU --utterance 'my legs are numb'  # expect SymptomIntent"
    )


def test_the_profiler_answer_is_compared_by_intent_and_slot_value_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = nlu_profile.evaluation_lines(evaluation(tmp_path / "evaluation"), None)
    recorded = fixture("profile_nlu_result.json")

    status = nlu_profile.profile(lines, "sid", lambda command: recorded)

    printed = capsys.readouterr().out
    # The red flag was heard as its value id; the denial was not (the recording is a symptom).
    assert status == 0
    assert "held-out: 1 of 1 (100.0%)" in printed
    assert "dev: 0 of 1 (0.0%)" in printed
    assert '"no I don\'t think so": SymptomIntent instead of AMAZON.NoIntent' in printed


def test_a_red_flag_the_profiler_misses_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = nlu_profile.evaluation_lines(evaluation(tmp_path / "evaluation"), None)
    recorded = copy.deepcopy(fixture("profile_nlu_result.json"))
    symptom = recorded["selectedIntent"]["slots"]["symptom"]
    symptom["resolutions"]["resolutionsPerAuthority"][0]["values"][0]["value"]["id"] = "TINGLING"

    status = nlu_profile.profile(lines, "sid", lambda command: recorded)

    assert status == 1
    assert "slot symptom is 'TINGLING', not 'NUMB_LEGS'" in capsys.readouterr().out
