"""build/lambda.zip: what Lambda runs, nothing the developers use, and it answers Alexa.

The package is built for real, as `make package` builds it: wheels for Lambda's platform
from PyPI. Its Python code is portable, and modules compiled for Lambda's processor have
pure Python alternatives, so this machine's Python can run the very same zip.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from infra import package
from skill import lambda_function
from skill.handlers.plumbing.named import Named, NamedInterceptor
from skill.speech.languages import PACK_MODULES
from skill.store import person_key
from skill.store.dynamodb_client import make_client
from skill.store.dynamodb_items import PROFILE_SK
from tests.support.conversation import fixture
from tests.support.skill_dynamodb import drop_table, use_table

pytestmark = pytest.mark.slow

# Distributions of the dev and web extras, and what they bring, that Lambda never needs.
NOT_FOR_LAMBDA = {
    "flask", "flask_ask_sdk", "gunicorn", "ask_sdk_webservice_support", "werkzeug", "jinja2",
    "moto",
    "pytest", "_pytest", "hypothesis", "ruff", "mypy", "mypy_boto3_dynamodb",
    "boto3_stubs", "cfnlint", "yaml", "cryptography", "oscrypto", "certvalidator",
    "ask_smapi_model",
}  # fmt: skip
NOT_FOR_LAMBDA_SKILL_MODULES = (
    "toolkit/simulator/", "toolkit/web/app.py", "toolkit/web/crypto.py", "toolkit/web/verifiers.py",
    "toolkit/web/serve.py", "toolkit/web/server.py", "toolkit/web/buffered.py",
    "toolkit/web/wsgi_call.py", "toolkit/web/refusals.py", "toolkit/cli.py", "toolkit/chat/",
    "toolkit/audio/render.py",
    "toolkit/audio/espeak.py", "toolkit/audio/polly.py", "toolkit/audio/mixdown.py",
    "toolkit/visuals/", "toolkit/look/",
)  # fmt: skip
USER_ID = "amzn1.ask.account.PACKAGED"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("package") / "lambda.zip"
    return package.build(out, python=package.lambda_python())


@pytest.fixture(scope="module")
def names(built: Path) -> list[str]:
    with zipfile.ZipFile(built) as archive:
        return archive.namelist()


@pytest.fixture(scope="module")
def unpacked(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(built) as archive:
        archive.extractall(folder)
    return folder


def top_level(names: list[str]) -> set[str]:
    return {name.split("/")[0].split("-")[0].removesuffix(".py").lower() for name in names}


def test_the_package_holds_the_runtime_dependencies_and_no_developer_tools(
    names: list[str],
) -> None:
    found = top_level(names)
    assert {"ask_sdk_core", "ask_sdk_model", "boto3", "botocore", "skill"} <= found
    assert found & NOT_FOR_LAMBDA == set()
    # pip's command scripts are left behind.
    assert not [name for name in names if name.startswith("bin/")]


def test_the_package_holds_the_skill_lambda_runs_and_nothing_else_of_it(
    names: list[str],
) -> None:
    assert "skill/lambda_function.py" in names
    assert "skill/store/dynamodb.py" in names  # imported only once a table is configured
    assert not [name for name in names if name.startswith(NOT_FOR_LAMBDA_SKILL_MODULES)]
    assert "skill/py.typed" not in names


def runs_on_lambda(tag: str) -> bool:
    """Whether a wheel tag (python-abi-platform) fits CPython 3.12 on Linux for arm64."""
    python, abi, platform = tag.split("-")
    fits_python = python == "cp312" or python.startswith("py3")
    fits_platform = platform == "any" or ("linux" in platform and "aarch64" in platform)
    return fits_python and abi in {"none", "abi3", "cp312"} and fits_platform


def test_every_wheel_in_the_package_is_for_lambdas_platform(unpacked: Path) -> None:
    wheels = list(unpacked.glob("*.dist-info/WHEEL"))
    assert len(wheels) >= 5
    for wheel in wheels:
        lines = wheel.read_text(encoding="utf-8").splitlines()
        tags = [line.removeprefix("Tag: ").strip() for line in lines if line.startswith("Tag: ")]
        assert any(runs_on_lambda(tag) for tag in tags), (wheel.parent.name, tags)
        assert not [tag for tag in tags if "x86_64" in tag or "win" in tag or "macosx" in tag]


def test_the_package_carries_byte_code_for_lambdas_python_when_there_is_one(
    names: list[str],
) -> None:
    compiled = [name for name in names if name.endswith(".pyc")]
    if package.lambda_python() is None:
        assert compiled == []
    else:
        assert "skill/__pycache__/lambda_function.cpython-312.pyc" in compiled
        assert all(name.endswith(package.BYTE_CODE_SUFFIX) for name in compiled)


def answer_from_package(
    unpacked: Path, event: dict[str, Any], environment: dict[str, str]
) -> dict[str, Any]:
    """The packaged skill's answer to `event`, from a Python that sees only the package.

    `-I -S`: no site-packages, no PYTHONPATH, no user site; only the standard library and
    the unpacked zip, like Lambda's code folder.
    """
    python = package.lambda_python() or sys.executable
    script = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(unpacked)!r})\n"
        "from skill.lambda_function import lambda_handler\n"
        "import boto3, skill\n"
        "assert skill.__file__.startswith(sys.path[0]), skill.__file__\n"
        "assert boto3.__file__.startswith(sys.path[0]), boto3.__file__\n"
        "print(json.dumps(lambda_handler(json.load(sys.stdin), None)))\n"
    )
    answered = subprocess.run(
        [python, "-I", "-S", "-c", script],
        input=json.dumps(event),
        capture_output=True,
        text=True,
        check=False,
        env=environment,
        timeout=60,
    )
    assert answered.returncode == 0, answered.stderr
    reply: dict[str, Any] = json.loads(answered.stdout.splitlines()[-1])
    return reply


def one_shot_doing_it_myself() -> dict[str, Any]:
    """ "Alexa, tell acupressure helper I'll do it myself": remembered, then the safety check."""
    event = fixture("intent_request.json")
    event["session"]["new"] = True
    event["session"]["user"]["userId"] = USER_ID
    event["context"]["System"]["user"]["userId"] = USER_ID
    event["request"]["intent"]["name"] = "SelfHoldIntent"
    return event


def test_the_packaged_skill_answers_as_the_source_does_and_keeps_what_it_learns(
    unpacked: Path, moto_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = one_shot_doing_it_myself()
    source_table = use_table(monkeypatch, moto_server)
    packaged_table = use_table(monkeypatch, moto_server)
    try:
        environment = {
            "PATH": "/usr/bin:/bin",
            "SESSIONS_TABLE": packaged_table,
            "AWS_ENDPOINT_URL_DYNAMODB": moto_server,
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AUDIO_BASE_URL": "https://audio.example.org/audio",
        }
        packaged = answer_from_package(unpacked, event, environment)

        monkeypatch.setenv("SESSIONS_TABLE", source_table)
        monkeypatch.setenv("AUDIO_BASE_URL", environment["AUDIO_BASE_URL"])
        lambda_function.reset()
        from_source = lambda_function.lambda_handler(one_shot_doing_it_myself(), None)

        # The SDK names the Python it runs on: the one difference allowed.
        assert packaged.pop("userAgent").startswith("ask-python/")
        from_source.pop("userAgent")
        assert packaged == from_source
        assert "safety check" in packaged["response"]["outputSpeech"]["ssml"]
        # The person's profile, as skill/store/dynamodb.py lays it out, records who presses.
        key = {"pk": {"S": f"USER#{person_key(USER_ID)}"}, "sk": {"S": PROFILE_SK}}
        profile = make_client(moto_server).get_item(TableName=packaged_table, Key=key)
        assert profile["Item"]["holder"] == {"S": "self"}
    finally:
        lambda_function.reset()
        drop_table(moto_server, source_table)
        drop_table(moto_server, packaged_table)


def test_the_packaged_skill_speaks_german_from_its_pack_loaded_by_name(
    unpacked: Path, moto_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A German request loads the German pack on first use: it must be in the zip."""
    event = one_shot_doing_it_myself()
    event["request"]["locale"] = "de-DE"
    table = use_table(monkeypatch, moto_server)
    try:
        environment = {
            "PATH": "/usr/bin:/bin",
            "SESSIONS_TABLE": table,
            "AWS_ENDPOINT_URL_DYNAMODB": moto_server,
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
        }
        said = answer_from_package(unpacked, event, environment)["response"]["outputSpeech"]
    finally:
        drop_table(moto_server, table)
    assert "Sicherheit" in said["ssml"]
    assert "safety" not in said["ssml"]


