"""The e2e harness's entry point: `run_tests`, and the names of `running`.

`run_tests` runs many tests. With `sequential=True` it runs them one after the
other in this process (handy under a debugger). Otherwise it hands them to
long-lived worker processes (`worker_pool`), so that a test that crashes or
hangs costs only its own result and one worker restart.

How one test runs (golden traces, `TestConfig`, `TestResult`, `TestRunner`)
is `running`, below the worker pool; its names are importable from here as
they always were.
"""

import os
import time
from typing import Callable, List, Optional

from .running import (  # noqa: F401 (re-exported: the legacy names of this module)
    CRASH_ERROR_PREFIX,
    Test,
    TestConfig,
    TestResult,
    TestRunner,
    TestUtils,
    TorchScriptValue,
    Trace,
    TraceItem,
    clone_torch_script_value,
    clone_trace,
    compile_and_run_test,
    generate_golden_trace,
    timeout,
)
from .worker_pool import run_in_workers


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
