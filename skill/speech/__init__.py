"""Everything the skill says, per locale, and the SSML helpers that shape it."""
