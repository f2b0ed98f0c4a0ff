"""Every subcommand of `acupressure-helper` is reachable and parses its own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.cli import main


def test_audio_render_writes_a_segment_and_its_manifest(tmp_path: Path) -> None:
    assert main(["audio", "render", "--out", str(tmp_path), "--only", "quiet-final-short"]) == 0
    assert (tmp_path / "quiet-final-short.mp3").stat().st_size > 0
    assert (tmp_path / "manifest.json").exists()


def test_audio_without_render_says_how_to_use_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audio"]) == 2
    assert "audio render" in capsys.readouterr().err


def test_serve_refuses_to_skip_verification_off_this_computer() -> None:
    assert main(["serve", "--no-verify", "--host", "0.0.0.0"]) == 2


def test_db_create_needs_a_table_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SESSIONS_TABLE", raising=False)
    assert main(["db", "create"]) == 2


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    for command in ("chat", "audio", "db", "serve"):
        assert command in listed
