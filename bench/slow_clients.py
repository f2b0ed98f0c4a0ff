"""Slow and silent clients against `acupressure-helper serve` over TLS, and a probe between.

The mix (issue 20): silent TLS connections (handshake done, nothing sent), half
ClientHellos, slowloris clients (one header line every 4 s) and bodies trickling a byte a
second, each reconnecting as soon as the server closes it. Meanwhile a correct request
goes every half second on a connection of its own; each must be answered within 2 s.

`make bench` runs the full mix for 30 s (bench/run.py). `python -m bench.slow_clients
[--seconds S] [--scale F] [--into bench/results.json]` runs it alone against a fresh
service, printing the figures, and with --into puts them into an earlier bench's results.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import multiprocessing
import select
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.envelopes import request_id, template
from bench.report import GOALS
from toolkit.simulator.local_certificate import self_signed_certificate

ROOT = Path(__file__).resolve().parent.parent
# A ClientHello's first bytes: the record header and the start of the handshake.
HALF_A_HELLO = b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"
WITHIN_SECONDS = 2.0
Address = tuple[str, int]


@dataclass(frozen=True)
class Mix:
    silent_tls: int = 40
    half_hellos: int = 40
    slowloris: int = 40
    trickles: int = 20
    header_every: float = 4.0
    byte_every: float = 1.0
    probe_every: float = 0.5

    def scaled(self, factor: float) -> Mix:
        def part(n: int) -> int:
            return max(1, round(n * factor))

        return Mix(
            part(self.silent_tls), part(self.half_hellos), part(self.slowloris), part(self.trickles)
        )


@dataclass
class MixResult:
    mix: Mix
    seconds: float
    # Seconds to each probe's whole answer; None for one that failed or took over 8 s.
    probes: list[float | None] = field(default_factory=list)
    attacker_connections: int = 0

    @property
    def within(self) -> int:
        return sum(1 for s in self.probes if s is not None and s <= WITHIN_SECONDS)

    def summary(self) -> dict[str, Any]:
        answered = sorted(s for s in self.probes if s is not None)
        return {
            "mix": asdict(self.mix),
            "seconds": round(self.seconds, 1),
            "probes": len(self.probes),
            "answered_within_2s": self.within,
            "share_within_2s": round(self.within / len(self.probes), 3) if self.probes else None,
            "slowest_probe_s": round(answered[-1], 3) if answered else None,
            "median_probe_s": round(answered[len(answered) // 2], 3) if answered else None,
            "attacker_connections": self.attacker_connections,
        }


def probe_body() -> bytes:
    launch = template("launch_request.json")
    launch["request"].update(
        requestId=request_id(),
        timestamp=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    return json.dumps(launch).encode()


def _probe(address: Address, tls: ssl.SSLContext) -> float | None:
    started = time.perf_counter()
    connection = http.client.HTTPSConnection(*address, timeout=8, context=tls)
    try:
        body = probe_body()
        connection.request("POST", "/", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        ok = response.status == 200
    except (OSError, http.client.HTTPException):
        ok = False
    finally:
        connection.close()
    return time.perf_counter() - started if ok else None


def _wait_until_closed(connection: socket.socket, stop: Any, step: float) -> None:
    connection.settimeout(step)
    while not stop.is_set():
        try:
            if not connection.recv(4096):
                return
        except TimeoutError:
            continue


def _keep_sending(
    connection: socket.socket,
    first: bytes,
    more: Callable[[], bytes],
    every: float,
    stop: Any,
) -> None:
    connection.sendall(first)
    while not stop.wait(every):
        connection.sendall(more())


def _attacker(
    kind: str, address: Address, tls: ssl.SSLContext, mix: Mix, stop: Any, count: Any
) -> None:
    def connect(secure: bool) -> socket.socket:
        raw = socket.create_connection(address, timeout=5)
        with count.get_lock():
            count.value += 1
        return tls.wrap_socket(raw, server_hostname="127.0.0.1") if secure else raw

    while not stop.is_set():
        try:
            if kind == "silent_tls":
                with connect(True) as connection:
                    _wait_until_closed(connection, stop, 0.5)
            elif kind == "half_hellos":
                with connect(False) as connection:
                    connection.sendall(HALF_A_HELLO)
                    _wait_until_closed(connection, stop, 0.5)
            elif kind == "slowloris":
                with connect(True) as connection:
                    head = b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    _keep_sending(
                        connection, head, lambda: b"X-Slow: 1\r\n", mix.header_every, stop
                    )
            else:
                with connect(True) as connection:
                    head = b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n"
                    _keep_sending(connection, head, lambda: b" ", mix.byte_every, stop)
        except (OSError, ssl.SSLError):
            stop.wait(0.05)  # closed by the server: straight back


def _attack(address: Address, cafile: str, mix: Mix, stop: Any, count: Any) -> None:
    """Every slow and silent client of the mix, each a thread, until `stop` is set."""
    tls = ssl.create_default_context(cafile=cafile)
    attackers = [
        threading.Thread(target=_attacker, args=(kind, address, tls, mix, stop, count), daemon=True)
        for kind in ("silent_tls", "half_hellos", "slowloris", "trickles")
        for _ in range(getattr(mix, kind))
    ]
    for attacker in attackers:
        attacker.start()
    stop.wait()


def run_mix(address: Address, cafile: str, mix: Mix, seconds: float) -> MixResult:
    """The mix against the service at `address` for `seconds`, the probes timed.

    The slow clients run in a process of their own: sharing the probes' interpreter, their
    140 threads would make the probes wait for Python's lock, not for the server.
    """
    context = multiprocessing.get_context("fork")
    stop, count = context.Event(), context.Value("i", 0)
    attack = context.Process(target=_attack, args=(address, cafile, mix, stop, count))
    attack.start()
    tls = ssl.create_default_context(cafile=cafile)
    result = MixResult(mix, seconds)
    lock = threading.Lock()

    def probe() -> None:
        latency = _probe(address, tls)
        with lock:
            result.probes.append(latency)

    try:
        time.sleep(min(2.0, seconds / 4))  # let them take hold first
        probes: list[threading.Thread] = []
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            probes.append(threading.Thread(target=probe, daemon=True))
            probes[-1].start()
            time.sleep(mix.probe_every)
        for thread in probes:
            thread.join(timeout=10)
    finally:
        stop.set()
        attack.join(timeout=10)
        if attack.is_alive():
            attack.kill()
    result.attacker_connections = count.value
    return result


@contextmanager
def served_over_tls(*options: str, python: str = sys.executable) -> Iterator[tuple[Address, str]]:
    """`acupressure-helper serve --no-verify` over TLS on a loopback port, with its defaults."""
    with tempfile.TemporaryDirectory() as folder:
        certfile, keyfile = self_signed_certificate(Path(folder))
        command = [python, "-m", "toolkit.web.serve", "--port", "0", "--no-verify"]
        command += ["--db", str(Path(folder) / "mix.sqlite3"), "--certfile", str(certfile)]
        command += ["--keyfile", str(keyfile), *options]
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        try:
            assert process.stdout is not None
            ready, _, _ = select.select([process.stdout], [], [], 60)
            line = process.stdout.readline() if ready else ""
            assert "listening on https://" in line, line
            port = int(line.split("listening on https://")[1].split("/")[0].rsplit(":", 1)[1])
            yield ("127.0.0.1", port), str(certfile)
        finally:
            process.terminate()
            process.wait(timeout=30)


def measure(seconds: float, scale: float = 1.0) -> dict[str, Any]:
    with served_over_tls() as (address, cafile):
        return run_mix(address, cafile, Mix().scaled(scale), seconds).summary()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.slow_clients", description=__doc__)
    parser.add_argument("--seconds", type=float, default=30.0, help="probing time (30)")
    parser.add_argument("--scale", type=float, default=1.0, help="share of the full mix (1)")
    parser.add_argument("--into", type=Path, help="a results file to put the figures into")
    args = parser.parse_args()
    slow = measure(args.seconds, args.scale)
    print(json.dumps(slow, indent=2))
    if args.into is not None:
        results = json.loads(args.into.read_text())
        results.update(slow_client_probes_within_2s=slow["share_within_2s"], slow_clients=slow)
        results["goals"] = GOALS
        args.into.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
