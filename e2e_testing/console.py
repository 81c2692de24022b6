"""The `torch-mlir-e2e-test` console script: `python -m e2e_testing.main` anywhere.

`e2e_testing` (this driver) and `xfail_sets` are packages of the repository
root, run from there as `python -m e2e_testing.main`. An installation does
not add those generic names to site-packages: setup.py puts both inside the
harness package, in `torch_mlir_e2e_test/_repository/`, and the console
script enters here under that name. The driver imports itself and
`xfail_sets` by their plain names, so the directory holding both (the
installed `_repository/`, or the source tree's root) goes on `sys.path` for
this process only; the workers it spawns inherit the path.
"""

import os
import sys

# The directory that holds `e2e_testing` and `xfail_sets`.
_DRIVER_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main() -> None:
    if _DRIVER_ROOT not in sys.path:
        sys.path.insert(0, _DRIVER_ROOT)
    from e2e_testing.main import _console_main

    _console_main()
