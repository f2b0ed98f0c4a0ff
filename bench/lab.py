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
from typing import IO, TYPE_CHECKING, Any

from bench import cold_requests
from bench.adapter_table import TABLE_SETTING, create_attributes_table
from bench.cold_requests import GERMAN_LAUNCH, LAUNCH, NEXT_SEGMENT, ONE_SHOT
from bench.envelopes import Envelope

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

ROOT = Path(__file__).resolve().parent.parent
SKILL = "skill.lambda_function"
BASELINE = "bench.baseline_skill"
ADAPTER = "bench.adapter_skill"
SKILLS = (SKILL, BASELINE, ADAPTER)
# How results.json names each.
NAMES = {SKILL: "skill", BASELINE: "baseline", ADAPTER: "adapter"}

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
    # Each kind of first request a child can be woken by, as a file it reads.
    first_requests: dict[str, Path] = field(default_factory=dict)
    _moto: subprocess.Popen[str] | None = None
    _tables: DynamoDBClient | None = None
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
        self._write_first(LAUNCH, cold_requests.launch())
        self._write_first(GERMAN_LAUNCH, cold_requests.german_launch())
        self._write_first(ONE_SHOT, cold_requests.one_shot())
        return self

    def _write_first(self, kind: str, envelope: Envelope) -> None:
        path = self.folder / f"first-{len(self.first_requests)}.json"
        path.write_text(json.dumps(envelope))
        self.first_requests[kind] = path

    def learn_the_hold(self, script: list[Envelope]) -> None:
        """The device event a cold start answers, from a session this skill was driven through."""
        self._write_first(NEXT_SEGMENT, cold_requests.next_segment(script))

    def fresh_table(self) -> str:
        """New, empty tables for the children started from now on.

        Each measurement starts on empty ones, so that what one skill wrote never weighs on
        the next measurement of any: the sessions table as the skill's template declares it,
        and the adapter skill's table as the adapter itself would create it.
        """
        table = f"bench-{uuid.uuid4().hex[:8]}"
        client = self.tables()
        from skill.store.dynamodb_client import create_table

        create_table(client, table)
        create_attributes_table(client, f"{table}-attributes")
        self.env["SESSIONS_TABLE"] = table
        self.env[TABLE_SETTING] = f"{table}-attributes"
        return table

    def tables(self) -> DynamoDBClient:
        """The lab's own DynamoDB client, for its tables."""
        import boto3

        if self._tables is not None:
            return self._tables
        # Not the skill's client: its one-second timeouts are too short for a server
        # that is still loading.
        self._tables = boto3.client(
            "dynamodb",
            endpoint_url=self.env["AWS_ENDPOINT_URL_DYNAMODB"],
            region_name=_SETTINGS["AWS_DEFAULT_REGION"],
            aws_access_key_id=_SETTINGS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=_SETTINGS["AWS_SECRET_ACCESS_KEY"],
        )
        return self._tables

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

    def child(
        self,
        mode: str,
        module: str,
        *options: str,
        first: str = LAUNCH,
        importtime: bool = False,
    ) -> ChildRun:
        """Run `bench.child` in a fresh interpreter, woken by the `first` kind of request.

        Its JSON report back, once its answer to that request is checked.
        """
        flags = ["-X", "importtime"] if importtime else []
        first_path = str(self.first_requests[first])
        command = [self.python, *flags, "-m", "bench.child", mode, module, first_path]
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
        run = ChildRun(json.loads(done.stdout.splitlines()[-1]), spawned_at_ns, done.stderr)
        fault = cold_requests.answer_fault(first, run.report["cold_answer"], module == SKILL)
        if fault is not None:
            raise RuntimeError(f"{module}, woken by {first}: {fault}")
        return run

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
