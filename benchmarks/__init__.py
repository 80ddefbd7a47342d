"""Benchmarks for issue 8 ("speed under load"): run with `python -m benchmarks` (see README)."""
