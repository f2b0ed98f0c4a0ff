"""The web service's libraries load on this machine's OpenSSL, whatever its version number."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from toolkit.web import crypto as web_crypto

REPO = Path(__file__).resolve().parents[2]


def _fresh_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_signature_check_imports_once_the_web_service_is_loaded() -> None:
    done = _fresh_python(
        """
        import toolkit.web.app
        import certvalidator
        from ask_sdk_webservice_support.verifier import RequestVerifier
        print("imported")
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "imported"


def test_oscrypto_reads_the_same_version_as_the_library_reports() -> None:
    done = _fresh_python(
        """
        import ctypes, ctypes.util, json
        from toolkit.web import crypto as web_crypto
        web_crypto.install()
        from oscrypto._openssl import _libcrypto

        library = ctypes.CDLL(ctypes.util.find_library("crypto"))
        library.OpenSSL_version.restype = ctypes.c_char_p
        reported = library.OpenSSL_version(0).decode()
        print(json.dumps([reported, _libcrypto.libcrypto_version]))
        """
    )
    assert done.returncode == 0, done.stderr
    reported, read = json.loads(done.stdout)
    # "OpenSSL 3.0.19 27 Jan 2026" -> "3.0.19"
    assert read == reported.split()[1]


def test_installing_twice_adds_one_hook() -> None:
    web_crypto.install()
    web_crypto.install()
    hooks = [finder for finder in sys.meta_path if type(finder).__module__ == web_crypto.__name__]
    assert len(hooks) == 1
