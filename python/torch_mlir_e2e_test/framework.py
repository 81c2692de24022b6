"""How one e2e test runs: golden traces, configs, results and `run_tests`.

A test is a program factory (an `nn.Module`) plus an invoker that calls it
with inputs from `TestUtils`. Running the invoker on the plain PyTorch program
through a tracing proxy records the *golden trace*: every call made, with
cloned inputs and the output. A `TestConfig` then compiles a fresh program and
replays the trace's calls; `reporting` compares the two traces.

`run_tests` runs many tests. With `sequential=True` it runs them one after the
other in this process (handy under a debugger). Otherwise it hands them to
long-lived worker processes (`worker_pool`), so that a test that crashes or
hangs costs only its own result and one worker restart.
"""

import abc
import contextlib
import os
import signal
import sys
import threading
import time
import traceback
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Union

import torch

# The legacy framework used the dill-based `multiprocess` with the spawn start
# method; keep that process-wide setting for code that still relies on it.
import multiprocess

try:
    multiprocess.set_start_method("spawn")
except RuntimeError:
    pass  # Already set by the embedding program.

TorchScriptValue = Union[
    int, float, List["TorchScriptValue"], Dict[Any, "TorchScriptValue"], torch.Tensor
]


class TraceItem(NamedTuple):
    # The dotted path of the called method, e.g. "forward" or "m.m2.forward".
    symbol: str
    inputs: List[TorchScriptValue]
    output: TorchScriptValue


Trace = List[TraceItem]


def clone_torch_script_value(v: TorchScriptValue):
    """Deep-copy the tensors of a value so that later mutation cannot alter it."""
    if isinstance(v, torch.Tensor):
        return v.clone()
    if isinstance(v, tuple):
        return tuple(clone_torch_script_value(x) for x in v)
    if isinstance(v, list):
        return [clone_torch_script_value(x) for x in v]
    if isinstance(v, dict):
        return {clone_torch_script_value(k): clone_torch_script_value(x) for k, x in v.items()}
    if isinstance(v, (float, int, str)):
        return v
    assert False, f"unhandled cloning of TorchScriptValue value type: {type(v).__name__}"


def clone_trace(trace: Trace) -> Trace:
    return [
        TraceItem(
            item.symbol,
            clone_torch_script_value(item.inputs),
            clone_torch_script_value(item.output),
        )
        for item in trace
    ]


class TestConfig(abc.ABC):
    """How a program is compiled and how a trace is replayed on the result.

    Implementations' `compile` must accept a `verbose=` keyword: the
    framework always passes it.
    """

    __test__ = False  # Not a pytest test class, despite the name.

    @abc.abstractmethod
    def compile(self, program: torch.nn.Module) -> Any:
        """Compile `program` into an artifact that `run` understands."""

    @abc.abstractmethod
    def run(self, artifact: Any, trace: Trace) -> Trace:
        """Call each `trace[i].symbol` on `artifact` with `trace[i].inputs`.

        The recorded outputs are ignored; the returned trace holds the new
        ones. `artifact` must not be mutated (it may be shared).
        """


class TestUtils:
    """Deterministic input factories handed to each test invoker."""

    __test__ = False  # Not a pytest test class, despite the name.

    def __init__(self):
        torch.manual_seed(0)

    def rand(self, *sizes, low=0.0, high=1.0):
        return torch.empty(sizes).uniform_(low, high)

    def randint(self, *sizes, low=0, high=10, dtype=torch.int64):
        return torch.randint(low, high, sizes, dtype=dtype)

    def nans(self, *sizes):
        return torch.empty(sizes).fill_(float("nan"))


class Test(NamedTuple):
    __test__ = False  # Not a pytest test class, despite the name.

    unique_name: str
    program_factory: Callable[[], torch.nn.Module]
    program_invoker: Callable[[Any, TestUtils], None]
    timeout_seconds: int


class TestResult(NamedTuple):
    __test__ = False  # Not a pytest test class, despite the name.

    unique_name: str
    compilation_error: Optional[str]
    runtime_error: Optional[str]
    trace: Optional[Trace]
    golden_trace: Optional[Trace]


