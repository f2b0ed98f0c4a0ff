"""The `acupressure-helper` command. Each subcommand is added by one small `_add_*` function."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from toolkit import cli_values

if TYPE_CHECKING:
    from toolkit.simulator.alexa_apis import AlexaApis

LOCALES = ("en-US", "en-GB", "en-AU", "en-CA", "en-IN")
DEFAULT_HANDLER = "skill.lambda_function:lambda_handler"
DEFAULT_MANIFEST = Path("build/audio/manifest.json")
PROMPT = "you> "
# --speed: a million times real time plays a 60-minute hold in under 4 ms of clock.
MAX_SPEED = 1_000_000
# Piped input has nobody to wait for: a hold plays an hour a second unless --speed says.
PIPED_SPEED = 3600


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    if words and words[0] in _FORWARDED:
        # These subcommands parse their own words, --help included.
        summary_and_run = _FORWARDED[words[0]]
        return summary_and_run[1](words[1:])
    args = build_parser().parse_args(words)
    run: Callable[[argparse.Namespace], int] = args.run
    return run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acupressure-helper",
        description="Acupressure Helper: an Alexa skill for back pain, and its local tools.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_chat(subparsers)
    for name, (summary, _) in _FORWARDED.items():
        subparsers.add_parser(name, help=summary, add_help=False)
    return parser


def _audio(words: list[str]) -> int:
    from toolkit.audio.render import main as render_main

    if words[:1] != ["render"]:
        print("usage: acupressure-helper audio render [--out DIR] [--only ID ...]", file=sys.stderr)
        return 2
    return render_main(words[1:])


def _db(words: list[str]) -> int:
    from toolkit.db import db_main

    return db_main(words)


def _serve(words: list[str]) -> int:
    from toolkit.web.serve import serve_main

    return serve_main(words)


_FORWARDED: dict[str, tuple[str, Callable[[list[str]], int]]] = {
    "audio": ("render the hold audio: audio render [--out DIR]", _audio),
    "db": ("set up the DynamoDB sessions table: db create", _db),
    "serve": ("run the skill as a verified web service for Alexa", _serve),
}


def _add_chat(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
        help="file of the embedded store (sets ACUPRESSURE_DB); its folder must exist",
    )
    chat.add_argument(
        "--user", default="local-person", help="whose Amazon account (default: %(default)s)"
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
        type=_time_zone,
        metavar="ZONE",
        help="the device's time zone, for reminders (default: as last set for this person,"
        f" else this computer's: {_local_time_zone()})",
    )
    chat.add_argument("--handler", default=DEFAULT_HANDLER, help=argparse.SUPPRESS)
    chat.set_defaults(run=_chat)


def _local_time_zone() -> str:
    """This computer's time zone name ("Europe/London"), else UTC."""
    named = os.environ.get("TZ", "").lstrip(":")
    if "/" in named:
        return named
    with contextlib.suppress(OSError):
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    return "UTC"


