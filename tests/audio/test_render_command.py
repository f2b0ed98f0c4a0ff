"""`acupressure-helper audio render` renders through the helper's own command."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.cli import main

# Rendering takes ffmpeg's loudness passes; the segments themselves, through the same
# command, are rendered once for the whole tier by tests/audio/test_render.py.
pytestmark = pytest.mark.slow


def test_audio_render_writes_the_chime_and_its_manifest(tmp_path: Path) -> None:
    assert main(["audio", "render", "--out", str(tmp_path), "--only", "chime"]) == 0
    assert (tmp_path / "chime.mp3").stat().st_size > 0
    assert '"chime"' in (tmp_path / "manifest.json").read_text()


def test_audio_render_refuses_a_segment_it_does_not_know(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as refused:
        main(["audio", "render", "--out", str(tmp_path), "--only", "no-such-segment"])
    assert refused.value.code == 2
    assert not (tmp_path / "manifest.json").exists()
