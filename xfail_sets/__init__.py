"""What each e2e config is expected to fail: one module per config.

Each config module (named after the `-c` choice of `e2e_testing.main`)
defines two dicts from test name to a one-line reason:

* `EXPECTED_FAILURES`: tests that run and are expected to fail (reported as
  XFAIL; passing is an unexpected XPASS);
* `DO_NOT_RUN`: tests that are never attempted (e.g. they hang for minutes or
  exhaust memory). A crash no longer needs an entry here: the harness
  isolates crashing tests and reports them as CRASH.

Keep the reason short and specific ("aten.foo has no TOSA lowering"), so that
the list doubles as a to-do list.
"""

import importlib
from typing import Dict, NamedTuple

# -c choice -> module holding its sets.
CONFIG_MODULES = {
    "linalg": "linalg",
    "tosa": "tosa",
    "stablehlo": "stablehlo",
    "tosa_static": "tosa_static",
    "stablehlo_static": "stablehlo_static",
    "torchscript": "torchscript",
    "native_torch": "native_torch",
    "fx_importer": "fx_importer",
    "fx_importer_tosa": "fx_importer_tosa",
    "fx_importer_stablehlo": "fx_importer_stablehlo",
}


class XfailSets(NamedTuple):
    expected_failures: Dict[str, str]
    do_not_run: Dict[str, str]


def _check(config: str, table_name: str, table) -> Dict[str, str]:
    if not isinstance(table, dict):
        raise ValueError(
            f"xfail_sets.{config}.{table_name} must be a dict from test name to reason"
        )
    for name, reason in table.items():
        if not isinstance(reason, str) or not reason.strip() or "\n" in reason:
            raise ValueError(f"xfail_sets.{config}.{table_name}['{name}'] needs a one-line reason")
    return dict(table)


def load(config: str) -> XfailSets:
    """The expected failures and tests not to run of one config."""
    if config not in CONFIG_MODULES:
        raise KeyError(f"no xfail sets for config '{config}'")
    module = importlib.import_module(f"{__name__}.{CONFIG_MODULES[config]}")
    return XfailSets(
        _check(config, "EXPECTED_FAILURES", getattr(module, "EXPECTED_FAILURES", {})),
        _check(config, "DO_NOT_RUN", getattr(module, "DO_NOT_RUN", {})),
    )
