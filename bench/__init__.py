"""Benchmarks of the skill against a bare ASK SDK skill: `python -m bench`."""
