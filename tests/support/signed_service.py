"""`acupressure-helper serve` trusting a test authority instead of Alexa's.

    python -m tests.support.signed_service CHAIN_PEM ROOT_DER [serve options ...]

The service runs exactly as `acupressure-helper serve` runs it (gunicorn, its workers,
threads, timeouts and TLS), with every check on; only the certificate chain of
tests.support.alexa_signing.CHAIN_URL comes from CHAIN_PEM and is trusted up to ROOT_DER.
"""

from __future__ import annotations

import sys
from pathlib import Path

from toolkit.web import serve
from toolkit.web.server import WsgiApp


def main(argv: list[str]) -> int:
    chain_file, root_file, *options = argv
    chain, root = Path(chain_file).read_bytes(), Path(root_file).read_bytes()
    args = serve.build_parser().parse_args(options)

    def make_app() -> WsgiApp:
        from tests.support.alexa_signing import CHAIN_URL, LocalChainVerifier
        from toolkit.web.app import create_app

        verifier = LocalChainVerifier({CHAIN_URL: chain}, root)
        return create_app(verify=True, skill_id=args.skill_id, signature_verifier=verifier)

    return serve.run(args, make_app)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
