"""Errors of a compilation path: capturing what it printed, and one-line summaries.

The core wheel's pass runner (`compiler_utils.run_pipeline_with_repro_report`)
lets MLIR print its diagnostics ("error: failed to legalize operation ...")
straight to file descriptor 2 and raises an exception that only says the
pipeline failed; the RefBackend's runtime checks print their findings to
file descriptor 1 and then abort the process. Comparing two paths needs to
know why each failed, so `captured_output()` sends fds 1 and 2 to a file
around a compilation (a file, so that a parent process can still read it
when the path killed its process) and `summarize_error()` picks the line
that says what went wrong.
"""

import contextlib
import faulthandler
import os
import re
import sys
import tempfile
from typing import Optional

# Captured output kept with an error; compilers can print whole modules.
MAX_CAPTURED_CHARS = 8000
# Summaries longer than this are cut (with "...").
MAX_SUMMARY_CHARS = 200
# How `with_diagnostics` introduces the captured output.
CAPTURED_HEADER = "Printed meanwhile:"

# An MLIR diagnostic, after its location prefix: `loc("x.py":3:0): error: ...`.
_DIAGNOSTIC = re.compile(r"(?:^|: )error: (.*)")
# Where a printed operation starts in a diagnostic: `...: %0 = "torch.foo"(...)`.
_PRINTED_OP = re.compile(r": %[\w:#]+ = |: \"")
# The op named by a diagnostic's note, and a `torch.operator`'s aten name.
_NOTE_OP = re.compile(r'note: see current operation: (?:%[\w:#]+ = )?"([\w.]+)"')
_OPERATOR_NAME = re.compile(r'"torch\.operator"\(.*<\{name = "([\w.]+)"\}>')
# The MLIR runtime verifier's report: the check, then `^ what failed`.
_RUNTIME_CHECK = re.compile(r"^\^ (.*)$", re.MULTILINE)
_LOCATION = re.compile(r'^Location: loc\((?:callsite\()?"([^"]+)"', re.MULTILINE)
# The e2e harness's crash results start with this
# (`torch_mlir_e2e_test.framework.CRASH_ERROR_PREFIX`).
_CRASH = "CRASH: "
# The exception line closing a Python traceback: `package.module.Error: message`.
_EXCEPTION_LINE = re.compile(r"^(?:[A-Za-z_][\w]*\.)*([A-Za-z_]\w*): ?(.*)$")


class CapturedOutput:
    """Where a `captured_output()` block's output goes, and (on exit) what it was."""

    def __init__(self, path: str):
        self.path = path
        self.text = ""


def read_captured(path: Optional[str], remove: bool = True) -> str:
    """The contents of a capture file ("" if there is none), removing it."""
    if not path or not os.path.exists(path):
        return ""
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    if remove:
        os.remove(path)
    return text


@contextlib.contextmanager
def captured_output():
    """Send everything written to file descriptors 1 and 2 in the block to a file.

    Native code (MLIR, LLVM, libtorch, JIT-compiled code) writes to the
    descriptors directly, so this swaps the descriptors themselves;
    `sys.stdout`/`sys.stderr` are pointed at them too, in case they were
    something else (e.g. under pytest). The file is removed on exit, after
    its text is stored in the yielded object; if the process dies in the
    block, the file stays at `.path` for someone else to read. A crash's
    faulthandler traceback still goes to the real stderr.
    """
    fd, path = tempfile.mkstemp(prefix="torch-mlir-path-output-", suffix=".txt")
    captured = CapturedOutput(path)
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    saved = {target: os.dup(target) for target in (1, 2)}
    faulthandler_on = faulthandler.is_enabled()
    streams = []
    try:
        for target in saved:
            os.dup2(fd, target)
        if faulthandler_on:
            faulthandler.enable(file=saved[2])
        streams = [
            open(target, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False)
            for target in (1, 2)
        ]
        with contextlib.redirect_stdout(streams[0]), contextlib.redirect_stderr(streams[1]):
            yield captured
    finally:
        for stream in streams:
            stream.close()  # Flushes; the descriptors stay open (closefd=False).
        for target, original in saved.items():
            os.dup2(original, target)
            os.close(original)
        if faulthandler_on:
            faulthandler.enable(file=sys.__stderr__ or 2)
        os.close(fd)
        captured.text = read_captured(path)


