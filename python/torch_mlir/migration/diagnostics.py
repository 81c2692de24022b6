"""Errors of a compilation path: capturing MLIR diagnostics and one-line summaries.

The core wheel's pass runner (`compiler_utils.run_pipeline_with_repro_report`)
lets MLIR print its diagnostics ("error: failed to legalize operation ...")
straight to file descriptor 2 and raises an exception that only says the
pipeline failed. Comparing two paths needs the diagnostic, so
`captured_stderr()` collects fd 2 around a compilation and
`summarize_error()` picks the line that says what went wrong.
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

# An MLIR diagnostic, after its location prefix: `loc("x.py":3:0): error: ...`.
_DIAGNOSTIC = re.compile(r"(?:^|: )error: (.*)")
# The exception line closing a Python traceback: `package.module.Error: message`.
_EXCEPTION_LINE = re.compile(r"^(?:[A-Za-z_][\w]*\.)*([A-Za-z_]\w*): ?(.*)$")


class CapturedText:
    """What was written to stderr in a `captured_stderr()` block (set on exit)."""

    text = ""


@contextlib.contextmanager
def captured_stderr():
    """Collect everything written to file descriptor 2 in the block.

    Native code (MLIR, LLVM, libtorch) writes there directly, so this swaps
    the descriptor itself; `sys.stderr` is pointed at it too, in case it was
    something else (e.g. under pytest). If the process crashes in the block,
    faulthandler's traceback still goes to the real stderr.
    """
    captured = CapturedText()
    sys.stderr.flush()
    saved = os.dup(2)
    faulthandler_on = faulthandler.is_enabled()
    try:
        with tempfile.TemporaryFile() as sink:
            os.dup2(sink.fileno(), 2)
            if faulthandler_on:
                faulthandler.enable(file=saved)
            stream = open(2, "w", encoding="utf-8", errors="replace", closefd=False)
            try:
                with contextlib.redirect_stderr(stream):
                    yield captured
            finally:
                stream.close()  # Flushes; fd 2 stays open (closefd=False).
                os.dup2(saved, 2)
                if faulthandler_on:
                    faulthandler.enable(file=sys.__stderr__ or 2)
                sink.seek(0)
                captured.text = sink.read().decode("utf-8", "replace")
    finally:
        os.close(saved)


def with_diagnostics(error: str, captured: str) -> str:
    """`error` followed by the diagnostics printed while it happened, if any."""
    captured = captured.strip()
    if not captured:
        return error
    if len(captured) > MAX_CAPTURED_CHARS:
        captured = captured[:MAX_CAPTURED_CHARS] + "\n[... truncated]"
    return f"{error.rstrip()}\n\nPrinted to stderr meanwhile:\n{captured}\n"


def _cut(line: str) -> str:
    line = line.strip()
    if len(line) > MAX_SUMMARY_CHARS:
        line = line[: MAX_SUMMARY_CHARS - 3] + "..."
    return line


def _first_diagnostic(text: str) -> Optional[str]:
    for line in text.splitlines():
        match = _DIAGNOSTIC.search(line)
        if match:
            # Drop the printed operation (`...: %0 = "torch.foo"(...)`): it
            # differs between tests that fail for the same reason.
            message = re.split(r": %[\w:#]+ = |: \"", match.group(1))[0]
            return "error: " + message
    return None


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

    In order of preference: the first MLIR `error:` diagnostic; the type and
    first message line of the last exception of a traceback; an e2e harness
    `ERROR:` line (a value that does not match); the first non-empty line
    (e.g. the harness's `CRASH: ...`).
    """
    if not text:
        return ""
    for pick in (_first_diagnostic, _exception_line):
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
