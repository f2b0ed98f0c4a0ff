"""Bad input on the command line: one clear line, a non-zero exit, and nothing made.

Each case runs the real `acupressure-helper` in a process of its own, as a person would.
Bad arguments exit with argparse's 2; settings from the environment that cannot work, 1.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

COMMAND = str(Path(sys.executable).with_name("acupressure-helper"))
REPO = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"
NOBODY = 65534


def run(*words: str, env: dict[str, str] | None = None, as_nobody: bool = False) -> Failure:
    environment = {k: v for k, v in os.environ.items() if k not in {"SESSIONS_TABLE", "SKILL_ID"}}
    environment.pop("ACUPRESSURE_DB", None)
    environment.update(env or {})
    command = [COMMAND]
    if as_nobody:
        # The virtualenv's Python may live in root's home, which nobody can enter; the
        # command checks its words before it imports anything the system's Python lacks.
        command = [SYSTEM_PYTHON, "-m", "toolkit.cli"]
        environment["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [*command, *words],
        input="Alexa, open acupressure helper\n",
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO,
        timeout=60,
        check=False,
        user=NOBODY if as_nobody else None,
    )
    return Failure(done.returncode, done.stdout, done.stderr)


class Failure:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def said(self) -> str:
        """The one line that explains, argparse's usage line aside."""
        lines = [line for line in self.err.splitlines() if not line.startswith("usage:")]
        assert len(lines) == 1, self.err
        assert "Traceback" not in self.err
        return lines[0]


@pytest.fixture
def folder() -> Iterator[Path]:
    """A folder anyone may read, so a test can also run the command as another user."""
    path = Path(tempfile.mkdtemp(prefix="acupressure-cli-"))
    path.chmod(0o755)
    yield path
    for child in path.iterdir():
        child.unlink()
    path.rmdir()


# --- serve ------------------------------------------------------------------------------


@pytest.mark.parametrize("port", ["-1", "99999", "65536", "eighty"])
def test_serve_refuses_a_port_that_is_not_one(port: str) -> None:
    done = run("serve", "--no-verify", "--port", port)
    assert done.code == 2
    assert "--port" in done.said
    assert "listening" not in done.out


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--workers", "0"),
        ("--threads", "-3"),
        ("--client-timeout", "nan"),
        ("--client-timeout", "0"),
        ("--keepalive", "1e9"),
    ],
)
def test_serve_refuses_settings_out_of_range(option: str, value: str) -> None:
    done = run("serve", "--no-verify", option, value)
    assert done.code == 2
    assert option in done.said


def test_serve_says_when_the_certificate_cannot_be_loaded(folder: Path) -> None:
    missing = folder / "missing.pem"
    done = run("serve", "--certfile", str(missing), "--keyfile", str(missing))
    assert done.code == 1
    assert "the certificate or key could not be loaded" in done.said


# --- chat -------------------------------------------------------------------------------


def test_chat_will_not_log_requests_into_a_missing_folder(folder: Path) -> None:
    target = folder / "no-such-folder" / "requests.jsonl"
    done = run("chat", "--log-requests", str(target), "--db", str(folder / "s.sqlite3"))
    assert done.code == 2
    assert f"there is no folder {target.parent}" in done.said
    assert not target.parent.exists()
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("speed", ["0", "-5", "nan", "inf", "1e400", "1e7", "fast"])
def test_chat_refuses_an_absurd_speed(folder: Path, speed: str) -> None:
    done = run("chat", "--speed", speed, "--db", str(folder / "s.sqlite3"))
    assert done.code == 2
    assert "--speed" in done.said
    assert list(folder.iterdir()) == []


def test_chat_refuses_a_store_in_a_missing_folder(folder: Path) -> None:
    target = folder / "not-made-yet" / "store.sqlite3"
    done = run("chat", "--db", str(target))
    assert done.code == 2
    assert f"there is no folder {target.parent}" in done.said
    assert not target.parent.exists()


def _not_sqlite(path: Path) -> None:
    path.write_text("my shopping list\n")


def _corrupt(path: Path) -> None:
    with sqlite3.connect(path) as database:
        database.execute("CREATE TABLE profiles (person TEXT, data TEXT)")
        database.executemany("INSERT INTO profiles VALUES (?, ?)", [("a", "x" * 3000)] * 50)
    database.close()
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\xff" * 3900  # the first page's body, with the schema, overwritten
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("spoil", [_not_sqlite, _corrupt], ids=["not-sqlite", "corrupt"])
def test_chat_refuses_a_file_that_is_not_a_good_store(folder: Path, spoil: object) -> None:
    store = folder / "store.sqlite3"
    spoil(store)  # type: ignore[operator]
    before = store.read_bytes()
    done = run("chat", "--db", str(store))
    assert done.code == 2
    assert str(store) in done.said
    assert "Alexa:" not in done.out
    assert store.read_bytes() == before


def test_chat_refuses_a_store_it_cannot_write(folder: Path) -> None:
    store = folder / "store.sqlite3"
    with sqlite3.connect(store) as database:
        database.execute("CREATE TABLE kept (x)")
    database.close()
    store.chmod(0o444)
    as_root = os.geteuid() == 0  # root may write any file: run as nobody instead
    if as_root and not Path(SYSTEM_PYTHON).exists():
        pytest.skip(f"running as root, and no {SYSTEM_PYTHON} to run as nobody with")
    done = run("chat", "--db", str(store), as_nobody=as_root)
    assert done.code == 2
    assert f"{store} cannot be" in done.said
    assert "Alexa:" not in done.out


# --- the DynamoDB endpoint --------------------------------------------------------------

NOT_A_URL = {
    "AWS_ENDPOINT_URL_DYNAMODB": "not-a-url",
    "SESSIONS_TABLE": "acupressure-sessions",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "local",
    "AWS_SECRET_ACCESS_KEY": "local",
}


@pytest.mark.parametrize(
    ("words", "code"),
    [(("chat",), 1), (("serve", "--no-verify", "--port", "0"), 1), (("db", "create"), 2)],
    ids=["chat", "serve", "db-create"],
)
def test_an_endpoint_that_is_not_a_url_is_one_line(words: tuple[str, ...], code: int) -> None:
    done = run(*words, env=NOT_A_URL)
    assert done.code == code
    assert "is not a URL such as http://127.0.0.1:8000: 'not-a-url'" in done.said
    assert "Alexa:" not in done.out
    assert "listening" not in done.out
