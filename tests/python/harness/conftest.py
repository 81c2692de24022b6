"""Makes the source tree importable for the harness tests and their workers.

`python/` (the packages), the repo root (`e2e_testing`, `xfail_sets`) and
this directory (`sample_suite`) go on `sys.path` and on `PYTHONPATH`, so that
spawned workers and `python -m e2e_testing.main` subprocesses see them too.
"""

import os
import sys

HARNESS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HARNESS_DIR)))
PATHS = [os.path.join(REPO_ROOT, "python"), REPO_ROOT, HARNESS_DIR]

for path in reversed(PATHS):
    if path not in sys.path:
        sys.path.insert(0, path)
os.environ["PYTHONPATH"] = os.pathsep.join(
    PATHS + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
)
