"""A skill served as the web service serves it, in a process of its own.

`python -m bench.web_server MODULE`: the app of `skill.web.create_app`, signature checks
off (loopback only), around MODULE's `make_skill()`, on the threaded server `skill.serve`
uses. Prints the URL, then serves until standard input closes.
"""

from __future__ import annotations

import importlib
import sys
import threading

from skill.serve import make_web_server, server_url
from skill.web import create_app


def main(module_name: str) -> None:
    module = importlib.import_module(module_name)
    app = create_app(verify=False, skill=module.make_skill())
    server = make_web_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    print(server_url(server), flush=True)
    try:
        sys.stdin.read()
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


if __name__ == "__main__":
    main(sys.argv[1])
