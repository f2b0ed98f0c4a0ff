"""`acupressure-helper audio render` renders through the helper's own command."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.cli import main

# Rendering one segment with its loudness passes takes most of a minute of processor time.
pytestmark = pytest.mark.slow


def test_audio_render_writes_a_segment_and_its_manifest(tmp_path: Path) -> None:
    assert main(["audio", "render", "--out", str(tmp_path), "--only", "quiet-final-short"]) == 0
    assert (tmp_path / "quiet-final-short.mp3").stat().st_size > 0
    assert (tmp_path / "manifest.json").exists()
