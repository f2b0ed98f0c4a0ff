"""Rendering the hold segments ahead of time: `python -m toolkit.audio.render --out build/audio`.

Each segment is built as PCM (every mark's sound at its exact place over silence) and
encoded once, so mark positions are exact. The files are never made at request time.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from botocore.exceptions import BotoCoreError, ClientError

from skill.routine.hold_segments import SegmentSpec, catalogue
from skill.speech.languages import words_for
from skill.speech.locales import SUPPORTED_LOCALES
from skill.speech.marks_said import saying, words
from skill.speech.pack_hold import HoldMarks
from toolkit.audio.chime import chime_pcm
from toolkit.audio.loudness import (
    TARGET_LUFS,
    TRUE_PEAK_CEILING_DBTP,
    correction_db,
    louder,
    measure_file,
    normalise,
)
from toolkit.audio.manifest import MANIFEST_NAME, Manifest, ManifestEntry, TranscriptLine
from toolkit.audio.mixdown import Placement, RenderError, encode_mp3, lay_out, segment_pcm
from toolkit.audio.pcm import AudioToolError, trim
from toolkit.audio.probe import probe
from toolkit.audio.renderer import RENDERERS, Renderer, default_renderer_name, renderer_named

DEFAULT_OUT = Path("build/audio")
CHIME_ID = "chime"
# A smaller last correction is not worth encoding again for.
_WORTH_CORRECTING_DB = 0.2
# Encoding moves peaks a little each time: a few rounds settle them under the ceiling.
_CORRECTIONS = 5


def _chosen(only: Iterable[str] | None) -> list[SegmentSpec]:
    specs = list(catalogue())
    if only is None:
        return specs
    wanted = set(only) - {CHIME_ID}  # the chime is always rendered
    unknown = wanted - {spec.audio_id for spec in specs}
    if unknown:
        raise ValueError(f"no segment called {', '.join(sorted(unknown))}")
    return [spec for spec in specs if spec.audio_id in wanted]


def spoken_texts(specs: Iterable[SegmentSpec], marks: HoldMarks) -> list[str]:
    """Every sentence the segments' marks say, each once: what the voice records."""
    return sorted({words(marks, mark.said) for spec in specs for mark in spec.heard if mark.said})


def transcript(spec: SegmentSpec, marks: HoldMarks) -> list[TranscriptLine]:
    """What a segment says, mark by mark, as its manifest entry gives it."""
    return [TranscriptLine(mark.at_ms, words(marks, mark.said), mark.chime) for mark in spec.heard]


def _entry(path: Path, transcript: Sequence[TranscriptLine]) -> ManifestEntry:
    loudness = measure_file(str(path))
    if not loudness.fits:
        # Every recording of every language, as encoded: never one quieter or louder
        # than Alexa's own voice around it, nor peaking over the ceiling.
        raise RenderError(
            f"{path.parent.name}/{path.name} is at {loudness.integrated_lufs} LUFS with true "
            f"peaks at {loudness.true_peak_dbtp} dBTP: Alexa asks for about {TARGET_LUFS} "
            f"LUFS and at most {TRUE_PEAK_CEILING_DBTP} dBTP"
        )
    return ManifestEntry(
        id=path.stem,
        file=path.name,
        duration_ms=probe(path).duration_ms,
        transcript=tuple(transcript),
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        loudness_lufs=loudness.integrated_lufs,
        true_peak_dbtp=loudness.true_peak_dbtp,
    )


def _encode_as_loud_as_alexa(
    sounds: list[bytes], pcm: Callable[[list[bytes]], Iterable[bytes]], path: Path
) -> None:
    """Encode the sounds (laid out by `pcm`) at Alexa's loudness: see toolkit.audio.loudness.

    The sounds are shaped and measured together, encoded, and the encoded file measured
    once more: a last plain gain, when it is needed, closes what encoding changed.
    """
    shaped = normalise(sounds)
    encode_mp3(pcm(shaped), path)
    gain_db = 0.0
    for _ in range(_CORRECTIONS):
        step_db = correction_db(measure_file(str(path)))
        if step_db > -_WORTH_CORRECTING_DB and (step_db < _WORTH_CORRECTING_DB or gain_db < 0):
            break  # under the ceiling, and near enough (or already turned down once)
        gain_db += step_db
        encode_mp3(pcm([louder(sound, gain_db) for sound in shaped]), path)


