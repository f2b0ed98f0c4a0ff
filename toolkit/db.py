"""`acupressure-helper db`: set up the DynamoDB sessions table, e.g. on a local server.

    acupressure-helper db create [--table NAME] [--endpoint-url URL]

The table defaults to SESSIONS_TABLE and the endpoint to AWS_ENDPOINT_URL_DYNAMODB, so
the same settings serve the command and the skill. Creating a table that already
exists changes nothing and succeeds.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Final

from botocore.exceptions import BotoCoreError, ClientError

from skill.store.dynamodb_client import create_table, make_client
from toolkit.store_check import endpoint_problem

PROG: Final = "acupressure-helper db"
_EXISTS: Final = "ResourceInUseException"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Manage the sessions table.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    create = commands.add_parser(
        "create",
        help="create the sessions table as the template declares it",
        description="Create the DynamoDB sessions table (does nothing if it exists).",
    )
    create.add_argument(
        "--table",
        default=os.environ.get("SESSIONS_TABLE"),
        help="table name (default: $SESSIONS_TABLE)",
    )
    create.add_argument(
        "--endpoint-url",
        default=os.environ.get("AWS_ENDPOINT_URL_DYNAMODB"),
        help="a local DynamoDB server, e.g. http://127.0.0.1:8000 "
        "(default: $AWS_ENDPOINT_URL_DYNAMODB, else AWS itself)",
    )
    return parser


def _create(table: str, endpoint_url: str | None) -> int:
    where = endpoint_url or "AWS"
    try:
        create_table(make_client(endpoint_url), table)
    except ClientError as error:
        code = error.response.get("Error", {}).get("Code", "")
        if code == _EXISTS:
            print(f"Table {table} already exists at {where}.")
            return 0
        print(f"{PROG}: could not create table {table} at {where}: {code}", file=sys.stderr)
        return 1
    except BotoCoreError as error:
        print(f"{PROG}: could not reach {where}: {error}", file=sys.stderr)
        return 1
    print(f"Created table {table} at {where}.")
    return 0


def db_main(argv: list[str]) -> int:
    """Run `acupressure-helper db` with `argv` (the words after "db"); the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.table:
            parser.error("name the table with --table, or set SESSIONS_TABLE")
    except SystemExit as done:  # --help, or words argparse has already explained
        return done.code if isinstance(done.code, int) else 2
    if args.endpoint_url is not None:
        problem = endpoint_problem(args.endpoint_url, "the endpoint URL")
        if problem is not None:
            print(f"{PROG}: {problem}", file=sys.stderr)
            return 2
    return _create(args.table, args.endpoint_url)
