"""Write every locale's interaction model from its language's source, or check that none drifted.

python -m toolkit.simulator.build_models           # write the locale files
python -m toolkit.simulator.build_models --check   # exit 1 if a locale file differs

Each language has one source: English's is model_source.json, another's
model_source.<language>.json (model_source.de.json), with the same intents and slots.
Every locale a source names shares its `languageModel`; `localeSamples` adds a locale's
own everyday words ("me back's killing me" in en-AU) to that locale's model alone:
`{"en-AU": {"BackPainIntent": ["me back's killing me"]}}`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from toolkit.simulator.model import MODEL_ROOT, locale_model_path, source_paths

SOURCE_NAME = "model_source.json"


def _intent(intent: dict[str, Any], own_samples: list[str]) -> dict[str, Any]:
    built: dict[str, Any] = {"name": intent["name"]}
    if intent.get("slots"):
        built["slots"] = [dict(slot) for slot in intent["slots"]]
    built["samples"] = [*intent.get("samples", []), *own_samples]
    return built


class UnknownIntentError(ValueError):
    """A locale's own samples name an intent the shared model does not have."""


class LocaleTwiceError(ValueError):
    """Two sources name the same locale."""


def _language_model(language: dict[str, Any], own: dict[str, list[str]]) -> dict[str, Any]:
    names = {intent["name"] for intent in language["intents"]}
    unknown = sorted(set(own) - names)
    if unknown:
        raise UnknownIntentError(f"localeSamples name unknown intents: {', '.join(unknown)}")
    return {
        "invocationName": language["invocationName"],
        "intents": [_intent(intent, own.get(intent["name"], [])) for intent in language["intents"]],
        "types": list(language.get("types", [])),
    }


def build_locale_models(source: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The interaction model document of each locale named in the source, with its own words."""
    own_words: dict[str, dict[str, list[str]]] = source.get("localeSamples", {})
    return {
        locale: {
            "interactionModel": {
                "languageModel": _language_model(source["languageModel"], own_words.get(locale, {}))
            }
        }
        for locale in source["locales"]
    }


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def read_source(root: Path, name: str = SOURCE_NAME) -> dict[str, Any]:
    with (root / name).open(encoding="utf-8") as file:
        source: dict[str, Any] = json.load(file)
    return source


def build_all(root: Path) -> dict[str, dict[str, Any]]:
    """The model of every locale of every language's source."""
    built: dict[str, dict[str, Any]] = {}
    for path in source_paths(root):
        for locale, document in build_locale_models(read_source(root, path.name)).items():
            if locale in built:
                raise LocaleTwiceError(f"{locale} is named by two sources (again in {path.name})")
            built[locale] = document
    return built


def stale_files(root: Path) -> list[Path]:
    """Locale files that differ from what the sources generate (or are missing)."""
    stale = []
    for locale, document in build_all(root).items():
        path = locale_model_path(locale, root)
        if not path.exists() or path.read_text(encoding="utf-8") != render(document):
            stale.append(path)
    return stale


def write_all(root: Path) -> list[Path]:
    written = []
    for locale, document in build_all(root).items():
        path = locale_model_path(locale, root)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(document), encoding="utf-8")
        written.append(path)
    return written


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m toolkit.simulator.build_models")
    parser.add_argument("--check", action="store_true", help="exit 1 if a locale file differs")
    parser.add_argument("--root", type=Path, default=MODEL_ROOT, help="the skill package folder")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files(args.root)
        for path in stale:
            print(f"out of date: {_shown(path)} (run `make model`)", file=sys.stderr)
        return 1 if stale else 0
    for path in write_all(args.root):
        print(f"wrote {_shown(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
