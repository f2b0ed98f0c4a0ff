"""The interaction model of one locale, as the simulator reads it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MODEL_ROOT = Path(__file__).resolve().parents[2] / "interaction_model"


def source_paths(root: Path = MODEL_ROOT) -> list[Path]:
    """Each language's model source: English's model_source.json, then model_source.<lang>.json."""
    return [root / "model_source.json", *sorted(root.glob("model_source.*.json"))]


def locales_by_source(root: Path = MODEL_ROOT) -> dict[Path, tuple[str, ...]]:
    """Each model source, and the locales it names (a language's locales share it)."""
    named: dict[Path, tuple[str, ...]] = {}
    for path in source_paths(root):
        with path.open(encoding="utf-8") as file:
            named[path] = tuple(json.load(file)["locales"])
    return named


def source_locales(root: Path = MODEL_ROOT) -> tuple[str, ...]:
    """Every locale a model source names, English's first."""
    return tuple(locale for named in locales_by_source(root).values() for locale in named)


# The locales the skill has a model for (and so the local device speaks).
LOCALES: tuple[str, ...] = source_locales()


@dataclass(frozen=True)
class SlotSpec:
    name: str
    type: str


@dataclass(frozen=True)
class IntentSpec:
    name: str
    samples: tuple[str, ...]
    slots: tuple[SlotSpec, ...] = ()

    def slot_type(self, slot_name: str) -> str:
        return next(slot.type for slot in self.slots if slot.name == slot_name)


@dataclass(frozen=True)
class SlotTypeValue:
    """One value of a custom slot type: its canonical name, id and synonyms."""

    name: str
    id: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class SlotType:
    name: str
    values: tuple[SlotTypeValue, ...]


@dataclass(frozen=True)
class InteractionModel:
    invocation_name: str
    intents: tuple[IntentSpec, ...]
    types: tuple[SlotType, ...] = ()

    def intent(self, name: str) -> IntentSpec | None:
        return next((intent for intent in self.intents if intent.name == name), None)

    def slot_type(self, name: str) -> SlotType | None:
        return next((kind for kind in self.types if kind.name == name), None)


def locale_model_path(locale: str, root: Path = MODEL_ROOT) -> Path:
    return root / "interactionModels" / "custom" / f"{locale}.json"


def parse_language_model(language_model: dict[str, Any]) -> InteractionModel:
    """The model from the `languageModel` object of an ASK interaction model."""
    intents = tuple(
        IntentSpec(
            name=intent["name"],
            samples=tuple(intent.get("samples", ())),
            slots=tuple(SlotSpec(slot["name"], slot["type"]) for slot in intent.get("slots", ())),
        )
        for intent in language_model["intents"]
    )
    types = tuple(
        SlotType(
            name=kind["name"],
            values=tuple(
                SlotTypeValue(
                    name=value["name"]["value"],
                    id=value.get("id") or value["name"]["value"],
                    synonyms=tuple(value["name"].get("synonyms", ())),
                )
                for value in kind.get("values", ())
            ),
        )
        for kind in language_model.get("types", ())
    )
    return InteractionModel(language_model["invocationName"], intents, types)


def load_model(locale: str, root: Path = MODEL_ROOT) -> InteractionModel:
    """The generated interaction model of `locale`."""
    with locale_model_path(locale, root).open(encoding="utf-8") as file:
        document = json.load(file)
    return parse_language_model(document["interactionModel"]["languageModel"])


def listed_name(locale: str, unlisted: str, root: Path = MODEL_ROOT) -> str:
    """The skill's name in `locale`'s store listing (skill.json), as Alexa's own prompts
    name it ("Ayudante de Acupresión"), or `unlisted` (the invocation name) where it is not.

    "Set Up Voice Permissions for Reminders": "Alexa (as determined by Alexa): Do you give
    Sports News Example permission ...", the skill's name as it is listed, not its
    invocation name.
    """
    with (root / "skill.json").open(encoding="utf-8") as file:
        listings = json.load(file)["manifest"]["publishingInformation"]["locales"]
    listing = listings.get(locale) or {}
    return str(listing.get("name") or unlisted)
