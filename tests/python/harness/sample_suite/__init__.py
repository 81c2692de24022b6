"""A tiny e2e suite for the harness tests, written only against the public API.

`register_all_tests()` imports the modules listed here (not every file, so
that the deliberately broken module is only imported by the test that wants
it). Tests are grouped by name prefix so that harness tests can select them
with `--filter`:

* `Ok*`: pass on every config;
* `Wrong*`: produce a different value than the golden run (fail everywhere);
* `Crash*`: kill their process (null-pointer read, abort);
* `Hang*`: run past their 1 s timeout (interruptible, and not).
"""

import importlib

MODULES = ["basic", "misbehaving"]


def register_all_tests():
    for name in MODULES:
        importlib.import_module(f"{__name__}.{name}")
