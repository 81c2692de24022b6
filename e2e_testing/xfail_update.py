"""Rewrite a config's expected-failure set from a saved run.

Usage (from the repository root):

    python -m e2e_testing.main -c linalg --junitxml /tmp/linalg.xml --ignore_failures
    python -m e2e_testing.xfail_update /tmp/linalg.xml

Every test that FAILed or CRASHed in the run becomes an entry of
`xfail_sets/<config>.py`'s `EXPECTED_FAILURES`, with a one-line reason taken
from its error (`torch_mlir._failure_reasons.reason_from_error`: the first
MLIR `error:` diagnostic, the value mismatch, or the Python exception); tests
that were already expected to fail keep their reason (with
`--refresh-reasons`, the reason this run's error gives), and tests that now
pass (XPASS) are dropped. `DO_NOT_RUN` is kept as it is. The tool prints what
changed; the result is meant to be read and committed by a person, who fixes
the importer instead wherever a reason shows that the failure is ours.
"""

import argparse
import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from typing import Dict, Optional, Tuple

import xfail_sets
from torch_mlir._failure_reasons import reason_from_error


def read_run(path: str) -> Tuple[str, Dict[str, Tuple[str, str]]]:
    """The config of a JUnit file and test name -> (outcome, error text)."""
    root = ET.parse(path).getroot()
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    if len(suites) != 1:
        raise SystemExit(f"{path}: expected one testsuite (one config), found {len(suites)}")
    results = {}
    for case in suites[0].iter("testcase"):
        outcome = ""
        for prop in case.iter("property"):
            if prop.get("name") == "outcome":
                outcome = prop.get("value", "")
        failure = case.find("failure")
        if failure is None:
            # An expected failure's error text, when the run recorded it.
            failure = case.find("system-err")
        results[case.get("name")] = (outcome, failure.text or "" if failure is not None else "")
    return suites[0].get("name"), results


def render_module(
    config: str,
    expected: Dict[str, str],
    do_not_run: Dict[str, str],
    docstring: Optional[str] = None,
) -> str:
    """The module text; `docstring` (the reviewed one of the module being
    rewritten) replaces the generated one."""

    def table(entries: Dict[str, str]) -> str:
        if not entries:
            return "{}"
        body = "".join(f"    {name!r}: {reason!r},\n" for name, reason in sorted(entries.items()))
        return "{\n" + body + "}"

    if docstring is None:
        docstring = (
            f"Expected outcomes of the `{config}` config (see `xfail_sets/__init__.py`).\n\n"
            f"Generated from a run by `python -m e2e_testing.xfail_update`, then reviewed.\n"
        )
    return (
        f'"""{docstring}"""\n\n'
        f"# Test name -> one-line reason it fails.\n"
        f"EXPECTED_FAILURES = {table(expected)}\n\n"
        f"# Test name -> one-line reason it is not run at all.\n"
        f"DO_NOT_RUN = {table(do_not_run)}\n"
    )


def _raw_docstring(source: str) -> Optional[str]:
    """The module docstring of `source` as written (reviewers' notes in it
    survive a regeneration), or None."""
    tree = ast.parse(source)
    first = tree.body[0] if tree.body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
        if isinstance(first.value.value, str):
            return first.value.value
    return None


def _format(path: str) -> None:
    """Formats the written module as `make lint` checks it (ruff's quotes and
    wrapping), when ruff is installed."""
    try:
        subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--quiet", path], check=False, timeout=60
        )
    except (OSError, subprocess.SubprocessError):
        pass


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("junitxml", help="JUnit file written by e2e_testing.main --junitxml")
    parser.add_argument(
        "--refresh-reasons",
        action="store_true",
        help="also rewrite the reasons of tests that still fail, from this run's errors",
    )
    args = parser.parse_args(argv)
    config, results = read_run(args.junitxml)
    if config not in xfail_sets.CONFIG_MODULES:
        raise SystemExit(f"{args.junitxml}: unknown config '{config}'")
    current = xfail_sets.load(config)
    expected = {}
    for name, (outcome, text) in results.items():
        if outcome in ("FAIL", "CRASH"):
            expected[name] = reason_from_error(outcome, text)
        elif outcome == "XFAIL":
            expected[name] = current.expected_failures[name]
            if args.refresh_reasons and text:
                crashed = "worker process" in text
                fresh = reason_from_error("CRASH" if crashed else "FAIL", text)
                # A crash that still crashes keeps its triaged reason (which
                # names the core pass); anything else takes this run's.
                if not (crashed and expected[name].startswith("crash:")):
                    expected[name] = fresh
    # Tests that were not part of this run keep their entries.
    for name, reason in current.expected_failures.items():
        if name not in results:
            expected[name] = reason
    added = sorted(set(expected) - set(current.expected_failures))
    removed = sorted(set(current.expected_failures) - set(expected))
    path = os.path.join(
        os.path.dirname(xfail_sets.__file__), xfail_sets.CONFIG_MODULES[config] + ".py"
    )
    docstring = None
    if os.path.exists(path):
        with open(path) as f:
            docstring = _raw_docstring(f.read())
    with open(path, "w") as f:
        f.write(render_module(config, expected, current.do_not_run, docstring))
    _format(path)
    print(f"{path}: {len(expected)} expected failures (+{len(added)} -{len(removed)})")
    for name in added:
        print(f"  + {name}: {expected[name]}")
    for name in removed:
        print(f"  - {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
