"""The United States' Spanish recording of the hold, in its own voice."""

from __future__ import annotations

RECORDINGS = "es-US"
