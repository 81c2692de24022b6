"""Long-lived worker processes that run e2e tests with crash and hang isolation.

Starting a process and importing torch + torch_mlir costs about 1.5 s, while
a small test runs in a fraction of that, so each worker runs many tests. The
parent hands a worker one test at a time, by *name*: a worker imports the
suite modules itself (calling `register_all_tests()` where present) and looks
the test up in its own registry, so test closures are never pickled. Only a
test that is not in the registry (built on the fly by a caller) is sent by
value, with dill.

If a worker dies (segfault, abort, `os._exit`), its test becomes one `CRASH`
result naming the signal, followed by the last lines the test wrote to the
process's stdout (where the JIT-compiled code reports a failed runtime
check) and stderr (LLVM and assertion messages, Python's fault handler), and
a fresh worker takes its place. Workers write each test's output (file
descriptors 1 and 2, so C++ and the JIT-compiled code are included) to files
of their own, and pass it on to the real stdout and stderr after the test. If a test
outlives its timeout by `HARD_TIMEOUT_GRACE_SECONDS` (the in-worker SIGALRM
normally fires first), the worker is killed and replaced and the test is
reported as timed out. Workers use the spawn start method: forking a process
that has initialized torch or MLIR threads is not safe.
"""

import collections
import faulthandler
import importlib
import os
import pickle
import shutil
import signal
import sys
import tempfile
import time
import traceback
from typing import Callable, Dict, List, NamedTuple, Optional

import dill
import multiprocess
from multiprocess.connection import wait

from torch_mlir._output_capture import captured_output

from . import registry
from .running import CRASH_ERROR_PREFIX, Test, TestConfig, TestResult, TestRunner

# Extra time a worker gets past a test's own timeout before it is killed.
HARD_TIMEOUT_GRACE_SECONDS = 3.0
# How often the parent wakes up when nothing happens (to check deadlines).
_POLL_SECONDS = 1.0
# How much of a crashed test's output goes into its result.
CRASH_OUTPUT_LINES = 12
_CRASH_OUTPUT_BYTES = 16384


class WorkerStartupError(RuntimeError):
    """A worker could not set itself up (e.g. a suite module failed to import)."""


class _Setup(NamedTuple):
    config: TestConfig
    suite_modules: List[str]
    test_modules: List[str]
    verbose: bool
    runner: TestRunner


# ---------------------------------------------------------------- worker side


def _send(conn, message) -> None:
    try:
        data = pickle.dumps(message)
    except Exception:
        # Some golden values only pickle by value (e.g. locally defined types).
        data = dill.dumps(message)
    conn.send_bytes(data)


_SUFFIXES = {1: ".out", 2: ".err"}


def _worker_main(conn, setup_bytes: bytes, output_path: Optional[str] = None) -> None:
    # Print a Python traceback if the test crashes the process.
    faulthandler.enable()
    # Ctrl-C is the parent's business; it stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        setup: _Setup = dill.loads(setup_bytes)
        for name in setup.suite_modules:
            registry.load_suite(name)
        for name in setup.test_modules:
            importlib.import_module(name)
        tests = {t.unique_name: t for t in registry.GLOBAL_TEST_REGISTRY}
    except BaseException:
        _send(conn, ("fatal", traceback.format_exc()))
        return
    _send(conn, ("ready", None))
    # Each test's output goes to files of this worker (read by the parent
    # after a crash, with the fault handler's report), then on to the real
    # stdout and stderr.
    files = (
        {fd: open(f"{output_path}{suffix}", "w+b", buffering=0) for fd, suffix in _SUFFIXES.items()}
        if output_path
        else None
    )
    while True:
        try:
            name, test_bytes = pickle.loads(conn.recv_bytes())
        except EOFError:
            return
        try:
            if files is None:
                result = _run_one(name, test_bytes, tests, setup, conn)
            else:
                with captured_output(files=files, replay=True, fault_reports_captured=True):
                    result = _run_one(name, test_bytes, tests, setup, conn)
        except Exception:
            # Harness trouble (e.g. a test that cannot be unpickled), not a
            # crash: report it on the test and keep the worker.
            result = setup.runner.error_result(name, "compilation", traceback.format_exc())
        try:
            _send(conn, ("result", result))
        except Exception:
            error = (
                "the test result could not be sent back to the parent process:\n"
                + traceback.format_exc()
            )
            _send(conn, ("result", setup.runner.error_result(name, "execution", error)))


def _run_one(name, test_bytes, tests, setup: _Setup, conn):
    if test_bytes is not None:
        test = dill.loads(test_bytes)
    elif name in tests:
        test = tests[name]
    else:
        modules = ", ".join(setup.suite_modules + setup.test_modules) or "(none)"
        return setup.runner.error_result(
            name,
            "compilation",
            f"test '{name}' is not registered in the worker after importing: {modules}",
        )
    return setup.runner.run(
        test, setup.config, setup.verbose, lambda phase: _send(conn, ("phase", phase))
    )


