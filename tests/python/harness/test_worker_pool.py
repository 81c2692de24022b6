"""Crash and hang isolation in the worker pool (one pool run, two workers).

The run mixes passing tests with a null-pointer read, an abort, an
interruptible hang and an uninterruptible one: each bad test must cost only
its own result, and the tests queued behind it must still pass.
"""

import pytest
import torch

from torch_mlir_e2e_test import framework
from torch_mlir_e2e_test.configs import NativeTorchTestConfig
from torch_mlir_e2e_test.registry import GLOBAL_TEST_REGISTRY, load_suite
from torch_mlir_e2e_test.reporting import classify_result


class _Square(torch.nn.Module):
    def forward(self, x):
        return x * x


def _unregistered_invoker(module, tu):
    module.forward(tu.rand(2))


@pytest.fixture(scope="module")
def pool_run():
    load_suite("sample_suite")
    tests = [
        t
        for t in GLOBAL_TEST_REGISTRY
        if t.unique_name.startswith(("Ok", "Crash", "Hang", "Wrong"))
    ]
    # Not in the registry: the worker must get it by value.
    tests.append(framework.Test("ZzUnregistered_basic", _Square, _unregistered_invoker, 30))
    finished = []
    results = framework.run_tests(
        tests,
        NativeTorchTestConfig(),
        suite_modules=["sample_suite"],
        num_workers=2,
        on_result=lambda result, seconds: finished.append(result.unique_name),
    )
    return {r.unique_name: r for r in results}, [r.unique_name for r in results], finished


def test_results_are_sorted_and_reported_as_they_finish(pool_run):
    by_name, order, finished = pool_run
    assert order == sorted(order)
    assert sorted(finished) == order


def test_passing_tests_survive_crashing_neighbours(pool_run):
    by_name, _, _ = pool_run
    for name in [
        "OkAddScaledModule_basic",
        "OkTanhModule_basic",
        "OkUint8Module_basic",
        "ZzUnregistered_basic",
    ]:
        assert classify_result(by_name[name], set()) == "PASS", name
    assert classify_result(by_name["WrongNoiseModule_basic"], set()) == "FAIL"


@pytest.mark.parametrize(
    "name,signal_text",
    [("CrashNullPointer_basic", "SIGSEGV (11)"), ("CrashAbort_basic", "SIGABRT (6)")],
)
def test_crash_is_one_crash_result_with_the_signal(pool_run, name, signal_text):
    result = pool_run[0][name]
    assert classify_result(result, set()) == "CRASH"
    assert result.compilation_error.startswith(
        f"CRASH: the worker process was killed by signal {signal_text} during compilation\n"
    )
    assert "Last lines of the test's stderr:\n" in result.compilation_error
    # Python's fault handler reports where the test died.
    assert "Fatal Python error" in result.compilation_error


def test_crash_results_carry_what_the_test_wrote_before_dying(pool_run):
    from e2e_testing.xfail_update import reason_from_error

    abort = pool_run[0]["CrashAbort_basic"].compilation_error
    assert "Last lines of the test's stdout:\n" in abort and "^ out-of-bounds access" in abort
    assert reason_from_error("CRASH", abort) == (
        "crash: was killed by signal SIGABRT (6) during compilation: "
        "runtime check failed: out-of-bounds access (in aten::index_select)"
    )
    segfault = pool_run[0]["CrashNullPointer_basic"].compilation_error
    assert reason_from_error("CRASH", segfault) == (
        "crash: was killed by signal SIGSEGV (11) during compilation: LLVM ERROR: a pass gave up"
    )


def test_interruptible_hang_times_out_in_the_worker(pool_run):
    result = pool_run[0]["HangSleep_basic"]
    assert result.compilation_error == "Test timed out during compilation (timeout=1s)"


def test_uninterruptible_hang_is_killed_by_the_pool(pool_run):
    result = pool_run[0]["HangUninterruptible_basic"]
    assert result.compilation_error == (
        "Test timed out during compilation (timeout=1s); the worker process did not stop and was killed"
    )
    assert classify_result(result, set()) == "FAIL"


def test_a_replacement_worker_that_cannot_start_does_not_lose_the_run(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("HARNESS_STARTUP_MARKER", str(tmp_path / "marker"))
    load_suite("flaky_startup_suite")
    tests = [t for t in GLOBAL_TEST_REGISTRY if t.unique_name.startswith("Flaky")]
    results = framework.run_tests(
        tests, NativeTorchTestConfig(), suite_modules=["flaky_startup_suite"], num_workers=1
    )
    crashed, never_ran = results
    assert classify_result(crashed, set()) == "CRASH"
    assert never_ran.compilation_error.startswith("no test worker could be started:\nTraceback")
    assert "this suite changed under the run (simulated)" in never_ran.compilation_error
    assert "WARNING: a replacement test worker failed to start" in capfd.readouterr().err
