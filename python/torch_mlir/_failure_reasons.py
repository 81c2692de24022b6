"""One-line reasons for failures, and the part of an error worth showing.

`reason_from_error` is the one summarizer of the tree: the reasons of
`xfail_sets/*.py` (written by `e2e_testing.xfail_update`), the summaries of
the migration comparison (`torch_mlir.migration`, `e2e_testing.compare`)
all come from it. It picks, in order: for a crashed e2e worker, the signal
and what the test last printed; the first MLIR `error:` diagnostic, reduced to
the cause it names; the harness's value mismatch; the importer's message; the
last Python exception line. Locations, addresses and op dumps are dropped so
that a reason stays the same from run to run.

Lower than both the compile API and the e2e harness: it imports only
`torch_mlir._output_capture`.
"""

import re
from typing import List, Optional

from torch_mlir._output_capture import CAPTURED_HEADER

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
            return (
                f"op {name.group(1)} is not in the core's torch dialect (torch.operator), "
                "no lowering"
            )
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
    if header not in lines and stream == "stdout" and CAPTURED_HEADER in lines:
        # A crash reported with what its path printed (the migration
        # comparison's `with_diagnostics`): both streams in one section.
        header = CAPTURED_HEADER
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
    for index in reversed(range(len(lines))):
        line = lines[index]
        if re.match(r"^[A-Za-z_][\w.]*(Error|Exception)\b", line):
            if re.fullmatch(r"[\w.]+:", line) and index + 1 < len(lines):
                # An empty message line (TorchScript's style): the next one says it.
                line = f"{line} {lines[index + 1]}"
            return _shorten(line)
    return _shorten(lines[0]) if lines else outcome.lower()


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


def summarize_error(text: Optional[str], outcome: str = "FAIL") -> str:
    """`reason_from_error` for an error that may be missing ("" then)."""
    return reason_from_error(outcome, text) if text else ""
