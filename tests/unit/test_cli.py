"""Every subcommand of `acupressure-helper` is reachable and parses its own words."""

from __future__ import annotations

import pytest

from toolkit.cli import main


def test_audio_render_reaches_the_renderer(capsys: pytest.CaptureFixture[str]) -> None:
    # Rendering for real takes a minute: tests/audio/test_render_command.py does it.
    with pytest.raises(SystemExit) as done:
        main(["audio", "render", "--help"])
    assert done.value.code == 0
    usage = capsys.readouterr().out
    assert usage.startswith("usage: acupressure-helper audio render")
    assert "quiet-final-short" in usage


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