def _time_zone(text: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(f"no time zone is called {text!r}") from None
    return text


Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


def _load_handler(spec: str) -> Handler:
    module_name, _, function_name = spec.partition(":")
    handler: Handler = getattr(importlib.import_module(module_name), function_name)
    return handler


class PromptScreen:
    """A terminal where a person types at a prompt; lines printed meanwhile go above it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._partial = ""
        # Redrawing the prompt only makes sense on a screen, not in a file.
        self._redraws = stream.isatty()
        self.typing = False

    def write(self, text: str) -> int:
        if not (self.typing and self._redraws):
            return self._stream.write(text)
        *lines, self._partial = (self._partial + text).split("\n")
        for line in lines:
            # Clear the prompt's line, print there, then show the prompt and what was typed again.
            self._stream.write(f"\r\033[K{line}\n{PROMPT}{_typed_so_far()}")
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def lines(self) -> Iterator[str]:
        """What the person types, a line at a time, until they end input."""
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401 - gives the prompt line editing and history
        while True:
            self.typing = True
            try:
                line = input(PROMPT)
            except (EOFError, KeyboardInterrupt):
                self.typing = False
                print(file=self._stream)
                return
            self.typing = False
            yield line


def _typed_so_far() -> str:
    readline = sys.modules.get("readline")
    return str(readline.get_line_buffer()) if readline is not None else ""


def _piped_lines(
    stdin: TextIO, out: TextIO, is_wait: Callable[[str], bool] = lambda _line: False
) -> Iterator[str]:
    """Lines as they are read, each shown as said, or as a wait in brackets."""
    for read in stdin:
        line = read.rstrip("\r\n")
        text = line.strip()
        if is_wait(text):
            print(f"({text.removeprefix('(').removesuffix(')')})", file=out, flush=True)
        elif text:
            print(f"{PROMPT}{line}", file=out, flush=True)
        yield line


# To split when the command line moves out of skill/: one step per setting it checks.
def _chat(args: argparse.Namespace) -> int:  # noqa: C901, PLR0912, PLR0915
    from toolkit.store_check import store_problem

    problem = store_problem(args.db)  # --db was checked as it was read; this checks the rest
    if problem is not None:
        print(f"acupressure-helper chat: {problem}", file=sys.stderr)
        return 1
    if args.db is not None:
        # The skill's wiring reads this when it is imported, so set it first.
        os.environ["ACUPRESSURE_DB"] = str(args.db)
    try:
        handler = _load_handler(args.handler)
    except Exception as error:
        print(f"acupressure-helper: the skill could not be loaded: {error}", file=sys.stderr)
        return 1
    from toolkit.simulator.device import Device
    from toolkit.simulator.segment_lengths import file_lengths
    from toolkit.simulator.speaker import espeak_speaker
    from toolkit.simulator.wait_line import wait_ms

    try:
        audio_lengths = file_lengths(args.audio_manifest)
    except (OSError, ValueError, KeyError) as error:
        where = args.audio_manifest
        print(f"acupressure-helper: {where} could not be read: {error}", file=sys.stderr)
        return 1

    def is_wait(line: str) -> bool:
        return wait_ms(line) is not None

    screen = PromptScreen(sys.stdout) if sys.stdin.isatty() else None
    try:
        log = args.log_requests.open("a", encoding="utf-8") if args.log_requests else None
    except OSError as error:
        print(f"acupressure-helper chat: {args.log_requests}: {error.strerror}", file=sys.stderr)
        return 1
    from skill.store import default_db_path
    from toolkit.simulator import account

    kept = account.account_file(Path(os.environ.get("ACUPRESSURE_DB") or default_db_path()))
    known = account.load(kept, args.user)
    apis = _start_alexa_apis(args.time_zone or known.time_zone or _local_time_zone())
    scopes: set[str] = set(known.scopes)
    device: Device | None = None
    if args.speed is None:
        handler = _saying_how_fast_a_hold_plays(handler, screen)
    try:
        device = Device(
            handler,
            out=screen,
            locale=args.locale,
            user_id=args.user,
            person_id=args.person,
            supports_audio_player=args.audio_player,
            has_screen=args.screen,
            speed=args.speed or (1.0 if screen is not None else PIPED_SPEED),
            request_log=log,
            speak=espeak_speaker(args.locale) if args.speak else None,
            audio_lengths=audio_lengths,
            alexa_apis=apis,
        )
        if args.handler == DEFAULT_HANDLER:
            # "wait 2 days" must be two days for the skill too: it goes by the device's clock.
            from skill import lambda_function

            lambda_function.use_skill(lambda_function.make_skill(clock=device.clock))
        scopes = device.envelopes.granted_scopes
        if apis is not None:
            account.restore(apis, scopes, known)
        if known.player is not None:
            device.player.restore(known.player)
        try:
            if screen is not None:
                device.run_live(screen.lines())
            else:
                device.run(_piped_lines(sys.stdin, sys.stdout, is_wait))
        except KeyboardInterrupt:
            device.finish()
            return 130
    finally:
        if log is not None:
            log.close()
        if apis is not None:
            with contextlib.suppress(OSError):
                player = device.player.snapshot() if device is not None else None
                account.save(kept, args.user, account.capture(apis, scopes, player))
            apis.stop()
    return 0


def _saying_how_fast_a_hold_plays(handler: Handler, screen: PromptScreen | None) -> Handler:
    """`handler`, saying once, when a hold starts, how fast it plays and how to change that."""
    if screen is None:
        note = (
            f"(input is piped, so the hold plays {PIPED_SPEED} times faster than real time, "
            "an hour a second; --speed 1 plays it in real time)"
        )
    else:
        note = (
            "(the hold plays in real time; to hear it faster, start the chat with --speed 60, "
            'a minute a second: make run ARGS="--speed 60")'
        )
    said = False

    def answer(request: dict[str, Any], context: Any) -> dict[str, Any]:
        nonlocal said
        answered = handler(request, context)
        directives = (answered.get("response") or {}).get("directives") or []
        if not said and any(d.get("type") == "AudioPlayer.Play" for d in directives):
            said = True
            sys.stdout.flush()
            print(note, file=sys.stderr if screen is None else screen, flush=True)
        return answered

    return answer


def _start_alexa_apis(time_zone: str) -> AlexaApis | None:
    """Alexa's reminders and time-zone APIs, served locally for the skill to call."""
    from skill.alexa.api_client import CA_BUNDLE_ENV
    from toolkit.simulator.alexa_apis import AlexaApis

    try:
        # What outlives the chat (reminders, permissions) is kept by toolkit.simulator.account.
        apis = AlexaApis(time_zone=time_zone).start()
    except ImportError as error:
        print(f"(reminders are off: {error.name} is not installed)", file=sys.stderr)
        return None
    # The skill runs in this process: let its API client trust the local certificate.
    os.environ[CA_BUNDLE_ENV] = apis.ca_file
    return apis


if __name__ == "__main__":
    sys.exit(main())