def test_every_module_of_the_skill_and_its_data_are_packed_and_nothing_else(
    tmp_path: Path,
) -> None:
    files = {
        "skill/__init__.py": "",
        "skill/py.typed": "",
        "skill/drawing.svg": "<svg/>",
        "skill/lambda_function.py": "from skill.groups import GROUP\n",
        # Loaded by name on first use: no import statement leads to them.
        "skill/groups.py": 'GROUP = (Named("skill.handlers.late.Handler", intents=()),)\n',
        "skill/handlers/__init__.py": "",
        "skill/handlers/late.py": "class Handler: ...\n",
        "skill/speech/__init__.py": "",
        "skill/speech/de/__init__.py": "",
        "skill/speech/de/check_words.py": "",
        "toolkit/simulator/__init__.py": "",
        "toolkit/cli.py": "import skill.lambda_function\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")

    modules = package.runtime_modules(tmp_path)

    assert modules == {
        "skill", "skill.lambda_function", "skill.groups", "skill.handlers",
        "skill.handlers.late", "skill.speech", "skill.speech.de", "skill.speech.de.check_words",
    }  # fmt: skip
    files_packed = set(package.skill_files(tmp_path, modules))
    assert "skill/drawing.svg" in files_packed
    assert "skill/py.typed" not in files_packed
    assert "toolkit/cli.py" not in files_packed


