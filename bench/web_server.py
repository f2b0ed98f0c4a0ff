"""A skill served as `acupressure-helper serve` serves it, in a process of its own.

`python -m bench.web_server MODULE`: the app of `toolkit.web.app.create_app`, signature checks
off (loopback only), around MODULE's `make_skill()`, on the service's own gunicorn server
with its default workers, threads and timeouts. Prints the URL, then serves until
standard input closes.
"""

from __future__ import annotations

import importlib
import os
import signal
import socket
import sys
import threading

from toolkit.web.app import create_app
from toolkit.web.serve import url_of
from toolkit.web.server import Settings, WsgiApp, serve


def _stop_when_input_ends() -> None:
    sys.stdin.read()
    os.kill(os.getpid(), signal.SIGTERM)  # gunicorn's graceful stop


def main(module_name: str) -> None:
    module = importlib.import_module(module_name)

    def make_app() -> WsgiApp:
        return create_app(verify=False, skill=module.make_skill())

    listener = socket.create_server(("127.0.0.1", 0))
    url = url_of(listener, tls=False)
    threading.Thread(target=_stop_when_input_ends, daemon=True).start()
    serve(make_app, listener, Settings(log_level="error"), lambda: print(url, flush=True))


if __name__ == "__main__":
    main(sys.argv[1])
