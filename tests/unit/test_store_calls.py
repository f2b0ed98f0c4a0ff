"""The one policy for store faults: logged by kind only, counted once, told once."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import RequestEnvelope
from ask_sdk_model.ui import SsmlOutputSpeech
from botocore.exceptions import ClientError

from skill.handlers.plumbing.reply import Reply
from skill.handlers.plumbing.store_calls import StoreCalls
from skill.speech import english
from skill.store import SessionStore, StoreError, open_store
from tests.support.conversation import plain

# Metric lines are written as in Lambda.
pytestmark = pytest.mark.usefixtures("in_lambda")

# Stands for anything a fault's message could carry that must never reach the log.
SECRET = "amzn1.ask.account.SECRET-KEY"


def _throttled() -> StoreError:
    cause = ClientError(
        {"Error": {"Code": "ThrottlingException", "Message": f"slow down {SECRET}"}},
        "UpdateItem",
    )
    error = StoreError(f"could not save {SECRET}")
    error.__cause__ = cause
    return error


def _failing(store: SessionStore) -> bool:
    raise _throttled()


@pytest.fixture
def reply() -> Reply:
    handler_input = HandlerInput(RequestEnvelope())
    return Reply(handler_input, screen=lambda: False)


@pytest.fixture
def calls(tmp_path: Path, reply: Reply) -> StoreCalls:
    store = open_store(tmp_path / "profiles.db")
    return StoreCalls(lambda: store, not_saved=lambda: reply.note(english.NOT_SAVED))


def _told(reply: Reply, *said: str) -> str:
    """What the person hears when the reply ends with `said`."""
    speech = reply.tell(*said).output_speech
    assert isinstance(speech, SsmlOutputSpeech)
    return plain(speech.ssml)


def _metric_lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_outside_lambda_a_fault_prints_nothing(
    calls: StoreCalls, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # On the local device a JSON line would be printed among what Alexa says.
    monkeypatch.delenv("AWS_LAMBDA_FUNCTION_NAME")
    calls.run("end_hold", _failing, otherwise=False)
    assert capsys.readouterr().out == ""


def test_a_fault_is_logged_by_its_kind_and_never_its_message(
    calls: StoreCalls, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    assert calls.run("save_profile", _failing, otherwise=False) is False

    [record] = [r for r in caplog.records if r.name == "skill.handlers.plumbing.store_calls"]
    assert record.levelno == logging.WARNING
    assert "save_profile" in record.getMessage()
    assert "ThrottlingException" in record.getMessage()
    assert SECRET not in caplog.text
    assert record.exc_info is None


def test_a_fault_is_counted_once_by_operation_and_kind(
    calls: StoreCalls, capsys: pytest.CaptureFixture[str]
) -> None:
    calls.run("end_hold", _failing, otherwise=False)

    [line] = _metric_lines(capsys)
    assert (line["Operation"], line["Fault"], line["StoreFaults"]) == (
        "end_hold",
        "ThrottlingException",
        1,
    )
    assert SECRET not in json.dumps(line)


def test_the_person_hears_not_saved_once_however_many_saves_fail(
    calls: StoreCalls, reply: Reply, capsys: pytest.CaptureFixture[str]
) -> None:
    calls.run("save_profile", _failing, otherwise=False)
    calls.run("record_held", _failing, otherwise=False)

    said = _told(reply, "Well done.")

    assert said.count(english.NOT_SAVED) == 1
    assert said.startswith(english.NOT_SAVED)
    assert said.endswith("Well done.")
    assert len(_metric_lines(capsys)) == 2  # each fault is still counted


def test_a_failed_read_is_counted_but_not_told_as_unsaved(
    calls: StoreCalls, reply: Reply, capsys: pytest.CaptureFixture[str]
) -> None:
    assert calls.run("recent_holds", _failing, otherwise=None, saving=False) is None

    said = _told(reply, "Here you are.")

    assert english.NOT_SAVED not in said
    assert [line["Operation"] for line in _metric_lines(capsys)] == ["recent_holds"]


def test_a_call_that_works_returns_its_answer_and_counts_nothing(
    calls: StoreCalls, reply: Reply, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = calls.run("load_profile", lambda store: store.load_profile("someone"), otherwise=None)

    assert profile is not None and profile.person == "someone"
    assert _metric_lines(capsys) == []
    said = _told(reply, "Hello.")
    assert said == "Hello."
