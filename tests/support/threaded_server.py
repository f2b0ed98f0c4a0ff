"""The web app on Werkzeug's threaded server, in a thread of the test's own process.

For tests that call the app many times and look inside the process (its logs, its store):
the service itself runs on gunicorn (toolkit/web/server.py), which tests/integration starts
as `acupressure-helper serve` does.
"""

from __future__ import annotations

from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server


def make_web_server(app: Flask, host: str, port: int) -> BaseWSGIServer:
    """A threaded server for `app`, bound but not yet serving."""
    return make_server(host, port, app, threaded=True)


def server_url(server: BaseWSGIServer) -> str:
    shown = f"[{server.host}]" if ":" in server.host else server.host
    return f"http://{shown}:{server.port}/"
