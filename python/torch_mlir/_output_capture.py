"""Capturing what a block of code writes to stdout and stderr: one helper.

Four callers need it, in two depths:

* Python only (`native=False`): `compile`'s import step and pipeline runner
  keep what Python code writes to `sys.stderr` (the importer's diagnostics,
  MLIR's Python diagnostic handler) for their error message, while native
  output (LLVM's IR printing, a crash report) still reaches the terminal as
  it happens.
* File descriptors (`native=True`): the migration comparison and the e2e
  harness also need what C++ and JIT-compiled code write (MLIR diagnostics
  printed by the wheel's pass runner, the RefBackend's runtime-check
  reports), so the descriptors themselves point at a file, which a parent
  process can still read when the block killed its process.

Lower than both the compile API and the e2e harness: it imports nothing of
torch_mlir.
"""

import contextlib
import faulthandler
import io
import os
import sys
import tempfile
from typing import BinaryIO, Dict, Optional, Sequence

# Captured output kept with an error; compilers can print whole modules.
MAX_CAPTURED_CHARS = 8000
# How `with_diagnostics` introduces the captured output.
CAPTURED_HEADER = "Printed meanwhile:"

_STREAM_NAMES = {1: "stdout", 2: "stderr"}


class CapturedOutput:
    """Where a `captured_output()` block's output goes and, after it, what it was."""

    def __init__(self, path: Optional[str]):
        # The shared capture file (native capture into a temp file), else None.
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
def captured_output(
    fds: Sequence[int] = (1, 2),
    *,
    native: bool = True,
    files: Optional[Dict[int, BinaryIO]] = None,
    replay: bool = False,
    fault_reports_captured: bool = False,
):
    """Captures what is written to `fds` (1: stdout, 2: stderr) in the block.

    native=False: only `sys.stdout` / `sys.stderr` are replaced, by StringIOs.
    native=True: the descriptors are pointed at one temp file (at the yielded
    object's `.path`; removed on exit, kept if the process dies in the block)
    or, with `files`, at the caller's open binary files, one per descriptor
    (emptied first, kept open); `sys.stdout` / `sys.stderr` write to the
    descriptors meanwhile. The faulthandler's crash report goes to the real
    stderr unless `fault_reports_captured`.

    On exit the yielded object's `.text` holds what was written (all streams,
    for `files`: none, the caller reads its files); with `replay`, it is also
    written to the real streams.
    """
    if not native:
        with _captured_python_streams(fds, replay) as captured:
            yield captured
        return
    with _captured_descriptors(fds, files, replay, fault_reports_captured) as captured:
        yield captured


@contextlib.contextmanager
def _captured_python_streams(fds: Sequence[int], replay: bool):
    captured = CapturedOutput(None)
    buffers = {fd: io.StringIO() for fd in fds}
    originals = {fd: getattr(sys, _STREAM_NAMES[fd]) for fd in fds}
    for fd, buffer in buffers.items():
        setattr(sys, _STREAM_NAMES[fd], buffer)
    try:
        yield captured
    finally:
        for fd, original in originals.items():
            setattr(sys, _STREAM_NAMES[fd], original)
        captured.text = "".join(buffer.getvalue() for buffer in buffers.values())
        if replay:
            for fd, buffer in buffers.items():
                originals[fd].write(buffer.getvalue())


@contextlib.contextmanager
def _captured_descriptors(fds, files, replay: bool, fault_reports_captured: bool):
    shared_fd = path = None
    if files is None:
        shared_fd, path = tempfile.mkstemp(prefix="torch-mlir-output-", suffix=".txt")
        targets = {fd: shared_fd for fd in fds}
    else:
        for file in files.values():
            file.seek(0)
            file.truncate()
        targets = {fd: files[fd].fileno() for fd in fds}
    captured = CapturedOutput(path)
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    saved = {fd: os.dup(fd) for fd in fds}
    move_fault_reports = faulthandler.is_enabled() and 2 in saved and not fault_reports_captured
    streams = {}
    try:
        for fd, target in targets.items():
            os.dup2(target, fd)
        if move_fault_reports:
            faulthandler.enable(file=saved[2])
        streams = {
            fd: open(fd, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False)
            for fd in fds
        }
        with contextlib.ExitStack() as redirections:
            if 1 in streams:
                redirections.enter_context(contextlib.redirect_stdout(streams[1]))
            if 2 in streams:
                redirections.enter_context(contextlib.redirect_stderr(streams[2]))
            yield captured
    finally:
        for stream in streams.values():
            stream.close()  # Flushes; the descriptors stay open (closefd=False).
        for fd, original in saved.items():
            os.dup2(original, fd)
        if move_fault_reports:
            faulthandler.enable(file=sys.__stderr__ or 2)
        if shared_fd is not None:
            os.close(shared_fd)
            captured.text = read_captured(path)
        if replay:
            _replay(captured.text, files, saved)
        for original in saved.values():
            os.close(original)


def _replay(text: str, files, saved: Dict[int, int]) -> None:
    if files is None:
        # One shared file: the streams are interleaved, so all of it goes to
        # the real stderr.
        target = saved.get(2, next(iter(saved.values())))
        os.write(target, text.encode("utf-8", "replace"))
        return
    for fd, file in files.items():
        if fd not in saved:
            continue
        file.seek(0)
        while True:
            chunk = file.read(1 << 16)
            if not chunk:
                break
            os.write(saved[fd], chunk)


def with_diagnostics(error: str, captured: str) -> str:
    """`error` followed by the output printed while it happened, if any."""
    captured = captured.strip()
    if not captured:
        return error
    if len(captured) > MAX_CAPTURED_CHARS:
        captured = captured[:MAX_CAPTURED_CHARS] + "\n[... truncated]"
    return f"{error.rstrip()}\n\n{CAPTURED_HEADER}\n{captured}\n"
