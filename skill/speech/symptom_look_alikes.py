"""Words that look like a symptom and are not one, taken out before symptoms are weighed.

"I fell asleep" is not a fall, "my clothes" not a clot, "I lost my temper" not a
temperature, "my fella" not a fall: skill/routine/symptoms.py removes each of these
(and any word it begins) before it looks for signs.
"""

from __future__ import annotations

LOOK_ALIKES: tuple[str, ...] = (
    "fell asleep",
    "fall asleep",
    "falling asleep",
    "fallen asleep",
    "fell for",
    "fall for",
    "fellow",
    "number",
    "could be worse",
    "could've been worse",
    "room temperature",
    "weak tea",
    "weak coffee",
    "cloth",
    "tempo",
    "tempt",
    "templ",
    "lost my temper",
    "lose my temper",
    "losing my temper",
    "sweatshirt",
    "fella",
    "falling apart",
    "fall apart",
    "fell apart",
    "fall behind",
    "fell behind",
    "fell through",
    "fall through",
    "fell out with",
    "fall out with",
    "falling out with",
    "fell in love",
    "fall in love",
    "crashed out",
    "crash out",
    "accidental",
    "slipped my mind",
    "slip my mind",
    "slips my mind",
    "knocked off",
    "knock off",
)
