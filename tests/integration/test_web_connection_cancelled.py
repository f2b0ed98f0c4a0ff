"""A connection still open as the web service's loop shuts down ends quietly.

asyncio 3.11's streams take a cancelled connection task for a failed one and log
"Exception in callback ... CancelledError" with a traceback; the service's log must carry
none, so a connection cancelled half-way through its request is reset and its task ends.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent import futures
from types import SimpleNamespace
from typing import Any

from toolkit.web.server import _Connections


def _worker() -> Any:
    config = SimpleNamespace(keepalive=2, worker_connections=10, is_ssl=False)
    return SimpleNamespace(wsgi=None, log=logging.getLogger("test"), cfg=config)


async def _cancel_half_way() -> tuple[list[dict[str, Any]], bytes]:
    loop = asyncio.get_running_loop()
    logged: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: logged.append(context))
    with futures.ThreadPoolExecutor(1) as pool:
        connections = _Connections(_worker(), pool)
        server = await asyncio.start_server(connections.serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST / HTTP/1.1\r\nHost: x\r\n")  # half a request: the rest never comes
        await writer.drain()
        for _ in range(100):
            if connections.open:
                break
            await asyncio.sleep(0.01)
        [task] = list(connections.open)
        task.cancel()
        await asyncio.wait({task}, timeout=5)
        await asyncio.sleep(0.05)  # the streams' done callback runs after the task ends
        try:
            left = await reader.read()
        except ConnectionResetError:
            left = b""
        writer.close()
        server.close()
        await server.wait_closed()
    return logged, left


def test_a_connection_cancelled_half_way_is_reset_with_nothing_logged() -> None:
    logged, left = asyncio.run(_cancel_half_way())

    assert [context.get("message") for context in logged] == []
    assert left == b""  # reset: no answer, and the client sees the connection end
