"""The person's chosen speech rate, as an SSML wrapper around everything the skill says."""

from __future__ import annotations

from skill.routine.speech_rate import SpeechRate

# Alexa takes a rate as a percentage of its normal speed; 20% is the least it allows.
_PERCENT = {SpeechRate.SLOW: "85%", SpeechRate.FAST: "115%"}


def at_rate(body: str, rate: SpeechRate) -> str:
    """SSML body text spoken at `rate`; unchanged at the normal rate."""
    percent = _PERCENT.get(rate)
    if percent is None or not body:
        return body
    return f'<prosody rate="{percent}">{body}</prosody>'
