"""The `acupressure-helper` command: each subcommand's words are read where it lives."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from toolkit.chat.options import add_chat_command


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
    add_chat_command(subparsers).set_defaults(run=_chat)
    for name, (summary, _) in _FORWARDED.items():
        subparsers.add_parser(name, help=summary, add_help=False)
    return parser


def _chat(args: argparse.Namespace) -> int:
    # Loaded only once the words are read: a mistake in them is told before any import.
    from toolkit.chat.run import chat

    return chat(args)


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


if __name__ == "__main__":
    sys.exit(main())
