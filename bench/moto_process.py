"""moto's DynamoDB in a process of its own, so it never shares a GIL with what is measured.

Prints the server's URL on the first line, then serves until its standard input closes.
"""

from __future__ import annotations

import sys

from bench.moto_transactions import keep_only_touched_items
from tests.support.moto_server import MotoServer


def main() -> None:
    with keep_only_touched_items(), MotoServer() as server:
        print(server.url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
