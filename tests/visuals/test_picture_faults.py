"""The picture checks catch what a person would see wrong: each fault put back, one by one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from skill.visuals.images import ART, CARD_LARGE, ICON_LARGE, Picture
from toolkit.visuals import pictures, render
from toolkit.visuals.checks import Check, check_picture
from toolkit.visuals.render import RenderError, render_picture

POINT = CARD_LARGE.drawing.read_text(encoding="utf-8")
ICON = ICON_LARGE.drawing.read_text(encoding="utf-8")


def failed(picture: Picture, tmp_path: Path, svg: str | None = None) -> set[str]:
    png = render_picture(picture, tmp_path, svg)
    return {check.rule for check in check_picture(picture, png, svg) if not check.passed}


def test_a_square_cut_from_a_wide_drawing_is_drawn_square_not_squeezed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert failed(ART, tmp_path) == set()

    def view_box_only(svg: str, picture: Picture) -> str:
        # The old framing: the art's square view box, but the drawing's 1200 × 800 size kept,
        # which rsvg-convert then squeezed sideways into 512 × 512.
        return re.sub(r'viewBox="[^"]*"', f'viewBox="{picture.view_box}"', svg, count=1)

    monkeypatch.setattr(render, "_framed", view_box_only)
    assert "shape" in failed(ART, tmp_path)


def test_a_view_box_of_another_shape_than_its_picture_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="stretched"):
        render_picture(ART._replace(view_box="200 0 1200 800"), tmp_path)


def test_a_crop_that_cuts_words_off_fails(tmp_path: Path) -> None:
    # The art's old crop: "press here" cut to "ss here", the title and caption clipped.
    assert failed(ART._replace(view_box="300 100 600 600"), tmp_path) == {"margin", "whole"}


def test_words_too_small_where_the_picture_is_shown_fail(tmp_path: Path) -> None:
    # 26 units were the caption's size: 10 px on the smallest Echo Show's APL page.
    small = POINT.replace('font-size="32"', 'font-size="26"')
    assert failed(CARD_LARGE, tmp_path, small) == {"words"}


def test_a_label_touching_an_edge_fails(tmp_path: Path) -> None:
    edge = POINT.replace('<text x="752" y="482"', '<text x="1150" y="482"')
    assert failed(CARD_LARGE, tmp_path, edge) == {"margin"}


def test_an_icon_without_amazons_padding_fails(tmp_path: Path) -> None:
    # The old icon: the leg ran off the top and bottom of the square.
    full = ICON.replace('r="177" fill="#f6f1e9"', 'r="250" fill="#f6f1e9"')
    assert failed(ICON_LARGE, tmp_path, full) == {"margin"}


def test_a_text_with_no_size_is_refused(tmp_path: Path) -> None:
    unsized = POINT.replace('<text x="752" y="482" font-size="32">', '<text x="752" y="482">')
    with pytest.raises(ValueError, match="crease"):
        failed(CARD_LARGE, tmp_path, unsized)


@pytest.mark.slow
def test_make_pictures_draws_every_picture_and_fails_on_one_not_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert pictures.main(["--out", str(tmp_path / "images")]) == 0
    assert "FAIL" not in capsys.readouterr().out
    assert (tmp_path / "images" / ART.name).exists()

    def margin_fails(picture: Picture, png: Path, svg: str | None = None) -> list[Check]:
        return [Check("margin", picture != ART, "touching")]

    monkeypatch.setattr(pictures, "check_picture", margin_fails)
    assert pictures.main(["--out", str(tmp_path / "images")]) == 1
    output = capsys.readouterr()
    assert "FAIL margin: touching" in output.out
    assert f"Not right: {ART.name}" in output.err


def test_a_size_set_in_a_style_counts_too(tmp_path: Path) -> None:
    styled = POINT.replace(
        '<text x="752" y="482" font-size="32">', '<text x="752" y="482" style="font-size: 20px">'
    )
    assert failed(CARD_LARGE, tmp_path, styled) == {"words"}
