"""What fr-CA says differently from fr-FR: only where its recorded hold is (its own voice)."""

from __future__ import annotations

RECORDINGS = "fr-CA"
