"""A new language's recordings say only its pack's words: the renderer adds none.

Every segment of the hold is planned with the pseudo-language's marks
(tests/support/pseudo_pack.py): the sentences the voice would record, each segment's
transcript, and its layout must ask for nothing but the pack's words. Any English left
once those go was written by the renderer, and a new language's recordings would say it.
"""

from __future__ import annotations

import pytest

from skill.routine.hold_segments import SegmentSpec, catalogue
from skill.speech import languages
from skill.speech.languages import ENGLISH
from skill.speech.locales import SUPPORTED_LOCALES
from skill.speech.marks_said import saying
from tests.support.pseudo_pack import CLOSE, OPEN, pseudo_pack, untransformed
from toolkit.audio.mixdown import lay_out
from toolkit.audio.pcm import ms_to_bytes
from toolkit.audio.render import spoken_texts, transcript
from toolkit.audio.voices import VOICES

MARKS = pseudo_pack(ENGLISH).marks
# A short sound for every sentence: the layout asks for each by its words.
SPOKEN = bytes(ms_to_bytes(100))


def test_every_sentence_the_voice_records_is_the_pack_s() -> None:
    texts = spoken_texts(catalogue(), MARKS)
    # Counts from sixty minutes down, the last ten seconds, and the three closings.
    assert len(texts) > 60
    assert [(text, left) for text in texts if (left := untransformed(text))] == []
    # The same sentences as English's, each made of the pack's turned words (a capital
    # letter put on a sentence lands on the pseudo bracket, so case is left aside).
    english = spoken_texts(catalogue(), ENGLISH.marks)
    assert sorted(_unturned(text).casefold() for text in texts) == sorted(
        text.casefold() for text in english
    )


_UNACCENTED = str.maketrans("áéíóúýÁÉÍÓÚÝçñšž", "aeiouyAEIOUYcnsz")


def _unturned(text: str) -> str:
    """A pseudo sentence back in English: brackets gone, accents off."""
    return text.replace(f"~{CLOSE}", "").replace(OPEN, "").translate(_UNACCENTED)


@pytest.mark.parametrize("spec", catalogue(), ids=lambda spec: spec.audio_id)
def test_each_segment_s_transcript_and_layout_say_only_the_pack_s_words(
    spec: SegmentSpec,
) -> None:
    lines = transcript(spec, MARKS)
    recorded = set(spoken_texts([spec], MARKS))

    assert [line.at_ms for line in lines] == [mark.at_ms for mark in spec.heard]
    assert {line.text for line in lines} - {""} == recorded
    assert [line.text for line in lines if untransformed(line.text)] == []
    # Laid out from the recorded sentences alone: no other words are asked for.
    placed = lay_out(spec, dict.fromkeys(recorded, SPOKEN), b"", saying(MARKS))
    assert len(placed) == len(lines)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_language_s_recordings_have_a_voice_of_their_own(locale: str) -> None:
    recordings = languages.words_for(locale).hold.RECORDINGS
    assert recordings in VOICES, f"{locale}: no voice for {recordings!r}"
