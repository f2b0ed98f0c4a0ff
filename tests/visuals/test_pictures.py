"""The drawing of the point, rendered with the real tool, and where people see it."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from skill.visuals.images import (
    ART,
    CARD_LARGE,
    CARD_SMALL,
    ICON_LARGE,
    ICON_SMALL,
    PICTURES,
    image_url,
)
from toolkit.visuals.render import main, render_picture, render_pictures


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_picture_is_drawn_at_its_size(tmp_path: Path) -> None:
    paths = render_pictures(tmp_path)
    assert [path.name for path in paths] == [picture.name for picture in PICTURES]
    for picture, path in zip(PICTURES, paths, strict=True):
        assert png_size(path) == (picture.width, picture.height)
        # A drawing, not an empty canvas (a flat 108-pixel square is under 300 bytes).
        assert path.stat().st_size > min(5_000, picture.width * picture.height // 4)


def test_the_icons_are_drawn_from_the_point_without_words(tmp_path: Path) -> None:
    icon = ICON_LARGE.drawing.read_text(encoding="utf-8")
    point = CARD_LARGE.drawing.read_text(encoding="utf-8")
    # The same skin, crease and point colours as the picture of the point, and no text.
    for colour in ("#f3cdb1", "#9c6a4f", "#2f7d6d"):
        assert colour in icon and colour in point
    assert "<text" not in icon
    assert {png_size(render_picture(icon_, tmp_path)) for icon_ in (ICON_SMALL, ICON_LARGE)} == {
        (108, 108),
        (512, 512),
    }


def test_the_command_draws_into_the_folder_it_is_given(tmp_path: Path) -> None:
    assert main(["--out", str(tmp_path / "images")]) == 0
    assert png_size(tmp_path / "images" / ART.name) == (512, 512)


def test_pictures_are_hosted_beside_the_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIO_BASE_URL", "https://media.example.com/v1/")
    assert image_url(CARD_SMALL) == "https://media.example.com/v1/images/bladder-40-720x480.png"
    assert image_url(CARD_LARGE).startswith("https://")
