"""`acupressure-helper serve`: run the skill as a web service that Alexa calls over HTTPS.

Alexa only calls HTTPS on port 443: give a certificate with --certfile and --keyfile, or put
the service behind a proxy or tunnel that ends TLS. Without --no-verify every request must
carry Alexa's signature and a fresh timestamp.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import ssl
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from werkzeug.serving import BaseWSGIServer, make_server

if TYPE_CHECKING:
    from flask import Flask

PROG = "acupressure-helper serve"
USAGE_ERROR = 2


def is_loopback(host: str) -> bool:
    """True for names that only this computer can reach: 127.0.0.0/8, ::1 and localhost."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (%(default)s)")
    parser.add_argument(
        "--no-verify",
        dest="verify",
        action="store_false",
        help="accept requests without Alexa's signature; only on 127.0.0.1, ::1 or localhost",
    )
    parser.add_argument(
        "--skill-id",
        default=os.environ.get("SKILL_ID"),
        help="turn away requests for any other skill (default: $SKILL_ID)",
    )
    parser.add_argument("--db", type=Path, help="file of the embedded store (sets ACUPRESSURE_DB)")
    parser.add_argument("--certfile", type=Path, help="TLS certificate chain (PEM), to serve HTTPS")
    parser.add_argument("--keyfile", type=Path, help="the certificate's private key (PEM)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Run the skill as a web service.")
    add_arguments(parser)
    return parser


def make_web_server(
    app: Flask, host: str, port: int, *, tls: ssl.SSLContext | None = None
) -> BaseWSGIServer:
    """A threaded server for `app`, bound but not yet serving."""
    return make_server(host, port, app, threaded=True, ssl_context=tls)


def server_url(server: BaseWSGIServer) -> str:
    shown = f"[{server.host}]" if ":" in server.host else server.host
    scheme = "https" if server.ssl_context is not None else "http"
    return f"{scheme}://{shown}:{server.port}/"


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted. Returns the exit code."""
    if not args.verify and not is_loopback(args.host):
        print(
            f"{PROG}: --no-verify accepts requests from anyone, so it only listens on this "
            f"computer (127.0.0.1, ::1 or localhost), not on {args.host}.",
            file=sys.stderr,
        )
        return USAGE_ERROR
    if (args.certfile is None) != (args.keyfile is None):
        print(f"{PROG}: give both --certfile and --keyfile, or neither.", file=sys.stderr)
        return USAGE_ERROR
    if args.db is not None:
        os.environ["ACUPRESSURE_DB"] = str(args.db)
    if args.verify and not args.skill_id:
        print(
            f"{PROG}: no skill id given (--skill-id or SKILL_ID): "
            "requests for any skill will be answered.",
            file=sys.stderr,
        )
    try:
        server = _bind(args)
    except (OSError, ssl.SSLError) as error:
        print(f"{PROG}: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    checks = "Alexa's signature required" if args.verify else "signatures NOT checked"
    print(f"Acupressure Helper is listening on {server_url(server)} ({checks})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def _bind(args: argparse.Namespace) -> BaseWSGIServer:
    from skill.web import create_app

    tls = None
    if args.certfile is not None:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(args.certfile, args.keyfile)
    app = create_app(verify=args.verify, skill_id=args.skill_id)
    return make_web_server(app, args.host, args.port, tls=tls)


def serve_main(argv: Sequence[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(serve_main())