def with_diagnostics(error: str, captured: str) -> str:
    """`error` followed by the output printed while it happened, if any."""
    captured = captured.strip()
    if not captured:
        return error
    if len(captured) > MAX_CAPTURED_CHARS:
        captured = captured[:MAX_CAPTURED_CHARS] + "\n[... truncated]"
    return f"{error.rstrip()}\n\n{CAPTURED_HEADER}\n{captured}\n"


def _cut(line: str) -> str:
    line = line.strip()
    if len(line) > MAX_SUMMARY_CHARS:
        line = line[: MAX_SUMMARY_CHARS - 3] + "..."
    return line


def _first_diagnostic(text: str) -> Optional[str]:
    """The first `error:` diagnostic, with the op it is about.

    The printed operation is dropped (it differs between tests that fail
    for the same reason), but its name is kept when the message does not
    say it: `torch.operator`'s aten name, or the op of the following
    "see current operation" note.
    """
    lines = text.splitlines()
    for i, line in enumerate(lines):
        match = _DIAGNOSTIC.search(line)
        if not match:
            continue
        message = _PRINTED_OP.split(match.group(1))[0]
        operator = _OPERATOR_NAME.search(line)
        note = next((_NOTE_OP.search(n) for n in lines[i + 1 : i + 3] if _NOTE_OP.search(n)), None)
        if operator:
            message += f" [{operator.group(1)}]"
        elif note and note.group(1) not in message:
            message += f" [{note.group(1)}]"
        return "error: " + message
    return None


def _crash_line(text: str) -> Optional[str]:
    """A crash's first line, with the runtime check that failed, if one did."""
    if not text.startswith(_CRASH):
        return None
    line = text.splitlines()[0]
    check = _RUNTIME_CHECK.search(text)
    if check:
        location = _LOCATION.search(text)
        where = f" at {location.group(1)}" if location else ""
        line += f"; runtime check failed: {check.group(1)}{where}"
    return line


def _exception_line(text: str) -> Optional[str]:
    """`Type: first message line` of the last exception in a traceback."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("Traceback (most recent call")]
    if not starts:
        return None
    tail = lines[starts[-1] + 1 :]
    for i, line in enumerate(tail):
        if line and not line[0].isspace():
            match = _EXCEPTION_LINE.match(line)
            if not match:
                return line
            name, message = match.groups()
            if not message.strip():
                # e.g. TorchScript's "RuntimeError: \nPython builtin ... not supported".
                message = next((m.strip() for m in tail[i + 1 :] if m.strip()), "")
            return f"{name}: {message}" if message else name
    return None


def summarize_error(text: Optional[str]) -> str:
    """The one line of an error text that says what went wrong.

    In order of preference: a crash (with the runtime check that failed);
    the first MLIR `error:` diagnostic; the type and first message line of
    the last exception of a traceback; an e2e harness `ERROR:` line (a value
    that does not match); the first non-empty line.
    """
    if not text:
        return ""
    for pick in (_crash_line, _first_diagnostic, _exception_line):
        line = pick(text)
        if line:
            return _cut(line)
    for line in text.splitlines():
        if line.startswith("ERROR: "):
            return _cut(line)
    return _cut(next((line for line in text.splitlines() if line.strip()), ""))


def error_excerpt(text: Optional[str], max_lines: int = 40) -> str:
    """The part of an error text worth showing: a traceback's exception and
    what follows it (its message, captured diagnostics), else the start."""
    if not text:
        return ""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("Traceback (most recent call")]
    if starts:
        tail = lines[starts[-1] + 1 :]
        first = next((i for i, line in enumerate(tail) if line and not line[0].isspace()), 0)
        lines = tail[first:]
    if len(lines) > max_lines:
        lines = lines[:max_lines] + [f"[... {len(lines) - max_lines} more lines]"]
    return "\n".join(lines)
