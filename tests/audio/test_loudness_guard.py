"""No recording leaves the render quieter or louder than Alexa's voice, in any language.

The render brings every file to about -14 LUFS with true peaks at or below -3 dBTP, and
then measures what it encoded; a file that still misses (a voice or a codec that behaves
otherwise) fails the render with one line naming it, instead of shipping.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.audio import render
from toolkit.audio.loudness import Loudness
from toolkit.audio.mixdown import RenderError


class _Unused:
    def speech(self, text: str) -> bytes:
        raise AssertionError("the chime alone needs no speech")


@pytest.mark.parametrize(
    ("measured", "said"),
    [
        (Loudness(-20.0, -8.0), "-20.0 LUFS"),
        (Loudness(-14.0, -1.5), "-1.5 dBTP"),
    ],
)
def test_a_file_that_misses_alexas_loudness_fails_the_render(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, measured: Loudness, said: str
) -> None:
    monkeypatch.setattr(render, "measure_file", lambda path: measured)

    with pytest.raises(RenderError, match=f"chime.mp3 is at .*{said}"):
        render.render_all(tmp_path / "de-DE", _Unused(), only=["chime"])

    assert not (tmp_path / "de-DE" / "manifest.json").exists()


def test_a_file_at_alexas_loudness_is_kept(tmp_path: Path) -> None:
    manifest = render.render_all(tmp_path, _Unused(), only=["chime"])

    [chime] = manifest.entries
    assert chime.loudness_lufs is not None
    assert chime.true_peak_dbtp is not None
    assert Loudness(chime.loudness_lufs, chime.true_peak_dbtp).fits
