"""Alexa's Reminders API and the device's time-zone setting, served locally over HTTPS.

The simulator points its envelopes' `context.System.apiEndpoint` here, so the skill's own
SDK clients set, list and cancel reminders against it as they would against Alexa. Tests
use it the same way, and read back every call it answered.

It serves HTTPS with a certificate made when it starts, because the SDK's client refuses
plain HTTP; the skill trusts that certificate through `ALEXA_API_CA_BUNDLE`. Reminders
need the person's permission (`permission_granted`), as on a real device.
"""

from __future__ import annotations

import ipaddress
import json
import re
import ssl
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Final

from toolkit.simulator.envelopes import utc_now

REMINDERS: Final = "/v1/alerts/reminders"
_TIME_ZONE_PATH = re.compile(r"/v2/devices/[^/]+/settings/System\.timeZone")
_LOCAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?")
_DAILY = re.compile(r"FREQ=DAILY;BYHOUR=(\d{1,2});BYMINUTE=(\d{1,2})")

Change = Callable[[str, "StoredReminder"], None]


@dataclass
class StoredReminder:
    alert_token: str
    request: dict[str, Any]  # the body the skill sent
    created_at: datetime
    status: str = "ON"

    def as_api(self) -> dict[str, Any]:
        """The reminder as the API reads it back."""
        created = self.created_at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        return {
            "alertToken": self.alert_token,
            "createdTime": created,
            "updatedTime": created,
            "status": self.status,
            "trigger": self.request.get("trigger"),
            "alertInfo": self.request.get("alertInfo"),
            "pushNotification": self.request.get("pushNotification"),
            "version": "1",
        }

    @property
    def spoken_text(self) -> str:
        content = self.request.get("alertInfo", {}).get("spokenInfo", {}).get("content", [{}])
        return str(content[0].get("text", "")) if content else ""


@dataclass(frozen=True)
class ApiCall:
    method: str
    path: str
    body: Any
    authorization: str | None


def describe(request: dict[str, Any]) -> str:
    """When a reminder rings, for a person reading the simulator: "daily at 19:00 Europe/London"."""
    trigger = request.get("trigger") or {}
    zone = trigger.get("timeZoneId") or "(device time zone)"
    if trigger.get("type") == "SCHEDULED_RELATIVE":
        seconds = int(trigger.get("offsetInSeconds") or 0)
        return f"in {seconds / 3600:g} hours" if seconds % 360 == 0 else f"in {seconds} seconds"
    rules = (trigger.get("recurrence") or {}).get("recurrenceRules") or []
    for rule in rules:
        daily = _DAILY.search(rule)
        if daily:
            return f"daily at {int(daily.group(1)):02d}:{int(daily.group(2)):02d} {zone}"
    scheduled = str(trigger.get("scheduledTime", "")).replace("T", " ")[:16]
    return f"once at {scheduled} {zone}"


def reminder_line(kind: str, reminder: StoredReminder) -> str:
    """'  [reminder] created: daily at 19:00 Europe/London — "Time for your acupressure. …"'."""
    return f'  [reminder] {kind}: {describe(reminder.request)} — "{reminder.spoken_text}"'


def _problem(request: Any) -> str | None:
    """Why the API would refuse this reminder, or None: the checks Alexa makes that matter here."""
    if not isinstance(request, dict):
        return "INVALID_REQUEST"
    trigger = request.get("trigger") or {}
    kind = trigger.get("type")
    if kind == "SCHEDULED_RELATIVE":
        if not isinstance(trigger.get("offsetInSeconds"), int):
            return "INVALID_TRIGGER_OFFSET"
    elif kind == "SCHEDULED_ABSOLUTE":
        recurrence = trigger.get("recurrence")
        when = (recurrence or {}).get("startDateTime") or trigger.get("scheduledTime")
        # Times are local wall-clock times: no offset, no "Z".
        if not isinstance(when, str) or not _LOCAL_TIME.fullmatch(when):
            return "INVALID_TRIGGER_SCHEDULED_TIME_FORMAT"
        if recurrence is not None and not recurrence.get("recurrenceRules"):
            return "INVALID_RECURRENCE"
    else:
        return "INVALID_TRIGGER_TYPE"
    content = (request.get("alertInfo") or {}).get("spokenInfo", {}).get("content") or []
    if not content or not all(entry.get("locale") and entry.get("text") for entry in content):
        return "INVALID_ALERT_INFO"
    return None


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, and its key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "alexa-apis.local")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "alexa-apis.pem", folder / "alexa-apis.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


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
        cert_path, key_path = _certificate(Path(self._folder.name))
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
            problem = _problem(body)
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
