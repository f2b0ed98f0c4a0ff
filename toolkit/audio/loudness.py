"""Loudness: every sound made about as loud as Alexa's own voice, measured by ffmpeg's ebur128.

Amazon's "Normalizing the Loudness of Audio Content"
(https://developer.amazon.com/docs/alexa/flashbriefing/normalizing-the-loudness-of-audio-content.html)
asks for an integrated loudness of about -14 LUFS with true peaks at or below -3 dBTP,
so the counts are heard at the volume the person set for Alexa.

A file's sounds (the sentences of speech, the chime) are shaped before they are laid out,
so every mark stays exactly in place: they are measured together, then compressed, given
the gain that closes the gap and held under the peak ceiling by a limiter, and measured
again, until they are within 0.2 LU. The silence between marks is left out by the
measure's gate, so the laid-out file measures nearly as its sounds do. After encoding
the file is measured once more and a last plain gain corrects the difference, never
lifting a true peak over -3 dBTP: the ceiling wins over the loudness. The manifest records
what each file measures.
"""

from __future__ import annotations

import math
import re
import subprocess
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from toolkit.audio.pcm import (
    FULL_SCALE,
    RAW_FORMAT,
    SAMPLE_RATE,
    AudioToolError,
    run_tool,
    samples,
    silence,
)

TARGET_LUFS = -14.0
TRUE_PEAK_CEILING_DBTP = -3.0
# The limiter holds peaks under the ceiling by as much as the MP3 encoder lifts them:
# at 48 kbit/s it lifts speech's true peaks by one to two decibels and more after the
# limiter. Sounds are low-passed steeply first: the encoder cuts the highs itself,
# and what it cuts after the limiter rings over it.
SAMPLE_CEILING_DB = -5.5
_PASSES = 8
_LOWPASS_HZ = 4_000
# Speech's body is brought near the target before it is compressed, so the
# compressor's threshold sits at the same place in every voice.
_COMPRESSOR = "acompressor=threshold=-18dB:ratio=20:attack=0.1:release=50:knee=3:detection=peak"
# A phase rotator: all-pass filters that leave every frequency as loud as it was but
# turn the voice's lopsided glottal spikes rounder, so it peaks lower for its loudness.
_PHASE_ROTATOR = ",".join(f"allpass=f={hz}:t=q:w=0.7" for hz in (200, 200, 400, 400))
# The soft clipper rounds off what is left of the spikes a decibel over the ceiling,
# before the low-pass smooths what it added and the limiter holds the ceiling.
_SOFT_CLIP_OVER_DB = 1.1
_CLOSE_ENOUGH_LU = 0.2
# Kept under the ceiling when correcting an encoded file: encoding again moves its
# highest true peak by up to about a decibel either way.
_ENCODER_HEADROOM_DB = 1.0
_GAP_MS = 1_000
_INTEGRATED = re.compile(r"I:\s+(-?\d+(?:\.\d+)?) LUFS")
_TRUE_PEAK = re.compile(r"Peak:\s+(-?(?:\d+(?:\.\d+)?|inf)) dBFS")


@dataclass(frozen=True)
class Loudness:
    """Integrated loudness (LUFS) and true peak (dBTP), as ffmpeg's ebur128 filter gives them."""

    integrated_lufs: float
    true_peak_dbtp: float

    @property
    def fits(self) -> bool:
        """About the target (within one LU), with true peaks at or below the ceiling."""
        near = abs(self.integrated_lufs - TARGET_LUFS) <= 1.0
        return near and self.true_peak_dbtp <= TRUE_PEAK_CEILING_DBTP


def measure_file(path: str) -> Loudness:
    """The loudness of an encoded file."""
    return _parse(_ebur128(["-i", path]))


def measure_pcm(pcm: bytes) -> Loudness:
    """The loudness of raw PCM (see toolkit.audio.pcm)."""
    return _parse(_ebur128([*RAW_FORMAT, "-i", "pipe:0"], pcm))


def _ebur128(input_args: list[str], data: bytes = b"") -> str:
    command = ["ffmpeg", "-nostdin", "-hide_banner", "-nostats", *input_args]
    command += ["-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"]
    result = subprocess.run(command, input=data, capture_output=True, check=False)
    report = result.stderr.decode(errors="replace")
    if result.returncode != 0:
        raise AudioToolError(f"ffmpeg could not measure loudness: {report.strip()}")
    return report


