"""Alexa's Reminders API and the device's time-zone setting, served locally over HTTPS.

The simulator points its envelopes' `context.System.apiEndpoint` here, so the skill's own
SDK clients set, list and cancel reminders against it as they would against Alexa. Tests
use it the same way, and read back every call it answered.

It serves HTTPS with a certificate made when it starts, because the SDK's client refuses
plain HTTP; the skill trusts that certificate through `ALEXA_API_CA_BUNDLE`. Reminders
need the person's permission (`permission_granted`), as on a real device.
"""

from __future__ import annotations

import json
import re
import ssl
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Final

from toolkit.simulator.envelopes import utc_now
from toolkit.simulator.local_certificate import self_signed_certificate
from toolkit.simulator.reminders import StoredReminder, refusal

REMINDERS: Final = "/v1/alerts/reminders"
_TIME_ZONE_PATH = re.compile(r"/v2/devices/[^/]+/settings/System\.timeZone")

Change = Callable[[str, StoredReminder], None]


@dataclass(frozen=True)
class ApiCall:
    method: str
    path: str
    body: Any
    authorization: str | None


@dataclass
class _Fault:
    status: int
    path_prefix: str


@dataclass
class AlexaApis:
    """The fake APIs for one person on one device. Use as a context manager, or start/stop."""

    time_zone: str = "Europe/London"
    permission_granted: bool = False
    on_change: Change | None = None
    clock: Callable[[], datetime] = utc_now
    reminders: dict[str, StoredReminder] = field(default_factory=dict)
    calls: list[ApiCall] = field(default_factory=list)
    _faults: list[_Fault] = field(default_factory=list)
    _stall_seconds: float = 0.0
    _server: ThreadingHTTPServer | None = None
    _folder: tempfile.TemporaryDirectory[str] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def endpoint(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake Alexa APIs are not started")
        return f"https://127.0.0.1:{self._server.server_address[1]}"

    @property
    def ca_file(self) -> str:
        if self._folder is None:
            raise RuntimeError("the fake Alexa APIs are not started")
        return str(Path(self._folder.name) / "alexa-apis.pem")

    def start(self) -> AlexaApis:
        self._folder = tempfile.TemporaryDirectory(prefix="alexa-apis-")
        cert_path, key_path = self_signed_certificate(Path(self._folder.name))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_path, key_path)
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True
        server.socket = context.wrap_socket(server.socket, server_side=True)
        self._server = server
        threading.Thread(
            target=server.serve_forever, args=(0.05,), name="alexa-apis", daemon=True
        ).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def __enter__(self) -> AlexaApis:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def fail_next(self, status: int, *, times: int = 1, path_prefix: str = REMINDERS) -> None:
        """Answer the next `times` calls under `path_prefix` with HTTP `status`."""
        with self._lock:
            self._faults.extend(_Fault(status, path_prefix) for _ in range(times))

    def stall(self, seconds: float) -> None:
        """Wait this long before answering each call (0 to answer at once)."""
        self._stall_seconds = seconds

    def active(self) -> list[StoredReminder]:
        return [reminder for reminder in self.reminders.values() if reminder.status == "ON"]

    def answer(
        self, method: str, path: str, body: Any, authorization: str | None
    ) -> tuple[int, Any]:
        """The status and JSON body the API gives a call."""
        with self._lock:
            self.calls.append(ApiCall(method, path, body, authorization))
            fault = next((f for f in self._faults if path.startswith(f.path_prefix)), None)
            if fault is not None:
                self._faults.remove(fault)
        if self._stall_seconds:
            time.sleep(self._stall_seconds)
        if fault is not None:
            return fault.status, {"code": f"HTTP_{fault.status}", "message": "injected fault"}
        if not authorization or not authorization.startswith("Bearer "):
            return 401, {"code": "UNAUTHORIZED", "message": "no access token"}
        if _TIME_ZONE_PATH.fullmatch(path) and method == "GET":
            return 200, self.time_zone
        if path == REMINDERS or path.startswith(REMINDERS + "/"):
            if not self.permission_granted:
                return 401, {"code": "UNAUTHORIZED", "message": "no permission for reminders"}
            return self._reminders(method, path, body)
        return 404, {"code": "NOT_FOUND", "message": path}

    def _reminders(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        alert_token = path[len(REMINDERS) + 1 :]
        if method == "POST" and not alert_token:
            problem = refusal(body)
            if problem is not None:
                return 400, {"code": problem, "message": "the reminder was refused"}
            reminder = StoredReminder(f"amzn1.alert.{uuid.uuid4()}", body, self.clock())
            self.reminders[reminder.alert_token] = reminder
            self._changed("created", reminder)
            created = reminder.as_api()
            return 200, {
                "alertToken": reminder.alert_token,
                "createdTime": created["createdTime"],
                "updatedTime": created["updatedTime"],
                "status": reminder.status,
                "version": "1",
                "href": f"{REMINDERS}/{reminder.alert_token}",
            }
        if method == "GET" and not alert_token:
            alerts = [reminder.as_api() for reminder in self.reminders.values()]
            for reminder in self.active():
                self._changed("listed", reminder)
            return 200, {"totalCount": str(len(alerts)), "alerts": alerts, "links": None}
        found = self.reminders.get(alert_token)
        if found is None:
            return 404, {"code": "NOT_FOUND", "message": "no such reminder"}
        if method == "GET":
            return 200, found.as_api()
        if method == "DELETE":
            del self.reminders[alert_token]
            self._changed("cancelled", found)
            return 200, None
        return 405, {"code": "METHOD_NOT_ALLOWED", "message": method}

    def _changed(self, kind: str, reminder: StoredReminder) -> None:
        if self.on_change is not None:
            self.on_change(kind, reminder)


def _handler_for(apis: AlexaApis) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = raw.decode(errors="replace")
            status, answer = apis.answer(
                self.command, self.path, body, self.headers.get("Authorization")
            )
            data = b"" if answer is None else json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_DELETE = do_PUT = _serve  # noqa: N815 - the names http.server calls

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the simulator prints reminders its own way."""

    return Handler
