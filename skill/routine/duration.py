"""AMAZON.DURATION's value, an ISO 8601 duration ("PT20M", "P1DT12H", "P1W"), in seconds.

Alexa sends a duration in a format based on ISO-8601, "PnYnMnWnDTnHnMnS" ("Slot Type
Reference", AMAZON.DURATION): so "in a week" comes as "P1W". Years and months have no
fixed length, so they are not understood here.
"""

from __future__ import annotations

import re

_SECONDS_IN = {"weeks": 7 * 86_400, "days": 86_400, "hours": 3_600, "minutes": 60, "seconds": 1}
_NUMBER = r"\d+(?:\.\d+)?"
_DURATION = re.compile(
    rf"P(?:(?P<weeks>{_NUMBER})W)?(?:(?P<days>{_NUMBER})D)?"
    rf"(?:T(?:(?P<hours>{_NUMBER})H)?(?:(?P<minutes>{_NUMBER})M)?(?:(?P<seconds>{_NUMBER})S)?)?"
)


def duration_seconds(value: str | None) -> float | None:
    """The length of an ISO 8601 duration in seconds, or None if it is not one."""
    if not value:
        return None
    text = value.strip().upper()
    found = _DURATION.fullmatch(text)
    if found is None or text.endswith(("P", "T")):
        return None
    return sum(
        float(amount) * _SECONDS_IN[name] for name, amount in found.groupdict().items() if amount
    )
