"""Rewrite a config's expected-failure set from a saved run.

Usage (from the repository root):

    python -m e2e_testing.main -c linalg --junitxml /tmp/linalg.xml --ignore_failures
    python -m e2e_testing.xfail_update /tmp/linalg.xml

Every test that FAILed or CRASHed in the run becomes an entry of
`xfail_sets/<config>.py`'s `EXPECTED_FAILURES`, with a one-line reason taken
from its error (the first MLIR `error:` diagnostic, the value mismatch, or the
Python exception); tests that were already expected to fail keep their
reason (with `--refresh-reasons`, the reason this run's error gives), and
tests that now pass (XPASS) are dropped. `DO_NOT_RUN` is kept as
it is. The tool prints what changed; the result is meant to be read and
committed by a person, who fixes the importer instead wherever a reason shows
that the failure is ours.
"""

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET
from typing import Dict, List, Tuple

import xfail_sets

MAX_REASON_LENGTH = 160

# MLIR locations such as loc(callsite(...)) or "file.py":12:3 make reasons
# long and unstable; the message itself is what names the cause.
_LOCATION = re.compile(r'loc\(.*?\)\)*:?\s*|"[^"]*":\d+:\d+:?\s*')


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    # Addresses and garbage sizes differ from run to run.
    text = re.sub(r"\b(?:0x[0-9a-f]{6,}|\d{10,})\b", "...", text)
    if len(text) > MAX_REASON_LENGTH:
        text = text[: MAX_REASON_LENGTH - 3].rstrip() + "..."
    return text


# Diagnostics whose message does not say which op they are about.
_NAMES_NO_OP = (
    "unsupported by backend contract",
    "found an op that was marked as backend illegal",
    "operand #",
    "op was not bufferized",
)


def _diagnostic_reason(message: str, following: List[str]) -> str:
    """The cause an MLIR error names, without the IR dump it carries.

    "failed to legalize operation 'X' ...: <op dump>" is reduced to the op
    (for a `torch.operator`, the ATen op the core's torch dialect does not
    know; for a `torch.runtime.assert`, the unsupported case it states); a
    message that names no op (a backend-contract violation, an op left
    illegal) gets the op its "see current operation" note shows.
    """
    legalize = re.match(r"failed to legalize operation '([\w.]+)'", message)
    if legalize:
        op = legalize.group(1)
        name = re.search(r'name = "([\w.]+)"', message)
        if op == "torch.operator" and name:
            return f"op {name.group(1)} is not in the core's torch dialect (torch.operator), no lowering"
        assertion = re.search(r'message = "([^"]*)', message)
        if op == "torch.runtime.assert" and assertion:
            return f"lowering asserts: {assertion.group(1)}"
        return f"failed to legalize operation '{op}'"
    if message.startswith(_NAMES_NO_OP):
        for index, line in enumerate(following):
            # Captured diagnostics (the pt2 configs) keep their location.
            line = _LOCATION.sub("", line)
            if line == "note: see current operation:" and index + 1 < len(following):
                # A region-holding op is printed from the next line on.
                line = line + " " + following[index + 1]
            note = re.match(r'note: see current operation: (?:[%\w#:, ]+ = )?"?([\w.]+)', line)
            if note:
                return f"{message} (at {note.group(1)})"
            if line.startswith("error:"):
                break
    # Other messages: keep the words, drop a trailing op dump.
    return re.split(r":\s+(?:%[\w#:, ]+ = )?\"[\w.]+\"\(", message)[0]


def _output_section(lines: List[str], stream: str) -> List[str]:
    header = f"Last lines of the test's {stream}:"
    if header not in lines:
        return []
    section = []
    for line in lines[lines.index(header) + 1 :]:
        if line.startswith("Last lines of the test's ") or line.startswith("Fatal Python error"):
            break
        section.append(line)
    return section


def _crash_detail(lines: List[str]) -> str:
    """What a crashed test last printed before dying (see worker_pool).

    A failed runtime check of the compiled code (on stdout: the check's
    message and the ATen op it is in), else the last line written before
    Python's fault-handler report, skipping warnings and source lines (e.g.
    an LLVM error); empty when there is none.
    """
    stdout = _output_section(lines, "stdout")
    checks = [line[2:] for line in stdout if line.startswith("^ ")]
    if "ERROR: Runtime op verification failed" in stdout and checks:
        ops = re.findall(r'"(aten::[\w.]+)"', "\n".join(stdout))
        return f"runtime check failed: {checks[-1]}" + (f" (in {ops[-1]})" if ops else "")
    for section in (stdout, _output_section(lines, "stderr")):
        candidates = [
            line
            for line in section
            if not re.search(r"Warning\b|^File \"|^(module|m|out|result|q\w*) = ", line)
        ]
        if candidates:
            return candidates[-1]
    return ""


def reason_from_error(outcome: str, text: str) -> str:
    """A one-line reason for a failure, from its error text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if outcome == "CRASH":
        for index, line in enumerate(lines):
            if "worker process" in line:
                reason = "crash: " + line.split("worker process", 1)[1].strip()
                detail = _crash_detail(lines[index + 1 :])
                return _shorten(f"{reason}: {detail}" if detail else reason)
    # MLIR diagnostics start their line with "error: " (after an optional
    # location); the harness's own "Compilation error: Traceback ..." does not.
    for index, line in enumerate(lines):
        match = re.match(r"^(?:loc\(.*?\)\)*:?\s*|\"[^\"]*\":\d+:\d+:?\s*)?error: (.*)", line)
        if match and "see diagnostics" not in line:
            message = _LOCATION.sub("", match.group(1))
            return _shorten(_diagnostic_reason(message, lines[index + 1 :]))
    for line in lines:
        if line.startswith("ERROR: "):
            return _shorten(line[len("ERROR: ") :])
    # torchscript.compile's import failure: the importer's message follows.
    if "### Importer C++ Exception:" in lines:
        following = lines[lines.index("### Importer C++ Exception:") + 1 :]
        if following:
            return _shorten("import failed: " + following[0])
    # A Python traceback ends with "<ExceptionType>: <message>".
    for line in reversed(lines):
        if re.match(r"^[A-Za-z_][\w.]*(Error|Exception)\b", line):
            return _shorten(line)
    return _shorten(lines[0]) if lines else outcome.lower()


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


def render_module(config: str, expected: Dict[str, str], do_not_run: Dict[str, str]) -> str:
    def table(entries: Dict[str, str]) -> str:
        if not entries:
            return "{}"
        body = "".join(f"    {name!r}: {reason!r},\n" for name, reason in sorted(entries.items()))
        return "{\n" + body + "}"

    return (
        f'"""Expected outcomes of the `{config}` config (see `xfail_sets/__init__.py`).\n\n'
        f"Generated from a run by `python -m e2e_testing.xfail_update`, then reviewed.\n"
        f'"""\n\n'
        f"# Test name -> one-line reason it fails.\n"
        f"EXPECTED_FAILURES = {table(expected)}\n\n"
        f"# Test name -> one-line reason it is not run at all.\n"
        f"DO_NOT_RUN = {table(do_not_run)}\n"
    )


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
    path = os.path.join(os.path.dirname(xfail_sets.__file__), xfail_sets.CONFIG_MODULES[config] + ".py")
    with open(path, "w") as f:
        f.write(render_module(config, expected, current.do_not_run))
    print(f"{path}: {len(expected)} expected failures (+{len(added)} -{len(removed)})")
    for name in added:
        print(f"  + {name}: {expected[name]}")
    for name in removed:
        print(f"  - {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
