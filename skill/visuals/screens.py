"""What screens show while the person finds the point: an Alexa app card and an APL page."""

from __future__ import annotations

from typing import Any

from ask_sdk_model import Directive
from ask_sdk_model.ui import Image, StandardCard

from skill.visuals.images import CARD_LARGE, CARD_SMALL, image_url

SCREEN_TOKEN = "point"  # noqa: S105 - names a screen, not a secret


def point_card(title: str, text: str) -> StandardCard:
    """A card in the Alexa app: the picture and the step just spoken."""
    return StandardCard(
        title=title,
        text=text,
        image=Image(small_image_url=image_url(CARD_SMALL), large_image_url=image_url(CARD_LARGE)),
    )


def _document() -> dict[str, Any]:
    return {
        "type": "APL",
        "version": "2023.3",
        "theme": "light",
        "mainTemplate": {
            "parameters": ["point"],
            "items": [
                {
                    "type": "Container",
                    "width": "100vw",
                    "height": "100vh",
                    "direction": "column",
                    "alignItems": "center",
                    "justifyContent": "center",
                    "items": [
                        {
                            "type": "Image",
                            "source": "${point.image}",
                            "width": "90vw",
                            "height": "65vh",
                            "scale": "best-fit",
                        },
                        {
                            "type": "Text",
                            "text": "${point.step}",
                            "textAlign": "center",
                            "fontSize": "28dp",
                            "paddingLeft": "5vw",
                            "paddingRight": "5vw",
                            "paddingTop": "2vh",
                        },
                    ],
                }
            ],
        },
    }


def point_screen(text: str) -> Directive:
    """An APL page: the picture, with the step just spoken beneath it."""
    # Only devices with a screen need the APL models: not on every cold start.
    from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective

    return RenderDocumentDirective(
        token=SCREEN_TOKEN,
        document=_document(),
        datasources={"point": {"image": image_url(CARD_LARGE), "step": text}},
    )
