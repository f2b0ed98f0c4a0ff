"""Every picture, rendered with the real tools and checked as a person would look at it."""

from __future__ import annotations

from pathlib import Path

import pytest

from skill.visuals.images import (
    ART,
    CARD_LARGE,
    CARD_SMALL,
    ICON_LARGE,
    ICON_SMALL,
    NOW_PLAYING_BACKGROUND,
    PICTURES,
    Picture,
    image_url,
)
from toolkit.visuals.checks import check_picture, shown_width
from toolkit.visuals.pixels import png_size, rgba
from toolkit.visuals.render import render_picture


@pytest.mark.parametrize("picture", PICTURES, ids=lambda picture: picture.name)
def test_every_picture_passes_every_check(picture: Picture, tmp_path: Path) -> None:
    png = render_picture(picture, tmp_path)
    checks = check_picture(picture, png)
    assert [check.rule for check in checks] == ["size", "shape", "words", "margin", "whole"]
    assert [check for check in checks if not check.passed] == []
    # A drawing, not an empty canvas (a flat 108-pixel square is under 300 bytes).
    assert png.stat().st_size > min(5_000, picture.width * picture.height // 4)


def test_the_art_is_square_and_the_now_playing_background_wide_as_amazon_asks() -> None:
    # AudioPlayer interface reference: art at least 480 × 480, backgrounds 1024 × 640.
    assert ART.width == ART.height >= 480
    assert (NOW_PLAYING_BACKGROUND.width, NOW_PLAYING_BACKGROUND.height) == (1024, 640)


def test_white_words_read_over_the_now_playing_background(tmp_path: Path) -> None:
    pixels = rgba(render_picture(NOW_PLAYING_BACKGROUND, tmp_path))

    def luminance(value: int) -> float:
        channel = value / 255
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    lightest = max(
        0.2126 * luminance(pixels[i])
        + 0.7152 * luminance(pixels[i + 1])
        + 0.0722 * luminance(pixels[i + 2])
        for i in range(0, len(pixels), 4 * 97)
    )
    # WCAG AA for normal text: white over the lightest part at least 4.5 to 1.
    assert (1.05) / (lightest + 0.05) >= 4.5
    assert "<text" not in NOW_PLAYING_BACKGROUND.drawing.read_text(encoding="utf-8")


def test_words_are_measured_where_the_smallest_echo_show_draws_each_picture() -> None:
    # The APL page: 90vw × 65vh of a 960 × 480 screen, best fit for a 3:2 picture: 468 × 312.
    assert shown_width(CARD_LARGE) == pytest.approx(468)
    # The art on the now-playing screen, by estimate; a card at its own size.
    assert shown_width(ART) == 300
    assert shown_width(CARD_SMALL) == 720


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


def test_pictures_are_hosted_beside_the_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIO_BASE_URL", "https://media.example.com/v1/")
    assert image_url(CARD_SMALL) == "https://media.example.com/v1/images/bladder-40-720x480.png"
    assert image_url(NOW_PLAYING_BACKGROUND).endswith("/images/now-playing-1024x640.png")