# Errors of tests whose process died start with this; `reporting` shows such
# results as CRASH instead of FAIL.
CRASH_ERROR_PREFIX = "CRASH: "


class _Tracer:
    """A proxy that records every call made through it into a trace.

    Attribute access returns a nested proxy whose path grows by the
    attribute name, so `tracer.m.m2.forward(x)` is recorded as
    "m.m2.forward".
    """

    def __init__(self, wrapped, property_base_path: List[str], trace: Trace):
        # Stored via object.__setattr__ so that they never clash with, or
        # get forwarded to, attributes of the wrapped program.
        object.__setattr__(self, "_tracer_wrapped", wrapped)
        object.__setattr__(self, "_tracer_path", property_base_path)
        object.__setattr__(self, "_tracer_trace", trace)

    def __call__(self, *args, **kwargs):
        # Clone first: the callee may mutate its inputs in place.
        inputs = [clone_torch_script_value(arg) for arg in args]
        output = self._tracer_wrapped(*args, **kwargs)
        self._tracer_trace.append(TraceItem(".".join(self._tracer_path), inputs, output))
        return output

    def __getattr__(self, name):
        return _Tracer(
            getattr(self._tracer_wrapped, name), self._tracer_path + [name], self._tracer_trace
        )


def generate_golden_trace(test: Test) -> Trace:
    """Run the test invoker on the PyTorch program and record its calls."""
    trace: Trace = []
    # The factory runs before TestUtils resets the seed, as it always has.
    tracer = _Tracer(test.program_factory(), [], trace)
    test.program_invoker(tracer, TestUtils())
    return trace


class _TestTimeout(TimeoutError):
    """Raised by `timeout`; distinct from TimeoutErrors raised by test code."""


@contextlib.contextmanager
def timeout(seconds: int, error_message: str = "Timeout"):
    """Raise `TimeoutError` in the block if it runs longer than `seconds`.

    This is a SIGALRM alarm, so it only works on Unix and on the main thread,
    and only interrupts Python code; elsewhere it does nothing. Tests run by
    `run_tests` in workers also get a hard deadline from the worker pool,
    which kills a worker that does not come back.
    """
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def on_alarm(signum, frame):
        raise _TestTimeout(error_message)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(int(seconds))
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _format_current_exception() -> str:
    return "".join(traceback.format_exception(*sys.exc_info()))


def compile_and_run_test(
    test: Test,
    config: TestConfig,
    verbose: bool = False,
    _report_phase: Optional[Callable[[str], None]] = None,
    golden_trace: Optional[Trace] = None,
) -> TestResult:
    """Generate the golden trace, compile the program and replay the trace.

    `_report_phase("execution")` is called once compilation is done; the
    worker pool uses it to say which phase a crash or hang happened in.
    A `golden_trace` recorded beforehand (e.g. one shared by several configs)
    is used instead of recording a new one; it must not be shared with
    another run, since replaying may mutate its inputs.
    """
    name = test.unique_name
    phase = "compilation"
    try:
        with timeout(test.timeout_seconds):
            try:
                if golden_trace is None:
                    golden_trace = generate_golden_trace(test)
                if verbose:
                    print(f"Compiling {name}...", file=sys.stderr)
                compiled = config.compile(test.program_factory(), verbose=verbose)
            except _TestTimeout:
                raise
            except Exception:
                return TestResult(name, _format_current_exception(), None, None, None)
            phase = "execution"
            if _report_phase is not None:
                _report_phase(phase)
            try:
                if verbose:
                    print(f"Running {name}...", file=sys.stderr)
                trace = config.run(compiled, golden_trace)
                # Cloning fails on values a trace cannot hold (e.g. None).
                trace, golden_trace = clone_trace(trace), clone_trace(golden_trace)
            except _TestTimeout:
                raise
            except Exception:
                return TestResult(name, None, _format_current_exception(), None, None)
    except _TestTimeout:
        if phase == "compilation":
            return TestResult(
                name,
                f"Test timed out during compilation (timeout={test.timeout_seconds}s)",
                None,
                None,
                None,
            )
        # The legacy message never interpolated the braces; kept verbatim.
        return TestResult(
            name, None, "Test timed out during execution (timeout={test.timeout}s)", None, None
        )
    return TestResult(name, None, None, trace, golden_trace)


