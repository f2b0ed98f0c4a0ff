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
# What an Echo Show draws behind the art while a hold plays: no words, nothing busy.
NOW_PLAYING_DRAWING = Path(__file__).resolve().with_name("now-playing.svg")
IMAGES_FOLDER = "images"


class Picture(NamedTuple):
    """One rendering of a drawing: its file name, size and the part of the drawing it shows.

    The part shown (`view_box`, in the drawing's units) has the picture's own shape, so
    nothing is stretched: toolkit/visuals/render.py refuses one that has not.
    """

    name: str
    width: int
    height: int
    view_box: str = "0 0 1200 800"
    drawing: Path = DRAWING


# Alexa app cards: 720×480 small and 1200×800 large. The large one is the APL page's too.
CARD_SMALL = Picture("bladder-40-720x480.png", 720, 480)
CARD_LARGE = Picture("bladder-40-1200x800.png", 1200, 800)
# The AudioPlayer's metadata, shown on a screen through every hold (AudioPlayer interface
# reference, "AudioPlayer on Alexa-enabled devices with a screen"): the art is square,
# 480 × 480 pixels at least; the background image 1024 × 640 at least, dark enough for
# the device's white words over it. The art is the middle square of the point's drawing,
# which holds all of its words and lines.
ART = Picture("bladder-40-art-512.png", 512, 512, view_box="200 0 800 800")
NOW_PLAYING_BACKGROUND = Picture(
    "now-playing-1024x640.png", 1024, 640, view_box="0 0 1024 640", drawing=NOW_PLAYING_DRAWING
)
# The Alexa Skills Store's icons: PNG, 108×108 and 512×512 (skill.json's smallIconUri
# and largeIconUri, filled in at deploy by infra/skill_manifest.py).
ICON_SMALL = Picture("icon-108.png", 108, 108, view_box="0 0 512 512", drawing=ICON_DRAWING)
ICON_LARGE = Picture("icon-512.png", 512, 512, view_box="0 0 512 512", drawing=ICON_DRAWING)
PICTURES = (CARD_SMALL, CARD_LARGE, ART, NOW_PLAYING_BACKGROUND, ICON_SMALL, ICON_LARGE)


def image_url(picture: Picture) -> str:
    return f"{base_url()}/{IMAGES_FOLDER}/{picture.name}"
