"""The `acupressure-helper` command. Each subcommand is added by one small `_add_*` function."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

LOCALES = ("en-US", "en-GB", "en-AU", "en-CA", "en-IN")
DEFAULT_HANDLER = "skill.lambda_function:lambda_handler"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    return run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acupressure-helper",
        description="Acupressure Helper: an Alexa skill for back pain, and its local tools.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_chat(subparsers)
    return parser


def _add_chat(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    chat = subparsers.add_parser(
        "chat",
        help="talk to the skill through a simulated Alexa device",
        description=(
            "Type what you would say to Alexa, one line at a time, e.g. "
            '"Alexa, ask acupressure helper for back pain". Lines can also be piped in.'
        ),
    )
    chat.add_argument("--db", type=Path, help="file of the embedded store (sets ACUPRESSURE_DB)")
    chat.add_argument(
        "--user", default="local-person", help="who is speaking (default: %(default)s)"
    )
    chat.add_argument("--locale", default="en-US", choices=LOCALES, help="default: %(default)s")
    chat.add_argument(
        "--speed", type=_positive, default=1.0, help="how much faster than real time holds run"
    )
    chat.add_argument(
        "--log-requests",
        type=Path,
        metavar="FILE",
        help="append every request sent, one JSON a line",
    )
    chat.add_argument("--speak", action="store_true", help="also speak answers with espeak-ng")
    chat.add_argument(
        "--no-audio-player",
        dest="audio_player",
        action="store_false",
        help="act as a device that cannot stream audio",
    )
    chat.add_argument("--handler", default=DEFAULT_HANDLER, help=argparse.SUPPRESS)
    chat.set_defaults(run=_chat)


def _positive(text: str) -> float:
    number = float(text)
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return number


def _load_handler(spec: str) -> Callable[[dict[str, Any], Any], dict[str, Any]]:
    module_name, _, function_name = spec.partition(":")
    handler: Callable[[dict[str, Any], Any], dict[str, Any]] = getattr(
        importlib.import_module(module_name), function_name
    )
    return handler


def _typed_lines() -> Iterator[str]:
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401 - gives the prompt line editing and history
    while True:
        try:
            yield input("you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return


def _piped_lines(stdin: TextIO, out: TextIO) -> Iterator[str]:
    for line in stdin:
        line = line.rstrip("\r\n")
        if line.strip():
            print(f"you> {line}", file=out, flush=True)
        yield line


def _chat(args: argparse.Namespace) -> int:
    if args.db is not None:
        # The skill's wiring reads this when it is imported, so set it first.
        os.environ["ACUPRESSURE_DB"] = str(args.db)
    try:
        handler = _load_handler(args.handler)
    except Exception as error:
        print(f"acupressure-helper: the skill could not be loaded: {error}", file=sys.stderr)
        return 1
    from skill.simulator.device import Device
    from skill.simulator.speaker import espeak_speaker

    log = args.log_requests.open("a", encoding="utf-8") if args.log_requests else None
    try:
        device = Device(
            handler,
            locale=args.locale,
            user_id=args.user,
            supports_audio_player=args.audio_player,
            speed=args.speed,
            request_log=log,
            speak=espeak_speaker(args.locale) if args.speak else None,
        )
        lines = _typed_lines() if sys.stdin.isatty() else _piped_lines(sys.stdin, sys.stdout)
        try:
            device.run(lines)
        except KeyboardInterrupt:
            device.finish()
            return 130
    finally:
        if log is not None:
            log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
