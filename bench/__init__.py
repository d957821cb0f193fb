"""Benchmarks: a synthetic vault generator and timing scripts (run by hand, not in CI)."""
