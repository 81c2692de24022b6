"""Import and compile benchmarks: `python -m benchmarks.run` (see run.py)."""