def test_every_handler_and_word_module_loaded_by_name_is_packed(names: list[str]) -> None:
    """Imported on first use, by name: a handler, a language's pack, a word module."""
    registered = {
        each.module
        for group in lambda_function.GROUPS
        for each in (*group.handlers, *group.interceptors)
        if isinstance(each, Named | NamedInterceptor)
    }
    packs = {f"skill.speech.{language}" for language in PACK_MODULES}
    words = {"skill.speech.answer_words", "skill.speech.progress_words", "skill.speech.de.phrases"}
    wanted = {module.replace(".", "/") for module in registered | words}
    wanted |= {f"{pack.replace('.', '/')}/__init__" for pack in packs}
    packed = {name.removesuffix(".py") for name in names if name.endswith(".py")}
    assert sorted(wanted - packed) == []


def test_the_same_files_make_the_same_zip(tmp_path: Path) -> None:
    tree = tmp_path / "lambda"
    (tree / "skill").mkdir(parents=True)
    (tree / "skill" / "__init__.py").write_text("", encoding="utf-8")
    (tree / "bin").mkdir()
    (tree / "bin" / "tool").write_text("#!/bin/sh\n", encoding="utf-8")

    package.write_zip(tree, tmp_path / "first.zip")
    a_year_later = (tree / "skill" / "__init__.py").stat().st_mtime + 365 * 24 * 3600
    os.utime(tree / "skill" / "__init__.py", (a_year_later, a_year_later))
    package.write_zip(tree, tmp_path / "second.zip")

    assert (tmp_path / "first.zip").read_bytes() == (tmp_path / "second.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "first.zip") as archive:
        assert archive.namelist() == ["skill/__init__.py"]
