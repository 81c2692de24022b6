"""How one e2e test runs: golden traces, configs and results.

A test is a program factory (an `nn.Module`) plus an invoker that calls it
with inputs from `TestUtils`. Running the invoker on the plain PyTorch program
through a tracing proxy records the *golden trace*: every call made, with
cloned inputs and the output. A `TestConfig` then compiles a fresh program and
replays the trace's calls; `reporting` compares the two traces.

This is the bottom of the harness: `registry`, `worker_pool` and `framework`
(which runs many tests) build on it, and it imports none of them.
"""

import abc
import contextlib
import signal
import sys
import threading
import traceback
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Union

# The legacy framework used the dill-based `multiprocess` with the spawn start
# method; keep that process-wide setting for code that still relies on it.
import multiprocess
import torch

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
    raise AssertionError(f"unhandled cloning of TorchScriptValue value type: {type(v).__name__}")


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
