"""Each language's pack is loaded the first time a request in that language comes, and alone.

For the cold start (issue 18): a German request loads none of English's word modules,
an English one none of another language's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from skill.speech import languages
from skill.speech.languages import words_for
from skill.speech.locales import ENGLISH_LOCALES

ROOT = Path(__file__).resolve().parents[2]
LAUNCH = ROOT / "tests" / "fixtures" / "launch_request.json"
# English's own word modules; the interfaces, SSML and locales are shared by every pack.
ENGLISH_WORD_MODULES = {
    f"skill.speech.{name}"
    for name in (
        "english", "english_words", "check_words", "answer_words", "fallback_words",
        "helping_words", "hold_marks", "hold_words", "preference_words", "privacy_words",
        "progress_words", "red_flag_words", "reminder_words", "heard_symptoms", "heard_words",
        "time_words",
    )
}  # fmt: skip

_LOADED_AFTER_A_LAUNCH = """
import json, sys
from datetime import datetime, timezone
from skill.lambda_function import lambda_handler
event = json.load(open(sys.argv[1]))
event["request"]["locale"] = sys.argv[2]
event["request"]["timestamp"] = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
said = lambda_handler(event, None)["response"]["outputSpeech"]["ssml"]
print(json.dumps({"said": said, "modules": sorted(sys.modules)}))
"""


def loaded_after_a_launch(locale: str, tmp_path: Path) -> tuple[str, set[str]]:
    """What a fresh process says to a launch in `locale`, and every module it then holds."""
    done = subprocess.run(
        [sys.executable, "-c", _LOADED_AFTER_A_LAUNCH, str(LAUNCH), locale],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"ACUPRESSURE_DB": str(tmp_path / "db.sqlite3"), "PATH": "/usr/bin:/bin"},
    )
    found = json.loads(done.stdout)
    return found["said"], set(found["modules"])


@pytest.mark.slow  # a launch in a process of its own
def test_an_english_request_loads_no_other_language_s_pack(tmp_path: Path) -> None:
    said, modules = loaded_after_a_launch("en-GB", tmp_path)
    assert "Shall we start?" in said
    assert "skill.speech.english" in modules
    for language, pack in languages.PACK_MODULES.items():
        assert not {name for name in modules if name.startswith(pack)}, language


@pytest.fixture
def stand_in_pack(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """A language ("qx") whose pack is English's with one regional locale, not yet loaded."""
    english = words_for("en-US")
    pack = types.ModuleType("tests.stand_in_pack")
    pack.WORDS = english._replace(language="qx")  # type: ignore[attr-defined]
    pack.REGIONAL = {"qx-RG": english._replace(language="qx-RG")}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, pack.__name__, pack)
    monkeypatch.setitem(languages.PACK_MODULES, "qx", pack.__name__)
    monkeypatch.setattr(languages, "PACKS", dict(languages.PACKS))
    monkeypatch.setattr(languages, "REGIONAL", dict(languages.REGIONAL))
    return pack


def test_a_language_s_pack_is_loaded_on_its_first_request(stand_in_pack: types.ModuleType) -> None:
    assert "qx" not in languages.PACKS
    assert words_for("qx-QX").language == "qx"
    assert languages.PACKS["qx"] is stand_in_pack.WORDS


def test_a_locale_that_speaks_differently_gets_its_own_words(
    stand_in_pack: types.ModuleType,
) -> None:
    # Asked first, before any other locale of its language loaded the pack.
    assert words_for("qx-RG").language == "qx-RG"
    assert words_for("qx-QX").language == "qx"


def test_every_english_locale_shares_one_pack() -> None:
    assert {id(words_for(locale)) for locale in ENGLISH_LOCALES} == {id(languages.ENGLISH)}


@pytest.mark.slow  # a launch in a process of its own
def test_a_german_request_loads_no_english_words(tmp_path: Path) -> None:
    said, modules = loaded_after_a_launch("de-DE", tmp_path)
    assert "Sollen wir anfangen?" in said
    assert "skill.speech.de" in modules
    assert modules & ENGLISH_WORD_MODULES == set()


def test_german_is_its_own_pack_with_its_own_recordings() -> None:
    german = words_for("de-DE")
    assert german.language == "de"
    assert german.hold.RECORDINGS == "de-DE"
    assert words_for("en-GB").hold.RECORDINGS == ""
