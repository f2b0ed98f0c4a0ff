"""What `acupressure-helper chat` can be told: the device it acts as, and how fast holds play."""

from __future__ import annotations

import argparse
import contextlib
import os
from pathlib import Path

from toolkit import cli_values
from toolkit.simulator.model import LOCALES

DEFAULT_HANDLER = "skill.lambda_function:lambda_handler"
DEFAULT_MANIFEST = Path("build/audio/manifest.json")
# --speed: a million times real time plays a 60-minute hold in under 4 ms of clock.
MAX_SPEED = 1_000_000
# Piped input has nobody to wait for: a hold plays an hour a second unless --speed says.
PIPED_SPEED = 3600


def add_chat_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """The `chat` subcommand and its options; the caller says what runs it."""
    chat = subparsers.add_parser(
        "chat",
        usage="%(prog)s [options]",
        help="talk to the skill through a simulated Alexa device",
        description=(
            "Type what you would say to Alexa, one line at a time, e.g. "
            '"Alexa, ask acupressure helper for back pain". Lines can also be piped in. '
            "A hold plays on the simulated device's audio player, which shows each count "
            'with the time held, e.g. "[05:00] Five minutes left."; while it plays, "pause", '
            '"resume", "stop" and the other audio controls reach the skill without its name, '
            'as on an Echo; anything else needs it ("Alexa, ask acupressure helper how long '
            'is left"). '
            "Reminders go to a local stand-in for Alexa's Reminders API, which prints each "
            'one it sets, lists or cancels; answer Alexa\'s permission prompt with "yes" or "no".'
        ),
        epilog=(
            'A line such as "wait 2 minutes", "wait 90 seconds" or "(wait 1 minute 30 seconds)" '
            "says nothing: it lets that much hold time pass before the next line. Piped lines "
            "follow each other at once, and when they run out a playing hold plays on to its end. "
            "Typed lines come in while the hold plays. --speed 60 plays a minute in a second."
        ),
    )
    chat.add_argument(
        "--db",
        type=cli_values.store_file,
        metavar="FILE",
        help="file of the embedded store (sets ACUPRESSURE_DB); its folder must exist "
        "(default: ACUPRESSURE_DB, else build/chat/sessions.sqlite3 in the checkout)",
    )
    chat.add_argument(
        "--user", default="local-person", help="whose Amazon account (default: %(default)s)"
    )
    chat.add_argument(
        "--fresh",
        action="store_true",
        help="start as a new person: an account nobody has used, so nothing carries over",
    )
    chat.add_argument(
        "--person",
        help="a voice Alexa recognises on that account (sends context.System.person)",
    )
    chat.add_argument("--locale", default="en-US", choices=LOCALES, help="default: %(default)s")
    chat.add_argument(
        "--speed",
        type=cli_values.number_between(0, MAX_SPEED),
        help="how much faster than real time holds run, up to a million (default: 1, real "
        f"time, at a terminal; {PIPED_SPEED} for piped input, an hour of hold a second)",
    )
    chat.add_argument(
        "--log-requests",
        type=cli_values.file_in_existing_folder,
        metavar="FILE",
        help="append every request sent, one JSON a line",
    )
    chat.add_argument(
        "--speak",
        action="store_true",
        help="also speak answers and the counts of a hold with espeak-ng",
    )
    chat.add_argument(
        "--no-audio-player",
        dest="audio_player",
        action="store_false",
        help="act as a device that cannot stream audio",
    )
    chat.add_argument(
        "--screen",
        action="store_true",
        help="act as a device with a screen (APL): print what the screen shows",
    )
    chat.add_argument(
        "--audio-manifest",
        type=Path,
        default=DEFAULT_MANIFEST,
        metavar="FILE",
        help="lengths of rendered hold audio, if that file exists (default: %(default)s)",
    )
    chat.add_argument(
        "--time-zone",
        default=None,
        type=cli_values.time_zone,
        metavar="ZONE",
        help="the device's time zone, for reminders (default: as last set for this person,"
        f" else this computer's: {local_time_zone()})",
    )
    chat.add_argument("--handler", default=DEFAULT_HANDLER, help=argparse.SUPPRESS)
    return chat


def local_time_zone() -> str:
    """This computer's time zone name ("Europe/London"), else UTC."""
    named = os.environ.get("TZ", "").lstrip(":")
    if "/" in named:
        return named
    with contextlib.suppress(OSError):
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    return "UTC"