class TestRunner:
    """What a worker does with one test: by default, `compile_and_run_test`.

    `run_tests` takes another runner to do more per test in one worker task
    (e.g. run it on two configs that share the golden trace). A runner's
    results may be any picklable objects with a `unique_name`; `error_result`
    builds one for a test whose worker crashed or hung. Runners are sent to
    the workers with dill, so they should be instances of importable classes.
    """

    __test__ = False  # Not a pytest test class, despite the name.

    # The worker pool kills a worker whose test takes longer than this many
    # times the test's timeout (plus a grace period).
    timeout_factor = 1

    def run(self, test: Test, config: TestConfig, verbose: bool, report_phase=None) -> Any:
        """Run `test`; `report_phase(phase)` tells the pool where it is."""
        return compile_and_run_test(test, config, verbose, _report_phase=report_phase)

    def error_result(self, name: str, phase: Any, message: str) -> Any:
        """The result of test `name` that failed with `message` in `phase`.

        `phase` is the last one reported by `run` ("compilation" before any).
        """
        if phase == "compilation":
            return TestResult(name, message, None, None, None)
        return TestResult(name, None, message, None, None)


def int_env_var(name: str) -> Optional[int]:
    """The integer value of an environment variable, or None if it is unset."""
    value = os.environ.get(name)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"Bad value for {name} env var: Expected integer.") from None


def default_worker_count(num_tests: int) -> int:
    """Workers for `num_tests` tests: about 0.8 per CPU plus one.

    On a 2-CPU machine that is 2. (The legacy harness forced 1 on 2-CPU
    machines because a crash killed the whole run; workers are isolated now.)
    `TORCH_MLIR_TEST_CONCURRENCY`, when greater than 0, caps the count.
    """
    cpus = (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    )
    count = min(int(cpus * 0.8) + 1, num_tests)
    cap = int_env_var("TORCH_MLIR_TEST_CONCURRENCY")
    if cap is not None and cap > 0:
        count = min(count, cap)
    return max(count, 1)


def run_tests(
    tests: List[Test],
    config: TestConfig,
    sequential: bool = False,
    verbose: bool = False,
    *,
    suite_modules: Optional[List[str]] = None,
    num_workers: Optional[int] = None,
    on_result: Optional[Callable[[TestResult, float], None]] = None,
    runner: Optional[TestRunner] = None,
) -> List[TestResult]:
    """Run `tests` on `config` and return their results sorted by name.

    `suite_modules` names modules that workers import (calling their
    `register_all_tests()` when present) to find tests by name; the modules
    that define the tests' invokers are imported too. `on_result(result,
    seconds)` is called as each test finishes. The legacy sequential path ran
    every test twice (in process, then again in the pool); here it runs
    each test once, in process. `runner` replaces what is done with each
    test (see `TestRunner`); the results are then the runner's.
    """
    verbose = bool(verbose) | bool(int_env_var("TORCH_MLIR_TEST_VERBOSE") or 0)
    if num_workers is None:
        num_workers = default_worker_count(len(tests))
    tests = sorted(tests, key=lambda t: t.unique_name)
    if not tests:
        return []
    runner = runner or TestRunner()
    if sequential:
        return _run_in_process(tests, config, verbose, on_result, runner)
    from .worker_pool import run_in_workers

    return run_in_workers(
        tests, config, num_workers, verbose, suite_modules or [], on_result, runner
    )


def _run_in_process(tests, config, verbose, on_result, runner) -> List[TestResult]:
    print("Running tests sequentially with progress status")
    results = []
    for test in tests:
        print(f"*** RUNNING TEST: {test.unique_name} ***")
        start = time.monotonic()
        result = runner.run(test, config, verbose)
        results.append(result)
        if on_result is not None:
            on_result(result, time.monotonic() - start)
    return results
