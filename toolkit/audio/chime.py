"""The soft bell that marks time in the quiet cadence."""

from __future__ import annotations

import math
from array import array

from skill.routine.hold_segments import CHIME_MS
from toolkit.audio.pcm import FULL_SCALE, SAMPLE_RATE

# A bell's partials: a warm fundamental and two quieter, inharmonic overtones.
_PARTIALS = ((660.0, 1.0, 2.5), (660.0 * 2.76, 0.35, 4.0), (660.0 * 5.40, 0.12, 6.0))
_PEAK = 0.3  # well below full scale: a gentle sound, softer than the voice
_ATTACK_MS = 8
_RELEASE_MS = 150


def chime_pcm() -> bytes:
    """The chime as PCM, exactly CHIME_MS long, rising gently and fading to nothing."""
    count = CHIME_MS * SAMPLE_RATE // 1000
    attack = _ATTACK_MS * SAMPLE_RATE // 1000
    release = _RELEASE_MS * SAMPLE_RATE // 1000
    weight = sum(amplitude for _, amplitude, _ in _PARTIALS)
    values = array("h")
    for i in range(count):
        t = i / SAMPLE_RATE
        ring = sum(
            amplitude * math.exp(-decay * t) * math.sin(2 * math.pi * frequency * t)
            for frequency, amplitude, decay in _PARTIALS
        )
        envelope = min(1.0, i / attack, (count - 1 - i) / release)
        values.append(round(FULL_SCALE * _PEAK * envelope * ring / weight))
    return values.tobytes()
