"""The lazy repro runner: the wheel's failure report, without the success-path snapshot."""

import os
import tempfile
import time

import pytest

from torch_mlir import ir
from torch_mlir._lazy_repro import run_pipeline_with_lazy_repro_report
from torch_mlir.compiler_utils import TorchMlirCompilerError, run_pipeline_with_repro_report
from torch_mlir.dialects import torch as torch_dialect

TANH = """module attributes {torch.debug_module_name = "LazyReproTest"} {
  func.func @forward(%a: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
    %0 = torch.aten.tanh %a : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
    return %0 : !torch.vtensor<[2],f32>
  }
}"""
REPRO_FILE = os.path.join(tempfile.gettempdir(), "LazyReproTest.mlir")


def _module(text=TANH):
    context = ir.Context()
    torch_dialect.register_dialect(context)
    return ir.Module.parse(text, context)


def _message(runner, pipeline, description):
    with pytest.raises(TorchMlirCompilerError) as info:
        runner(_module(), pipeline, description)
    with open(REPRO_FILE) as f:
        return str(info.value), f.read()


@pytest.mark.parametrize(
    "pipeline, description",
    [
        ("builtin.module(no-such-pass)", "Parsing"),
        ("builtin.module(torch-verify-linalg-on-tensors-backend-contract)", ""),
    ],
)
def test_failure_report_is_the_wheels(pipeline, description):
    wheel_message, wheel_repro = _message(run_pipeline_with_repro_report, pipeline, description)
    os.remove(REPRO_FILE)
    our_message, our_repro = _message(run_pipeline_with_lazy_repro_report, pipeline, description)
    assert our_message == wheel_message
    assert our_repro == wheel_repro
    assert "torch.aten.tanh" in our_repro


def test_success_lowers_in_place_and_writes_nothing():
    if os.path.exists(REPRO_FILE):
        os.remove(REPRO_FILE)
    module = _module()
    run_pipeline_with_lazy_repro_report(
        module, "builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)", "x"
    )
    assert "linalg.generic" in str(module)
    assert not os.path.exists(REPRO_FILE)


def _many_ops_module(count):
    body = "\n".join(
        f"    %{i + 1} = torch.aten.tanh %{i} : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>"
        for i in range(count)
    )
    return TANH.replace(
        "    %0 = torch.aten.tanh %a : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>\n"
        "    return %0 : !torch.vtensor<[2],f32>",
        "    %0 = torch.aten.tanh %a : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>\n"
        + body
        + f"\n    return %{count} : !torch.vtensor<[2],f32>",
    )


def test_success_does_not_pay_for_a_snapshot():
    # A pipeline that does almost nothing, so the snapshot dominates.
    text = _many_ops_module(20000)

    def best_of_three(runner):
        best = float("inf")
        for _ in range(3):
            module = _module(text)
            start = time.perf_counter()
            runner(module, "builtin.module(symbol-dce)", "x")
            best = min(best, time.perf_counter() - start)
        return best

    wheel, ours = (
        best_of_three(run_pipeline_with_repro_report),
        best_of_three(run_pipeline_with_lazy_repro_report),
    )
    assert ours < wheel / 3, (ours, wheel)