def _render_segment(
    out_dir: Path, spec: SegmentSpec, placements: list[Placement], marks: HoldMarks
) -> ManifestEntry:
    path = out_dir / f"{spec.audio_id}.mp3"

    def laid_out(sounds: list[bytes]) -> Iterable[bytes]:
        placed = [Placement(p.mark, sound) for p, sound in zip(placements, sounds, strict=True)]
        return segment_pcm(spec, placed)

    _encode_as_loud_as_alexa([p.sound for p in placements], laid_out, path)
    return _entry(path, transcript(spec, marks))


def _render_chime(out_dir: Path, chime: bytes) -> ManifestEntry:
    path = out_dir / f"{CHIME_ID}.mp3"
    _encode_as_loud_as_alexa([chime], lambda sounds: sounds, path)
    return _entry(path, [TranscriptLine(0, "", chime=True)])


def _existing(out_dir: Path) -> Manifest:
    """What was rendered before, for the files still there."""
    path = out_dir / MANIFEST_NAME
    if not path.exists():
        return Manifest()
    old = Manifest.load(path)
    return Manifest(tuple(entry for entry in old.entries if (out_dir / entry.file).exists()))


def render_all(
    out_dir: Path,
    renderer: Renderer,
    only: Iterable[str] | None = None,
    marks: HoldMarks | None = None,
) -> Manifest:
    """Render the segments (all, or those in `only`) and the chime into `out_dir`.

    `marks`: the words of a language's pack (English's by default), in `renderer`'s voice.

    Every segment is laid out, and so checked, before any file is written.
    Returns the manifest, which also keeps earlier entries whose files are still there.
    """
    specs = _chosen(only)
    marks = marks or words_for("en-US").marks
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = spoken_texts(specs, marks)
    chime = chime_pcm()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        spoken = pool.map(lambda text: trim(renderer.speech(text)), texts)
        speech = dict(zip(texts, spoken, strict=True))
        layouts = [(spec, lay_out(spec, speech, chime, saying(marks))) for spec in specs]
        rendered = list(
            pool.map(lambda job: _render_segment(out_dir, job[0], job[1], marks), layouts)
        )
    rendered.append(_render_chime(out_dir, chime))
    manifest = _existing(out_dir).updated(rendered)
    manifest.save(out_dir / MANIFEST_NAME)
    return manifest


def _clock(ms: int) -> str:
    minutes, seconds = divmod(round(ms / 1000), 60)
    return f"{minutes}:{seconds:02d}"


def main(argv: list[str] | None = None) -> int:
    """Render the hold audio; the exit status is 0 when every file was written."""
    ids = [spec.audio_id for spec in catalogue()]
    parser = argparse.ArgumentParser(
        prog="acupressure-helper audio render",
        description="Render the hold segments as MP3 files, with a manifest.json.",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=[*ids, CHIME_ID],
        metavar="ID",
        help=f"only these (and the chime, always): {', '.join(ids)}, or {CHIME_ID} alone",
    )
    parser.add_argument(
        "--locale",
        nargs="+",
        default=["en-US"],
        choices=[*SUPPORTED_LOCALES, "all"],
        metavar="LOCALE",
        help="whose language and voice: a locale, several, or all (default: %(default)s); "
        "a language's recordings go in a folder named after its locale (de-DE/), English's "
        "in --out itself",
    )
    parser.add_argument(
        "--renderer",
        choices=RENDERERS,
        default=default_renderer_name(),
        help="default: AUDIO_RENDERER, or espeak",
    )
    args = parser.parse_args(argv)
    if args.renderer not in RENDERERS:  # a default from AUDIO_RENDERER is not checked by argparse
        parser.error(f"AUDIO_RENDERER must be one of {', '.join(RENDERERS)}, not {args.renderer!r}")
    locales = SUPPORTED_LOCALES if "all" in args.locale else args.locale
    # Locales sharing recordings (every en-*) are rendered once.
    folders = {words_for(locale).hold.RECORDINGS: locale for locale in locales}
    for recordings, locale in folders.items():
        out = args.out / recordings if recordings else args.out
        renderer = renderer_named(args.renderer, recordings=recordings)
        try:
            manifest = render_all(out, renderer, args.only, words_for(locale).marks)
        except (RenderError, AudioToolError, BotoCoreError, ClientError) as error:
            print(f"Audio not rendered: {error}", file=sys.stderr)
            return 1
        for audio_id in [*(chosen for chosen in args.only or ids if chosen != CHIME_ID), CHIME_ID]:
            entry = manifest.entry(audio_id)
            print(f"{out / entry.file}  {_clock(entry.duration_ms)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