# ---------------------------------------------------------------- parent side


class _Worker:
    """The parent's handle on one worker process and the test it is running."""

    def __init__(self, context, setup_bytes: bytes, output_path: Optional[str] = None):
        self.conn, child_conn = context.Pipe()
        self.output_path = output_path
        self.process = context.Process(
            target=_worker_main, args=(child_conn, setup_bytes, output_path), daemon=True
        )
        self.process.start()
        child_conn.close()
        self.ready = False
        # The traceback a worker sends when its set-up fails.
        self.startup_error: Optional[str] = None
        self.test: Optional[Test] = None
        self.phase = "compilation"
        self.started = 0.0
        self.budget = 0.0

    def assign(self, test: Test, by_value: bool, timeout_factor: float) -> None:
        self.test, self.phase, self.started = test, "compilation", time.monotonic()
        self.budget = test.timeout_seconds * timeout_factor
        self.conn.send_bytes(
            pickle.dumps((test.unique_name, dill.dumps(test) if by_value else None))
        )

    def deadline(self) -> float:
        return self.started + self.budget + HARD_TIMEOUT_GRACE_SECONDS

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()

    def _tail_lines(self, fd: int) -> List[str]:
        try:
            with open(f"{self.output_path}{_SUFFIXES[fd]}", "rb") as f:
                f.seek(0, os.SEEK_END)
                f.seek(max(0, f.tell() - _CRASH_OUTPUT_BYTES))
                text = f.read().decode("utf-8", "replace")
        except OSError:
            return []
        return [line.rstrip() for line in text.splitlines() if line.strip()]

    def output_tail(self) -> str:
        """The last lines the current test wrote (after a crash), by stream."""
        if not self.output_path:
            return ""
        sections = []
        stdout = self._tail_lines(1)
        if stdout:
            sections.append(
                "Last lines of the test's stdout:\n" + "\n".join(stdout[-CRASH_OUTPUT_LINES:])
            )
        stderr = self._tail_lines(2)
        fatal = [i for i, line in enumerate(stderr) if line.startswith("Fatal Python error")]
        if fatal:
            # What the test printed before dying, then the head of the fault
            # handler's report (the error and the innermost frames).
            at = fatal[-1]
            stderr = stderr[max(0, at - CRASH_OUTPUT_LINES) : at] + stderr[at : at + 6]
        if stderr:
            sections.append(
                "Last lines of the test's stderr:\n" + "\n".join(stderr[-CRASH_OUTPUT_LINES - 6 :])
            )
        return "\n".join(sections)


def _describe_exit(exitcode: int) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            signal_name = signal.Signals(-exitcode).name
        except ValueError:
            signal_name = "unknown signal"
        return f"was killed by signal {signal_name} ({-exitcode})"
    return f"exited with code {exitcode}"


