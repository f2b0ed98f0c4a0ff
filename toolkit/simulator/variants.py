"""What real devices do differently, where the reports disagree: switches for each variant.

The local device follows the Alexa documentation; where devices in the field have been
reported to do otherwise, each variant is a switch, so the skill can be run (and the
conversation tests passed) under every one. `SIMULATED_DEVICE` names the switches to
turn on, separated by commas (tests/conftest.py runs the tiers under it).

- `reports-playing`: a request spoken over the skill's playing audio reports
  `"playerActivity": "PLAYING"`. The docs' own PauseIntent sample reports `STOPPED`,
  and "AudioPlayer.PlaybackStopped ... Sent when Alexa stops playing an audio stream in
  response to a voice request" ("AudioPlayer Interface Reference"); but the context is
  the device's state when it began listening, and what devices send varies in reports.
- `stop-when-stopped`: "stop", said once the skill's audio was the last to play but has
  stopped, arrives as AMAZON.StopIntent. The docs say such utterances "send your skill an
  AMAZON.PauseIntent instead of an AMAZON.StopIntent" when the skill "is playing audio,
  or was the skill most recently playing audio" ("Standard Built-in Intents"); reports
  of devices sending StopIntent once the audio has stopped disagree.
- `stop-drops-speech`: speech sent with AudioPlayer.Stop is not heard. The AudioPlayer
  reference lets a response to an IntentRequest carry both, yet "The audio stops
  playing, but Alexa does not deliver the speech output" (alexa/alexa-skills-kit-sdk-
  for-nodejs#321).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any, Final, NamedTuple

DROPPED_NOTE: Final = (
    "  (the answer's words came with AudioPlayer.Stop: this device does not say them)"
)

ENV: Final = "SIMULATED_DEVICE"
REPORTS_PLAYING: Final = "reports-playing"
STOP_WHEN_STOPPED: Final = "stop-when-stopped"
STOP_DROPS_SPEECH: Final = "stop-drops-speech"
NAMES: Final = (REPORTS_PLAYING, STOP_WHEN_STOPPED, STOP_DROPS_SPEECH)


class Variants(NamedTuple):
    reports_playing: bool = False
    stop_when_stopped: bool = False
    stop_drops_speech: bool = False

    @classmethod
    def named(cls, names: str) -> Variants:
        """The variants `names` (comma-separated) turns on; `ValueError` for an unknown name."""
        chosen = {name.strip() for name in names.split(",") if name.strip()}
        unknown = chosen - set(NAMES)
        if unknown:
            raise ValueError(f"no device variant called {', '.join(sorted(unknown))}")
        return cls(
            REPORTS_PLAYING in chosen, STOP_WHEN_STOPPED in chosen, STOP_DROPS_SPEECH in chosen
        )

    @classmethod
    def from_env(cls) -> Variants:
        return cls.named(os.environ.get(ENV, ""))


def heard(response: dict[str, object], variants: Variants) -> bool:
    """Whether the response's speech reaches the person under `variants`."""
    body = response.get("response")
    if not isinstance(body, dict) or not _has_words(body.get("outputSpeech")):
        return True  # no words to drop
    directives = body.get("directives")
    stops = any(
        isinstance(directive, dict) and directive.get("type") == "AudioPlayer.Stop"
        for directive in directives or []
    )
    return not (stops and variants.stop_drops_speech)


def _has_words(speech: object) -> bool:
    if not isinstance(speech, dict):
        return False
    said = speech.get("ssml") or speech.get("text") or ""
    return isinstance(said, str) and bool(re.sub(r"<[^>]*>", "", said).strip())


def as_heard(
    response: dict[str, Any], variants: Variants, note: Callable[[str], None]
) -> dict[str, Any]:
    """The response as the person hears it: without its speech where the device drops it."""
    if heard(response, variants):
        return response
    note(DROPPED_NOTE)
    body = dict(response.get("response") or {})
    body.pop("outputSpeech", None)
    return {**response, "response": body}
