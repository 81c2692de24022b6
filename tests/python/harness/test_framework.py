"""Golden traces, cloning, compile_and_run_test and the in-process runner."""

import pytest
import torch

from torch_mlir_e2e_test import framework
from torch_mlir_e2e_test.configs import NativeTorchTestConfig, TorchScriptTestConfig
from torch_mlir_e2e_test.framework import (
    TraceItem,
    clone_torch_script_value,
    clone_trace,
    compile_and_run_test,
    default_worker_count,
    generate_golden_trace,
    run_tests,
)
from torch_mlir_e2e_test.running import _Tracer


def test_test_utils_is_deterministic_and_respects_ranges():
    x = framework.TestUtils().rand(3, 4, low=2.0, high=3.0)
    a = framework.TestUtils()
    assert torch.equal(x, a.rand(3, 4, low=2.0, high=3.0))
    assert x.dtype == torch.float32 and x.min() >= 2.0 and x.max() < 3.0
    i = a.randint(5, low=-3, high=3, dtype=torch.int8)
    assert i.dtype == torch.int8 and i.min() >= -3 and i.max() < 3
    assert a.randint(2, 2).dtype == torch.int64
    assert torch.isnan(a.nans(2)).all()


def test_clone_copies_tensors_inside_containers():
    t = torch.zeros(2)
    value = {"k": [t, (t, 1, 2.5, "s")]}
    cloned = clone_torch_script_value(value)
    t.add_(1)
    assert cloned["k"][0].sum() == 0 and cloned["k"][1][0].sum() == 0
    assert cloned["k"][1][1:] == (1, 2.5, "s")
    with pytest.raises(AssertionError, match="unhandled cloning"):
        clone_torch_script_value(None)
    trace = clone_trace([TraceItem("forward", [t], t)])
    t.add_(1)
    assert trace[0].inputs[0].sum() == 2 and trace[0].output.sum() == 2


class Inner(torch.nn.Module):
    def forward(self, x):
        x.mul_(2)  # in place: the trace must keep the original input
        return x + 1


class Outer(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.m = torch.nn.Module()
        self.m.m2 = Inner()

    def forward(self, x):
        return x - 1


def test_tracer_records_dotted_symbols_and_unmutated_inputs():
    trace = []
    tracer = _Tracer(Outer(), [], trace)
    x = torch.ones(2)
    tracer.m.m2.forward(x)
    tracer.forward(torch.zeros(1))
    assert [item.symbol for item in trace] == ["m.m2.forward", "forward"]
    assert torch.equal(trace[0].inputs[0], torch.ones(2))
    assert torch.equal(trace[0].output, torch.full((2,), 3.0))


def test_golden_trace_runs_factory_before_seeding():
    seen = []

    def factory():
        seen.append(torch.rand(1))
        return Outer()

    def invoker(module, tu):
        module.forward(tu.rand(2))

    test = framework.Test("T", factory, invoker, 5)
    first, second = generate_golden_trace(test), generate_golden_trace(test)
    assert torch.equal(first[0].inputs[0], second[0].inputs[0])
    assert not torch.equal(seen[0], seen[1])  # the factory saw unseeded state


class _BrokenCompile(framework.TestConfig):
    def compile(self, program, verbose=False):
        raise RuntimeError("no compiler here")

    def run(self, artifact, trace):
        return trace


class _BrokenRun(NativeTorchTestConfig):
    def run(self, artifact, trace):
        raise ValueError("cannot run")


def _outer_test(invoker=None, timeout=5):
    return framework.Test(
        "OuterTest", Outer, invoker or (lambda m, tu: m.forward(tu.rand(3))), timeout
    )


def test_compile_and_run_test_success_and_errors():
    result = compile_and_run_test(_outer_test(), NativeTorchTestConfig())
    assert result.compilation_error is None and result.runtime_error is None
    assert torch.equal(result.trace[0].output, result.golden_trace[0].output)

    result = compile_and_run_test(_outer_test(), _BrokenCompile())
    assert result.compilation_error.startswith("Traceback (most recent call last):")
    assert "RuntimeError: no compiler here" in result.compilation_error
    assert (result.runtime_error, result.trace, result.golden_trace) == (None, None, None)

    result = compile_and_run_test(_outer_test(), _BrokenRun())
    assert result.compilation_error is None and "ValueError: cannot run" in result.runtime_error


def test_compile_and_run_test_times_out_in_the_main_thread():
    import time

    result = compile_and_run_test(
        _outer_test(lambda m, tu: time.sleep(5), timeout=1), NativeTorchTestConfig()
    )
    assert result.compilation_error == "Test timed out during compilation (timeout=1s)"

    class SlowRun(NativeTorchTestConfig):
        def run(self, artifact, trace):
            time.sleep(5)

    result = compile_and_run_test(_outer_test(timeout=1), SlowRun())
    # The legacy text, uninterpolated braces included.
    assert result.runtime_error == "Test timed out during execution (timeout={test.timeout}s)"


def test_torchscript_config_resolves_dotted_symbols():
    config = TorchScriptTestConfig()
    test = framework.Test("Dotted", Outer, lambda m, tu: m.m.m2.forward(tu.rand(2)), 5)
    golden = generate_golden_trace(test)
    trace = config.run(config.compile(Outer()), golden)
    assert trace[0].symbol == "m.m2.forward"
    assert torch.equal(trace[0].output, golden[0].output)


def test_sequential_run_tests_runs_each_test_once_in_process(capsys):
    calls = []

    def invoker(m, tu):
        calls.append(1)
        m.forward(tu.rand(1))

    tests = [framework.Test("B", Outer, invoker, 5), framework.Test("A", Outer, invoker, 5)]
    results = run_tests(tests, NativeTorchTestConfig(), sequential=True)
    assert [r.unique_name for r in results] == ["A", "B"]
    assert len(calls) == 2  # the invoker runs once per test (golden run)
    out = capsys.readouterr().out
    assert out.splitlines()[:2] == [
        "Running tests sequentially with progress status",
        "*** RUNNING TEST: A ***",
    ]


@pytest.mark.parametrize(
    "name,value",
    [("TORCH_MLIR_TEST_CONCURRENCY", "many"), ("TORCH_MLIR_TEST_VERBOSE", "yes")],
)
def test_bad_env_vars_raise(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=f"^Bad value for {name} env var: Expected integer.$"):
        run_tests([_outer_test()], NativeTorchTestConfig(), sequential=True)


def test_concurrency_env_var_caps_workers(monkeypatch):
    monkeypatch.setenv("TORCH_MLIR_TEST_CONCURRENCY", "1")
    assert default_worker_count(100) == 1
    monkeypatch.setenv("TORCH_MLIR_TEST_CONCURRENCY", "0")  # 0: no cap
    assert default_worker_count(100) >= 1
    assert default_worker_count(1) == 1


def test_an_uncloneable_output_is_a_runtime_error_not_an_exception():
    class ReturnsNone(torch.nn.Module):
        def forward(self, x):
            return None

    test = framework.Test("NoneOut", ReturnsNone, lambda m, tu: m.forward(tu.rand(1)), 5)
    result = compile_and_run_test(test, NativeTorchTestConfig())
    assert result.compilation_error is None
    assert "unhandled cloning of TorchScriptValue value type: NoneType" in result.runtime_error
