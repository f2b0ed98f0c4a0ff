"""The bench's surroundings: a moto DynamoDB in its own process, a table, and child processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from bench.envelopes import template

ROOT = Path(__file__).resolve().parent.parent
SKILL = "skill.lambda_function"
BASELINE = "bench.baseline_skill"
COLD_PERSON = "amzn1.ask.account.BENCH-COLD"

_SETTINGS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AUDIO_BASE_URL": "https://audio.example.com/v1",
}
_UNSET = ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_REGION", "ACUPRESSURE_DB")


@dataclass(frozen=True)
class ChildRun:
    """A child's report, and when the parent started it (monotonic clock, ns)."""

    report: dict[str, Any]
    spawned_at_ns: int
    stderr: str

    @property
    def cold_ms(self) -> float:
        """From the parent's spawn to the child's first answer: the whole cold start."""
        return (int(self.report["answered_at_ns"]) - self.spawned_at_ns) / 1e6

    @property
    def cold_in_process_ms(self) -> float:
        return int(self.report["cold_in_process_ns"]) / 1e6


@dataclass
class Lab:
    """Everything the benchmarks share; a context manager that cleans up after itself."""

    python: str = sys.executable
    # A Lambda package ships compiled byte-code (its file system is read-only, so Python
    # could not cache it there): measured children read byte-code from the lab's own cache.
    bytecode_cache: bool = True
    env: dict[str, str] = field(default_factory=dict)
    folder: Path = Path()
    launch: Path = Path()
    _moto: subprocess.Popen[str] | None = None
    _tmp: tempfile.TemporaryDirectory[str] | None = None

    def __enter__(self) -> Lab:
        self._tmp = tempfile.TemporaryDirectory(prefix="acupressure-bench-")
        self.folder = Path(self._tmp.name)
        env = {k: v for k, v in os.environ.items() if k not in _UNSET}
        env.update(_SETTINGS)
        if self.bytecode_cache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(self.folder / "pycache")
        self._moto = subprocess.Popen(
            [self.python, "-m", "bench.moto_process"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._moto.stdout is not None
        endpoint = self._moto.stdout.readline().strip()
        if not endpoint.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"the DynamoDB server did not start: {endpoint!r}")
        env["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint
        self.env = env
        self.fresh_table()
        launch = template("launch_request.json")
        for holder in (launch["session"]["user"], launch["context"]["System"]["user"]):
            holder["userId"] = COLD_PERSON
        self.launch = self.folder / "launch.json"
        self.launch.write_text(json.dumps(launch))
        return self

    def fresh_table(self) -> str:
        """A new, empty sessions table for the children started from now on.

        Each measurement starts on an empty one, so that what one skill wrote never
        weighs on the next measurement of either.
        """
        table = f"bench-{uuid.uuid4().hex[:8]}"
        self._create_table(self.env["AWS_ENDPOINT_URL_DYNAMODB"], table)
        self.env["SESSIONS_TABLE"] = table
        return table

    def _create_table(self, endpoint: str, table: str) -> None:
        import boto3

        from skill.store.dynamodb_client import create_table

        # Not the skill's client: its one-second timeouts are too short for a server
        # that is still loading.
        client = boto3.client(
            "dynamodb",
            endpoint_url=endpoint,
            region_name=_SETTINGS["AWS_DEFAULT_REGION"],
            aws_access_key_id=_SETTINGS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=_SETTINGS["AWS_SECRET_ACCESS_KEY"],
        )
        create_table(client, table)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._moto is not None:
            close_process(self._moto)
        if self._tmp is not None:
            self._tmp.cleanup()

    def child(self, mode: str, module: str, *options: str, importtime: bool = False) -> ChildRun:
        """Run `bench.child` in a fresh interpreter; its JSON report back."""
        flags = ["-X", "importtime"] if importtime else []
        command = [self.python, *flags, "-m", "bench.child", mode, module, str(self.launch)]
        spawned_at_ns = time.monotonic_ns()
        done = subprocess.run(
            [*command, *options],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
        return ChildRun(json.loads(done.stdout.splitlines()[-1]), spawned_at_ns, done.stderr)

    def start(self, module: str) -> tuple[subprocess.Popen[str], str]:
        """MODULE served over loopback HTTP in its own process; the process and its URL."""
        server = subprocess.Popen(
            [self.python, "-m", "bench.web_server", module],
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            close_process(server)
            raise RuntimeError(f"the web service of {module} did not start")
        return server, url


def close_process(process: subprocess.Popen[str]) -> None:
    """Ask a child to finish by closing its standard input; stop it if it will not."""
    stdin: IO[str] | None = process.stdin
    if stdin is not None:
        stdin.close()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
