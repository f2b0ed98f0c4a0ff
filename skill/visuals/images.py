"""The pictures the skill shows, and where devices fetch them.

They are hosted beside the hold audio, under `<AUDIO_BASE_URL>/images/`.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from skill.audio.urls import base_url

DRAWING = Path(__file__).resolve().with_name("bladder-40.svg")
# The skill's icon: the same leg, crease and point, close up and without words.
ICON_DRAWING = Path(__file__).resolve().with_name("icon.svg")
IMAGES_FOLDER = "images"


class Picture(NamedTuple):
    """One rendering of the drawing: its file name, size and the part of the drawing it shows."""

    name: str
    width: int
    height: int
    view_box: str = "0 0 1200 800"
    drawing: Path = DRAWING


# Alexa app cards: 720×480 small and 1200×800 large; AudioPlayer art is square.
CARD_SMALL = Picture("bladder-40-720x480.png", 720, 480)
CARD_LARGE = Picture("bladder-40-1200x800.png", 1200, 800)
ART = Picture("bladder-40-art-512.png", 512, 512, view_box="300 100 600 600")
# The Alexa Skills Store's icons: PNG, 108×108 and 512×512 (skill.json's smallIconUri
# and largeIconUri, filled in at deploy by infra/skill_manifest.py).
ICON_SMALL = Picture("icon-108.png", 108, 108, view_box="0 0 512 512", drawing=ICON_DRAWING)
ICON_LARGE = Picture("icon-512.png", 512, 512, view_box="0 0 512 512", drawing=ICON_DRAWING)
PICTURES = (CARD_SMALL, CARD_LARGE, ART, ICON_SMALL, ICON_LARGE)


def image_url(picture: Picture) -> str:
    return f"{base_url()}/{IMAGES_FOLDER}/{picture.name}"
