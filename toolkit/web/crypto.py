"""Lets oscrypto load on OpenSSL releases whose patch number has two digits (3.0.10 and later).

The request-signature check (ask-sdk-webservice-support) validates certificate chains with
certvalidator, which imports oscrypto. oscrypto 1.3.0, the newest release on PyPI, reads the
OpenSSL version with the pattern `\\d\\.\\d\\.\\d`: on "OpenSSL 3.0.19" it finds no match and
raises LibraryNotFoundError on import, so the web service cannot even start. Upstream fixed
the pattern (`\\d+`) after 1.3.0 but has made no release since.

`install()` adds an import hook that loads oscrypto's two version-reading modules with the
fixed pattern and leaves everything else as shipped. It does nothing to an oscrypto that no
longer carries the old pattern, so it stays harmless once a fixed release is installed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder, SourceFileLoader
from types import CodeType, ModuleType

# The pattern exactly as written in oscrypto 1.3.0's source, and the upstream fix.
OLD_PATTERN = "'\\\\b(\\\\d\\\\.\\\\d\\\\.\\\\d[a-z]*)\\\\b'"
FIXED_PATTERN = "'\\\\b(\\\\d+\\\\.\\\\d+\\\\.\\\\d+[a-z]*)\\\\b'"

VERSION_MODULES = frozenset(
    {"oscrypto._openssl._libcrypto_cffi", "oscrypto._openssl._libcrypto_ctypes"}
)


class _FixedVersionLoader(SourceFileLoader):
    def get_code(self, fullname: str) -> CodeType:  # noqa: ARG002 - importlib's signature
        # Compiled from source every time, so no cached bytecode of either form is used or left.
        source = self.get_data(self.path).decode("utf-8")
        return compile(source.replace(OLD_PATTERN, FIXED_PATTERN), self.path, "exec")


class _VersionPatternFinder(MetaPathFinder):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname not in VERSION_MODULES:
            return None
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is None or not isinstance(spec.loader, SourceFileLoader) or spec.origin is None:
            return spec
        spec.loader = _FixedVersionLoader(fullname, spec.origin)
        return spec


def install() -> None:
    """Make later imports of oscrypto read the OpenSSL version correctly. Safe to call again."""
    if not any(isinstance(finder, _VersionPatternFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _VersionPatternFinder())
