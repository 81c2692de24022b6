"""Makes the source tree importable for the migration tests and their workers.

Like `tests/python/harness/conftest.py`: `python/`, the repo root
(`e2e_testing`, `xfail_sets`), the harness tests' directory (its
`sample_suite`) and this directory go on `sys.path` and on `PYTHONPATH`, so
that spawned workers and `python -m e2e_testing.compare` see them too.
"""

import os
import sys

MIGRATION_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(MIGRATION_DIR)))
HARNESS_DIR = os.path.join(REPO_ROOT, "tests", "python", "harness")
PATHS = [os.path.join(REPO_ROOT, "python"), REPO_ROOT, HARNESS_DIR, MIGRATION_DIR]

for path in reversed(PATHS):
    if path not in sys.path:
        sys.path.insert(0, path)
os.environ["PYTHONPATH"] = os.pathsep.join(
    PATHS + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
)
