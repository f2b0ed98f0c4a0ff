"""The manifest of rendered segments: what each file is, how long, and what it says when."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MANIFEST_NAME = "manifest.json"


@dataclass(frozen=True)
class TranscriptLine:
    """A mark as heard in the file: at `at_ms`, `text` ("" for a chime alone)."""

    at_ms: int
    text: str
    chime: bool = False


@dataclass(frozen=True)
class ManifestEntry:
    id: str
    file: str
    duration_ms: int
    transcript: tuple[TranscriptLine, ...]
    sha256: str
    # As measured in the encoded file by ffmpeg's ebur128 filter (see toolkit.audio.loudness).
    loudness_lufs: float | None = None
    true_peak_dbtp: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file,
            "duration_ms": self.duration_ms,
            "transcript": [
                {"at_ms": line.at_ms, "text": line.text, "chime": line.chime}
                for line in self.transcript
            ],
            "sha256": self.sha256,
            "loudness_lufs": self.loudness_lufs,
            "true_peak_dbtp": self.true_peak_dbtp,
        }

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> ManifestEntry:
        return cls(
            id=str(item["id"]),
            file=str(item["file"]),
            duration_ms=int(item["duration_ms"]),
            transcript=tuple(
                TranscriptLine(int(line["at_ms"]), str(line["text"]), bool(line.get("chime")))
                for line in item["transcript"]
            ),
            sha256=str(item["sha256"]),
            loudness_lufs=_decibels(item.get("loudness_lufs")),
            true_peak_dbtp=_decibels(item.get("true_peak_dbtp")),
        )


def _decibels(value: Any) -> float | None:
    return None if value is None else float(value)


@dataclass(frozen=True)
class Manifest:
    entries: tuple[ManifestEntry, ...] = ()

    @classmethod
    def load(cls, path: Path) -> Manifest:
        items = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(items, list):
            raise ValueError(f"{path} is not a list of audio files")
        return cls(tuple(ManifestEntry.from_json(item) for item in items))

    def save(self, path: Path) -> None:
        text = json.dumps([entry.to_json() for entry in self.entries], indent=2)
        partial = path.with_name(f".{path.name}.partial")
        partial.write_text(f"{text}\n", encoding="utf-8")
        partial.replace(path)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(entry.id for entry in self.entries)

    def entry(self, audio_id: str) -> ManifestEntry:
        for entry in self.entries:
            if entry.id == audio_id:
                return entry
        raise KeyError(f"no audio called {audio_id!r} in the manifest")

    def duration_ms(self, audio_id: str) -> int:
        return self.entry(audio_id).duration_ms

    def updated(self, entries: Iterable[ManifestEntry]) -> Manifest:
        """This manifest with `entries` added, replacing any with the same id."""
        fresh = {entry.id: entry for entry in entries}
        kept = [fresh.pop(entry.id, entry) for entry in self.entries]
        return Manifest((*kept, *fresh.values()))
