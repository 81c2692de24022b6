"""Our own e2e test suite: every module in this directory registers tests.

`register_all_tests()` imports each `*.py` module found next to this file
(sorted by name, so registration order is stable), which runs their
`@register_test_case` decorators. Modules are discovered from the directory
listing, so a new suite file is picked up without editing this one. Files
whose name starts with an underscore are helpers and are not imported.

Calling it more than once is harmless: modules already imported are not
re-executed, so no duplicate registrations happen.
"""

import importlib
import os

_SUITE_DIR = os.path.dirname(os.path.abspath(__file__))


def suite_module_names():
    """The fully qualified names of the suite modules, in import order."""
    names = []
    for file_name in sorted(os.listdir(_SUITE_DIR)):
        stem, ext = os.path.splitext(file_name)
        if ext == ".py" and not stem.startswith("_"):
            names.append(f"{__name__}.{stem}")
    return names


def register_all_tests():
    """Import every suite module so that its tests land in the registry."""
    for module_name in suite_module_names():
        importlib.import_module(module_name)
