"""Where devices fetch the recorded segments from.

`AUDIO_BASE_URL` is the HTTPS folder holding the rendered files (for example a
CloudFront distribution over the bucket `make audio` output is uploaded to). Unset, it
is https://localhost/audio: fine for the local simulator, which only reads the URLs,
and plainly not a real host, so a deployment that forgot to set it is easy to spot.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

LOCAL_BASE_URL = "https://localhost/audio"
CHIME_FILE = "chime.mp3"
_RECORDINGS = re.compile(r"[a-z]{2}-[A-Z]{2}")


def base_url(environ: Mapping[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    base = (environ.get("AUDIO_BASE_URL") or LOCAL_BASE_URL).rstrip("/")
    parts = urlsplit(base)
    # Alexa only streams audio over HTTPS.
    if parts.scheme != "https" or not parts.netloc:
        raise ValueError(f"AUDIO_BASE_URL must be an https:// address, not {base!r}")
    return base


def segment_url(
    audio_id: str, environ: Mapping[str, str] | None = None, recordings: str = ""
) -> str:
    """Where segment `audio_id` is, in the language's `recordings` folder ("de-DE").

    English's recordings are at the base address itself; another language's (or a
    locale's, where the voice differs) in a folder named after the locale.
    """
    # The segments are loaded with the hold's plan, on first use (cold start).
    from skill.routine.hold_segments import catalogue

    if audio_id not in {spec.audio_id for spec in catalogue()}:
        raise KeyError(f"no segment called {audio_id!r}")
    if recordings and not _RECORDINGS.fullmatch(recordings):
        raise ValueError(f"not a locale's recordings folder: {recordings!r}")
    folder = f"/{recordings}" if recordings else ""
    return f"{base_url(environ)}{folder}/{audio_id}.mp3"


def chime_url(environ: Mapping[str, str] | None = None) -> str:
    return f"{base_url(environ)}/{CHIME_FILE}"
