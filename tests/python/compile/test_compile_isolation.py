"""compile(..., isolate=True): core pipelines in a forked child process."""

import os
import tempfile

import pytest
import torch
from compile_test_models import SmallNet
from compile_test_support import assert_matches, execute

from torch_mlir import ir, torchscript
from torch_mlir._isolation import _leaf_passes
from torch_mlir.compiler_utils import TorchMlirCompilerError


class ArangeOut(torch.nn.Module):
    def forward(self, t):
        return torch.arange(2, 7, out=t)


def compile_arange_out_isolated():
    """The issue's program: SIGSEGV in the core's torch-lower-to-backend-contract.

    The preparation step rewrites exactly this program into one the core
    lowers, so it is compiled with `prepare=False` to reach the core's crash.
    If that step or its keyword changes, adjust this call only.
    """
    return torchscript.compile(
        ArangeOut(), torch.zeros(5), output_type="torch", prepare=False, isolate=True
    )


class MaxOfUInt8(torch.nn.Module):
    def forward(self, x):
        return torch.max(x)


def compile_uint8_max_isolated():
    """SIGSEGV in the core's convert-torch-to-linalg (no 8-bit reduction init
    value; e2e test ReduceMaxAllUInt8Module_basic). Crashes in the second
    pipeline, after a successful first. The preparation step guards 8-bit
    reductions, so this too is compiled with `prepare=False` to reach the crash."""
    return torchscript.compile(
        MaxOfUInt8(),
        torch.ones(10, dtype=torch.uint8),
        output_type="linalg-on-tensors",
        prepare=False,
        isolate=True,
    )


@pytest.mark.parametrize(
    "compile_crashing, crashed_pass, pipeline_description",
    [
        (
            compile_arange_out_isolated,
            "torch-lower-to-backend-contract",
            "Lowering TorchScript IR -> Torch Backend IR",
        ),
        (
            compile_uint8_max_isolated,
            "convert-torch-to-linalg",
            "Lowering Torch Backend IR -> Linalg-on-Tensors Backend IR",
        ),
    ],
)
def test_a_core_crash_becomes_an_exception(compile_crashing, crashed_pass, pipeline_description):
    with pytest.raises(TorchMlirCompilerError) as info:
        compile_crashing()
    message = str(info.value)
    assert message.startswith(f"{pipeline_description} crashed: ")
    assert "killed by SIGSEGV" in message
    assert f"while running pass '{crashed_pass}' (" in message
    # The repro file is the pipeline's input, which the parent still holds.
    repro = message.split("$ torch-mlir-opt -pass-pipeline=")[1].split("\n")[0].split()[-1]
    with open(repro) as f:
        assert "func.func" in f.read()


def test_this_process_compiles_normally_after_a_crash():
    with pytest.raises(TorchMlirCompilerError):
        compile_uint8_max_isolated()
    module = torchscript.compile(SmallNet(), torch.ones(2, 4), output_type="linalg-on-tensors")
    assert "linalg.generic" in str(module) or "linalg.matmul" in str(module)


@pytest.mark.parametrize("output_type", ["raw", "torch", "linalg-on-tensors", "tosa", "stablehlo"])
def test_isolated_compile_gives_the_same_module(output_type):
    torch.manual_seed(0)
    model = SmallNet()
    plain = torchscript.compile(model, torch.ones(2, 4), output_type=output_type)
    isolated = torchscript.compile(model, torch.ones(2, 4), output_type=output_type, isolate=True)
    assert isinstance(isolated, ir.Module)
    assert str(isolated) == str(plain)


def test_isolated_module_runs_on_the_refbackend():
    torch.manual_seed(0)
    model = SmallNet()
    module = torchscript.compile(
        model, torch.ones(2, 4), output_type="linalg-on-tensors", isolate=True
    )
    x = torch.randn(2, 4)
    assert_matches(execute(module, "linalg-on-tensors", [x]), model(x))


class NllLossNd(torch.nn.Module):
    def forward(self, x, target):
        return torch.ops.aten.nll_loss_nd(x, target, None, 1, -100)


def _failure(isolate):
    with pytest.raises(TorchMlirCompilerError) as info:
        torchscript.compile(
            NllLossNd(),
            [torch.ones(2, 3), torch.zeros(2, dtype=torch.long)],
            # The preparation step decomposes aten::nll_loss_nd; without it
            # the core stops at the op it lacks.
            output_type="linalg-on-tensors",
            isolate=isolate,
            prepare=False,
        )
    repro = os.path.join(tempfile.gettempdir(), "NllLossNd.mlir")
    with open(repro) as f:
        text = f.read()
    os.remove(repro)
    return str(info.value), text


def test_a_failing_pass_reports_as_without_isolation():
    message, repro = _failure(isolate=False)
    assert "failed to legalize operation 'torch.operator'" in message
    assert _failure(isolate=True) == (message, repro)


def test_isolated_ir_printing_prints_from_the_child(capfd):
    torchscript.compile(
        SmallNet(), torch.ones(2, 4), output_type="torch", enable_ir_printing=True, isolate=True
    )
    assert "IR Dump After" in capfd.readouterr().err


def test_nested_pipelines_split_into_one_pass_each():
    text = "builtin.module(a{x=1,2 y={p,q}},func.func(b,c{z=(w)}),d)"
    assert _leaf_passes(text) == [
        ("a", "builtin.module(a{x=1,2 y={p,q}})"),
        ("b", "builtin.module(func.func(b))"),
        ("c", "builtin.module(func.func(c{z=(w)}))"),
        ("d", "builtin.module(d)"),
    ]
