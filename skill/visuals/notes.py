"""Words worth reading as well as hearing (the safety check): a card and an APL page of text."""

from __future__ import annotations

from typing import Any

from ask_sdk_model import Directive
from ask_sdk_model.ui import SimpleCard

NOTE_TOKEN = "note"  # noqa: S105 - names a screen, not a secret


def note_card(title: str, text: str) -> SimpleCard:
    return SimpleCard(title=title, content=text)


def _document() -> dict[str, Any]:
    return {
        "type": "APL",
        "version": "2023.3",
        "theme": "light",
        "mainTemplate": {
            "parameters": ["note"],
            "items": [
                {
                    "type": "Container",
                    "width": "100vw",
                    "height": "100vh",
                    "direction": "column",
                    "justifyContent": "center",
                    "paddingLeft": "6vw",
                    "paddingRight": "6vw",
                    "items": [
                        {"type": "Text", "text": "${note.title}", "fontSize": "36dp"},
                        {
                            "type": "Text",
                            "text": "${note.text}",
                            "fontSize": "28dp",
                            "paddingTop": "3vh",
                        },
                    ],
                }
            ],
        },
    }


def note_screen(title: str, text: str) -> Directive:
    """An APL page with the note's title and words."""
    from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective

    return RenderDocumentDirective(
        token=NOTE_TOKEN,
        document=_document(),
        datasources={"note": {"title": title, "text": text}},
    )
