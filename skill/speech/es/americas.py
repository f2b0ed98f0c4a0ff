"""Where Mexico's and the United States' Spanish differs from Spain's in the hold's words:
the recording, in a Latin American voice (the reminders' 12-hour clock is
reminder_words.IN_THE_AMERICAS)."""

from __future__ import annotations

RECORDINGS = "es-MX"
