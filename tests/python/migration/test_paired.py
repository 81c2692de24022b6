"""`torch_mlir_e2e_test.paired`: judging pairs of results, and the paired runner.

The classification is checked on hand-made results; the runner in process
(shared golden trace, captured diagnostics) and in the worker pool (a crash
in either path costs only that path's result).
"""

from argparse import Namespace

import pytest
import torch
from paired_configs import AbortingConfig, NoisyFailingConfig, ScaledConfig

from e2e_testing import compare
from torch_mlir_e2e_test import framework
from torch_mlir_e2e_test.configs import NativeTorchTestConfig
from torch_mlir_e2e_test.framework import TestResult, TraceItem
from torch_mlir_e2e_test.paired import (
    PairedConfig,
    PairedPhase,
    PairedResult,
    PairedRunner,
    judge_pair,
)
from torch_mlir_e2e_test.registry import GLOBAL_TEST_REGISTRY, load_suite

X = torch.tensor([1.0, 2.0, 3.0])
GOLDEN = [TraceItem("forward", [X], X * 2)]


def _ran(output) -> TestResult:
    return TestResult("T", None, None, [TraceItem("forward", [X], output)], GOLDEN)


PASS = _ran(X * 2)
WRONG = _ran(X * 3)
COMPILE_ERROR = TestResult(
    "T", "Traceback (most recent call last):\n  File...\nRuntimeError: boom\n", None, None, None
)


@pytest.mark.parametrize(
    "torchscript, pt2, category",
    [
        (PASS, PASS, "agree"),
        # Both within the harness's 1e-3 of the golden value, 5e-4 apart.
        (_ran(X * 2 * (1 + 5e-4)), PASS, "disagree"),
        (PASS, COMPILE_ERROR, "torchscript_only"),
        (PASS, WRONG, "torchscript_only"),
        (COMPILE_ERROR, PASS, "pt2_only"),
        (None, PASS, "pt2_only"),
        (COMPILE_ERROR, WRONG, "both_fail"),
    ],
)
def test_categories(torchscript, pt2, category):
    assert judge_pair(PairedResult("T", torchscript, pt2)).category == category


def test_verdict_details():
    verdict = judge_pair(PairedResult("T", COMPILE_ERROR, WRONG))
    assert verdict.torchscript.outcome == "FAIL"
    assert verdict.torchscript.summary == "RuntimeError: boom"
    assert verdict.pt2.summary.startswith("value (Tensor")
    # Both produced outputs? No: only then are they diffed.
    assert verdict.paths_diff is None
    disagree = judge_pair(PairedResult("T", WRONG, PASS))
    assert disagree.paths_diff.max_abs == pytest.approx(3.0)
    assert judge_pair(PairedResult("T", None, PASS)).torchscript.outcome == "NOT RUN"
    # Looser tolerances turn a disagreement into agreement.
    close = PairedResult("T", _ran(X * 2 * (1 + 5e-4)), PASS)
    assert judge_pair(close, tolerances=(1e-3, 0.0)).category == "agree"


def test_error_results_keep_the_path_that_finished():
    runner = PairedRunner()
    ts_crash = runner.error_result("T", PairedPhase("torchscript", "execution"), "CRASH: x")
    assert ts_crash.torchscript.runtime_error == "CRASH: x" and ts_crash.pt2 is None
    pt2_crash = runner.error_result("T", PairedPhase("pt2", "compilation", PASS), "CRASH: y")
    assert pt2_crash.torchscript is PASS and pt2_crash.pt2.compilation_error == "CRASH: y"
    early = runner.error_result("T", "compilation", "CRASH: z")
    assert early.torchscript.compilation_error == early.pt2.compilation_error == "CRASH: z"


class _Double(torch.nn.Module):
    def forward(self, x):
        return x * 2


def _invoker(module, tu):
    module.forward(tu.rand(3))


TEST = framework.Test("Double_basic", _Double, _invoker, 30)


def test_in_process_run_shares_the_golden_trace_and_captures_diagnostics():
    phases = []
    pair = PairedRunner().run(
        TEST, PairedConfig(NativeTorchTestConfig(), NoisyFailingConfig()), False, phases.append
    )
    assert [str(p) for p in phases] == [
        "golden trace recording",
        "torchscript compilation",
        "torchscript execution",
        "pt2 compilation",
    ]
    assert phases[-1].torchscript_result is pair.torchscript
    verdict = judge_pair(pair)
    assert verdict.category == "torchscript_only"
    assert verdict.pt2.summary == "failed to legalize operation 'torch.aten.foo'"
    assert set(pair.seconds) == {"torchscript", "pt2"}


def test_numbers_that_differ_slightly():
    pair = PairedRunner().run(
        TEST, PairedConfig(NativeTorchTestConfig(), ScaledConfig(1 + 1e-4)), False
    )
    verdict = judge_pair(pair)
    assert verdict.category == "disagree"
    assert verdict.paths_diff.max_rel == pytest.approx(1e-4, rel=1e-2)


def test_do_not_run_skips_one_path():
    config = PairedConfig(
        NativeTorchTestConfig(), NativeTorchTestConfig(), {"pt2": {"Double_basic": "hangs"}}
    )
    verdict = judge_pair(PairedRunner().run(TEST, config, False))
    assert verdict.category == "torchscript_only"
    assert verdict.pt2.outcome == "NOT RUN" and "hangs" in verdict.pt2.summary


def test_crashes_in_workers_cost_only_their_path():
    load_suite("sample_suite")
    tests = [t for t in GLOBAL_TEST_REGISTRY if t.unique_name.startswith("OkAdd")]
    assert tests
    runner = PairedRunner()
    # pt2 crashes: the TorchScript result survives in the reported phase.
    pairs = framework.run_tests(
        tests,
        PairedConfig(NativeTorchTestConfig(), AbortingConfig()),
        suite_modules=["sample_suite"],
        num_workers=2,
        runner=runner,
    )
    verdicts = [judge_pair(p) for p in pairs]
    assert [v.category for v in verdicts] == ["torchscript_only"] * len(tests)
    assert all(v.pt2.outcome == "CRASH" and "SIGABRT" in v.pt2.summary for v in verdicts)
    assert all("pt2 compilation" in v.pt2.summary for v in verdicts)
    # What the path printed before it died is read back from its capture file.
    assert all("runtime check failed: out-of-bounds access" in v.pt2.summary for v in verdicts)
    # TorchScript crashes: the pt2 path is run again on its own.
    config = PairedConfig(AbortingConfig(), NativeTorchTestConfig())
    pairs = framework.run_tests(
        tests, config, suite_modules=["sample_suite"], num_workers=2, runner=runner
    )
    assert all(p.pt2 is None for p in pairs)
    args = Namespace(sequential=False, verbose=False)
    pairs = compare._rerun_lost_paths(pairs, tests, config, args, ["sample_suite"], runner)
    verdicts = [judge_pair(p) for p in pairs]
    assert [v.category for v in verdicts] == ["pt2_only"] * len(tests)
    assert all(v.torchscript.outcome == "CRASH" for v in verdicts)
