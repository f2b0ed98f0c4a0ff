"""`acupressure-helper serve`: run the skill as a web service that Alexa calls over HTTPS.

Alexa only calls HTTPS on port 443: give a certificate with --certfile and --keyfile, or put
the service behind a proxy or tunnel that ends TLS. Without --no-verify every request must
carry Alexa's signature and a fresh timestamp. The server (toolkit/web/server.py) is gunicorn's
worker processes, each reading whole requests on an event loop before its threads see them:
clients that are slow or say nothing hold no thread, and each request has one deadline.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import ssl
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from toolkit import cli_values
from toolkit.web.server import Settings, WsgiApp, serve

PROG = "acupressure-helper serve"
USAGE_ERROR = 2
# Bounds that catch a slip of the finger, far from any sensible setting.
MAX_WORKERS, MAX_THREADS, MAX_SECONDS = 64, 1000, 3600.0


def is_loopback(host: str) -> bool:
    """True for names that only this computer can reach: 127.0.0.0/8, ::1 and localhost."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def add_arguments(parser: argparse.ArgumentParser) -> None:
    defaults = Settings()
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    parser.add_argument(
        "--port", type=cli_values.port, default=8080, help="port to listen on (%(default)s)"
    )
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
    parser.add_argument(
        "--db",
        type=cli_values.store_file,
        metavar="FILE",
        help="file of the embedded store (sets ACUPRESSURE_DB); its folder must exist",
    )
    parser.add_argument("--certfile", type=Path, help="TLS certificate chain (PEM), to serve HTTPS")
    parser.add_argument("--keyfile", type=Path, help="the certificate's private key (PEM)")
    parser.add_argument(
        "--workers",
        type=cli_values.whole_number(1, MAX_WORKERS),
        default=defaults.workers,
        help="worker processes (%(default)s)",
    )
    parser.add_argument(
        "--threads",
        type=cli_values.whole_number(1, MAX_THREADS),
        default=defaults.threads,
        help="requests each worker answers at once (%(default)s)",
    )
    parser.add_argument(
        "--client-timeout",
        type=cli_values.number_between(0, MAX_SECONDS, " seconds"),
        default=defaults.client_timeout,
        metavar="SECONDS",
        help="close a connection that takes longer than this to send a whole request, "
        "TLS handshake included, or to take its answer (%(default)s)",
    )
    parser.add_argument(
        "--keepalive",
        type=cli_values.whole_number(1, int(MAX_SECONDS)),
        default=defaults.keepalive,
        metavar="SECONDS",
        help="close a connection that sends no request for this long (%(default)s)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, usage="%(prog)s [options]", description="Run the skill as a web service."
    )
    add_arguments(parser)
    return parser


def url_of(listener: socket.socket, tls: bool) -> str:
    host, port = listener.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"{'https' if tls else 'http'}://{shown}:{port}/"


def run(args: argparse.Namespace, make_app: Callable[[], WsgiApp] | None = None) -> int:
    """Serve until interrupted. Returns the exit code.

    `make_app` builds the app in each worker; by default the skill's own web service.
    """
    from toolkit.store_check import store_problem

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
    problem = store_problem(args.db) or _tls_problem(args)
    if problem is not None:
        print(f"{PROG}: {problem}", file=sys.stderr)
        return 1
    if args.db is not None:
        os.environ["ACUPRESSURE_DB"] = str(args.db)
    if args.verify and not args.skill_id:
        print(
            f"{PROG}: no skill id given (--skill-id or SKILL_ID): "
            "requests for any skill will be answered.",
            file=sys.stderr,
        )
    try:
        listener = socket.create_server(
            (args.host.strip("[]"), args.port), family=_family(args.host), backlog=2048
        )
    except OSError as error:
        print(f"{PROG}: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    checks = "Alexa's signature required" if args.verify else "signatures NOT checked"
    settings = Settings(
        workers=args.workers,
        threads=args.threads,
        client_timeout=args.client_timeout,
        keepalive=args.keepalive,
        certfile=None if args.certfile is None else str(args.certfile),
        keyfile=None if args.keyfile is None else str(args.keyfile),
    )
    url = url_of(listener, tls=args.certfile is not None)

    def say_ready() -> None:
        print(
            f"Acupressure Helper is listening on {url} ({checks}; "
            f"{settings.workers} workers x {settings.threads} threads)",
            flush=True,
        )

    skill_id, verify = args.skill_id, args.verify
    return serve(
        make_app or (lambda: _skill_app(verify=verify, skill_id=skill_id)),
        listener,
        settings,
        say_ready,
    )


def _skill_app(*, verify: bool, skill_id: str | None) -> WsgiApp:
    from toolkit.web.app import create_app

    return create_app(verify=verify, skill_id=skill_id)


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def _tls_problem(args: argparse.Namespace) -> str | None:
    """Whether the certificate and key load, said before any client finds out."""
    if args.certfile is None:
        return None
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(
            args.certfile, args.keyfile
        )
    except (OSError, ssl.SSLError) as error:
        reason = getattr(error, "strerror", None) or getattr(error, "reason", None) or error
        return f"the certificate or key could not be loaded: {reason}"
    return None


def serve_main(argv: Sequence[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(serve_main())
