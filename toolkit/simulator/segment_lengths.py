"""How long each recorded segment of a hold plays: measured when rendered, else estimated."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from skill.routine.hold_segments import segment_spec
from skill.speech import hold_marks
from skill.speech.marks_said import words
from toolkit.audio.manifest import Manifest

# How long a closing takes to say, for files not rendered yet.
CLOSING_MS_PER_WORD = 400

# The length in milliseconds of a recorded segment, by its audio id.
FileLength = Callable[[str], int]


def estimated_length_ms(audio_id: str) -> int:
    """A segment's length before it is rendered: its marks, then its closing said at a calm pace."""
    spec = segment_spec(audio_id)
    closing = spec.closing_mark
    closing_words = len(words(hold_marks, closing.said).split()) if closing is not None else 0
    return spec.nominal_ms + CLOSING_MS_PER_WORD * closing_words


def file_lengths(manifest: Path | None) -> FileLength:
    """Segment lengths: measured ones from a manifest of rendered audio, when there is one."""
    measured: dict[str, int] = {}
    if manifest is not None and manifest.is_file():
        measured = {entry.id: entry.duration_ms for entry in Manifest.load(manifest).entries}

    def length(audio_id: str) -> int:
        return measured.get(audio_id) or estimated_length_ms(audio_id)

    return length
