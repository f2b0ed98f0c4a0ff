"""The pictures the skill shows, and where devices fetch them.

They are hosted beside the hold audio, under `<AUDIO_BASE_URL>/images/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from skill.audio.urls import base_url

DRAWING = Path(__file__).resolve().with_name("bladder-40.svg")
IMAGES_FOLDER = "images"


@dataclass(frozen=True)
class Picture:
    """One rendering of the drawing: its file name, size and the part of the drawing it shows."""

    name: str
    width: int
    height: int
    view_box: str = "0 0 1200 800"


# Alexa app cards: 720×480 small and 1200×800 large; AudioPlayer art is square.
CARD_SMALL = Picture("bladder-40-720x480.png", 720, 480)
CARD_LARGE = Picture("bladder-40-1200x800.png", 1200, 800)
ART = Picture("bladder-40-art-512.png", 512, 512, view_box="300 100 600 600")
PICTURES = (CARD_SMALL, CARD_LARGE, ART)


def image_url(picture: Picture) -> str:
    return f"{base_url()}/{IMAGES_FOLDER}/{picture.name}"