def _parse(report: str) -> Loudness:
    integrated, peak = _INTEGRATED.findall(report), _TRUE_PEAK.findall(report)
    if not integrated or not peak:
        raise AudioToolError("ffmpeg gave no loudness summary")
    return Loudness(float(integrated[-1]), float(peak[-1]))


def _shaped(pcm: bytes, gain_db: float, ceiling_db: float, level_db: float) -> bytes:
    """A sound evened out, made louder by `gain_db`, and held under the peak ceiling.

    The sound is first brought to about the target by `level_db`; a fast compressor then
    narrows the gap between speech's peaks and its body, a phase rotator and a soft
    clipper round its spikes, and a limiter working at four times the sample rate (near
    enough to true peaks) keeps every peak under the ceiling. Nothing looks ahead
    uncompensated: the filters delay the lowest notes by a few milliseconds at most.
    """
    ceiling = 10 ** (ceiling_db / 20)
    soft_clip = 10 ** ((ceiling_db + _SOFT_CLIP_OVER_DB) / 20)
    chain = ",".join(
        (
            "aformat=sample_fmts=flt",
            f"volume={level_db:.2f}dB",
            _COMPRESSOR,
            f"volume={gain_db:.2f}dB",
            _PHASE_ROTATOR,
            f"asoftclip=type=tanh:threshold={soft_clip:.4f}:oversample=4",
            f"lowpass=f={_LOWPASS_HZ}:poles=2,lowpass=f={_LOWPASS_HZ}:poles=2",
            "aresample=96000",
            f"alimiter=limit={ceiling:.4f}:attack=4:release=80:level=false:latency=true",
            f"aresample={SAMPLE_RATE}",
        )
    )
    command = ["ffmpeg", "-nostdin", "-v", "error", *RAW_FORMAT, "-i", "pipe:0"]
    return run_tool([*command, "-af", chain, *RAW_FORMAT, "pipe:1"], pcm)


def normalise(sounds: Sequence[bytes], ceiling_db: float = SAMPLE_CEILING_DB) -> list[bytes]:
    """The sounds of one file, brought together to about -14 LUFS; each keeps its length.

    They are shaped as one: a second apart, as a segment lays them out, with one gain.
    Two passes and more if needed: measure, shape with the gain that closes the gap,
    measure again and correct what the compressor and limiter took away.
    """
    gap = silence(_GAP_MS)
    together = gap + gap.join(sounds) + gap
    if not any(sounds):
        return list(sounds)
    level_db = TARGET_LUFS - _audible(measure_pcm(together))
    gain_db = 0.0
    shaped = together
    for _ in range(_PASSES):
        shaped = _shaped(together, gain_db, ceiling_db, level_db)
        miss = TARGET_LUFS - _audible(measure_pcm(shaped))
        if abs(miss) <= _CLOSE_ENOUGH_LU:
            break
        gain_db += miss
    pieces, start = [], len(gap)
    for sound in sounds:
        piece = shaped[start : start + len(sound)]
        pieces.append(piece + bytes(len(sound) - len(piece)))
        start += len(sound) + len(gap)
    return pieces


def _audible(measured: Loudness) -> float:
    if math.isinf(measured.integrated_lufs):
        raise AudioToolError("the sounds are too quiet to measure")
    return measured.integrated_lufs


def correction_db(measured: Loudness) -> float:
    """The plain gain that brings an encoded file the rest of the way to the target.

    The sounds were shaped together with gaps of a second, before encoding; laid out
    minutes apart and encoded they measure a little differently. The gain never lifts
    a true peak over the ceiling.
    """
    if measured.true_peak_dbtp > TRUE_PEAK_CEILING_DBTP:
        return TRUE_PEAK_CEILING_DBTP - _ENCODER_HEADROOM_DB / 2 - measured.true_peak_dbtp
    room = TRUE_PEAK_CEILING_DBTP - _ENCODER_HEADROOM_DB - measured.true_peak_dbtp
    return max(0.0, min(TARGET_LUFS - measured.integrated_lufs, room))


def louder(pcm: bytes, gain_db: float) -> bytes:
    """The sound with a plain gain, held within 16 bits."""
    factor = 10 ** (gain_db / 20)
    return array(
        "h", (max(-FULL_SCALE, min(FULL_SCALE, round(v * factor))) for v in samples(pcm))
    ).tobytes()