class _Pool:
    def __init__(self, tests, config, num_workers, verbose, suite_modules, on_result, runner):
        by_name = {t.unique_name: t for t in registry.GLOBAL_TEST_REGISTRY}
        # A registered test is found by name in the worker; anything else is
        # sent by value.
        self.by_value = {t.unique_name for t in tests if by_name.get(t.unique_name) is not t}
        test_modules = sorted(
            {t.program_invoker.__module__ for t in tests if t.unique_name not in self.by_value}
            - set(suite_modules)
        )
        try:
            self.setup_bytes = dill.dumps(
                _Setup(config, list(suite_modules), test_modules, verbose, runner)
            )
        except Exception as e:
            raise WorkerStartupError(
                f"the test config cannot be sent to worker processes: {e}"
            ) from e
        self.context = multiprocess.get_context("spawn")
        self.pending = collections.deque(tests)
        self.num_tests = len(tests)
        self.results: Dict[str, TestResult] = {}
        self.on_result = on_result
        self.runner = runner
        self.any_worker_ready = False
        self.output_dir = tempfile.mkdtemp(prefix="e2e-worker-output-")
        self.workers_started = 0
        self.workers = [self._new_worker() for _ in range(min(num_workers, len(tests)))]

    def _new_worker(self) -> _Worker:
        self.workers_started += 1
        path = os.path.join(self.output_dir, f"worker-{self.workers_started}")
        return _Worker(self.context, self.setup_bytes, path)

    def run(self) -> List[TestResult]:
        try:
            while len(self.results) < self.num_tests:
                self._step()
        finally:
            for worker in self.workers:
                worker.stop()
            shutil.rmtree(self.output_dir, ignore_errors=True)
        return [self.results[name] for name in sorted(self.results)]

    def _step(self) -> None:
        busy = [w for w in self.workers if w.test is not None]
        timeout = _POLL_SECONDS
        if busy:
            timeout = max(0.0, min([timeout] + [w.deadline() - time.monotonic() for w in busy]))
        handles = [w.conn for w in self.workers] + [w.process.sentinel for w in self.workers]
        ready = set(wait(handles, timeout))
        for worker in list(self.workers):
            if worker.conn in ready and not self._receive(worker):
                self._replace(worker, _describe_exit(self._reap(worker)))
            elif worker.process.sentinel in ready:
                # Read anything it sent before dying, e.g. its last result.
                while worker.conn.poll() and self._receive(worker):
                    pass
                self._replace(worker, _describe_exit(self._reap(worker)))
            elif worker.test is not None and time.monotonic() > worker.deadline():
                self._time_out(worker)
        self._dispatch()

    def _receive(self, worker: _Worker) -> bool:
        """Handle one message; False when the worker's pipe is closed."""
        try:
            kind, payload = pickle.loads(worker.conn.recv_bytes())
        except (EOFError, OSError):
            return False
        if kind == "ready":
            worker.ready = self.any_worker_ready = True
        elif kind == "phase":
            worker.phase = payload
        elif kind == "result":
            self._finish(worker, payload)
        elif kind == "fatal":
            worker.startup_error = payload
            return False  # The worker exits after sending this.
        return True

    def _finish(self, worker: _Worker, result: TestResult) -> None:
        worker.test = None
        self._record(result, time.monotonic() - worker.started)

    def _record(self, result: TestResult, seconds: float) -> None:
        self.results[result.unique_name] = result
        if self.on_result is not None:
            self.on_result(result, seconds)

    def _reap(self, worker: _Worker) -> int:
        worker.process.join()
        return worker.process.exitcode

    def _replace(self, worker: _Worker, how: str) -> None:
        if not worker.ready:
            return self._lose_worker(
                worker, worker.startup_error or f"it {how} before it was ready"
            )
        if worker.test is not None:
            message = f"{CRASH_ERROR_PREFIX}the worker process {how} during {worker.phase}\n"
            tail = worker.output_tail()
            if tail:
                message += tail + "\n"
            self._finish(
                worker, self.runner.error_result(worker.test.unique_name, worker.phase, message)
            )
        self._restart(worker)

    def _time_out(self, worker: _Worker) -> None:
        test = worker.test
        message = (
            f"Test timed out during {worker.phase} (timeout={test.timeout_seconds}s); "
            "the worker process did not stop and was killed"
        )
        worker.process.kill()
        self._reap(worker)
        tail = worker.output_tail()
        if tail:
            message += "\n" + tail
        self._finish(worker, self.runner.error_result(test.unique_name, worker.phase, message))
        self._restart(worker)

    def _lose_worker(self, worker: _Worker, detail: str) -> None:
        """A worker failed to set itself up."""
        if not self.any_worker_ready:
            # Nothing can run (typically a suite module fails to import).
            raise WorkerStartupError(f"A test worker failed to start:\n{detail}")
        # Mid-run, e.g. the sources changed on disk under a long run: keep
        # the results so far and go on with the workers that are left.
        print(
            f"WARNING: a replacement test worker failed to start:\n{detail}\n"
            "Continuing with the remaining workers.",
            file=sys.stderr,
        )
        worker.stop()
        self.workers.remove(worker)
        if self.workers:
            return
        message = f"no test worker could be started:\n{detail}"
        while self.pending:
            test = self.pending.popleft()
            self._record(self.runner.error_result(test.unique_name, "compilation", message), 0.0)

    def _restart(self, worker: _Worker) -> None:
        worker.stop()
        index = self.workers.index(worker)
        if self.pending:
            self.workers[index] = self._new_worker()
        else:
            del self.workers[index]

    def _dispatch(self) -> None:
        for worker in self.workers:
            if worker.ready and worker.test is None and self.pending:
                test = self.pending.popleft()
                try:
                    worker.assign(
                        test, test.unique_name in self.by_value, self.runner.timeout_factor
                    )
                except OSError:
                    # The worker died while idle; requeue the test and let
                    # the next step see the exit and replace the worker.
                    worker.test = None
                    self.pending.appendleft(test)


def run_in_workers(
    tests: List[Test],
    config: TestConfig,
    num_workers: int,
    verbose: bool,
    suite_modules: List[str],
    on_result: Optional[Callable[[TestResult, float], None]],
    runner: Optional[TestRunner] = None,
) -> List[TestResult]:
    """Run `tests` on up to `num_workers` workers; results sorted by name.

    Each worker hands its tests to `runner` (default: `TestRunner()`).
    """
    runner = runner or TestRunner()
    return _Pool(tests, config, num_workers, verbose, suite_modules, on_result, runner).run()
