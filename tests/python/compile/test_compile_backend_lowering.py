"""Our backend-lowering table (`torch_mlir._pipelines`) stays identical to the wheel's lower_mlir_module."""

import pytest
import torch
from compile_test_models import TanhModule

import torch_mlir.compiler_utils as compiler_utils
from torch_mlir import _pipelines, torchscript
from torch_mlir._torchscript.lowering import lower_to_backend
from torch_mlir.compiler_utils import OutputType


@pytest.mark.parametrize(
    "output_type", [OutputType.TOSA, OutputType.LINALG_ON_TENSORS, OutputType.STABLEHLO]
)
def test_same_pipeline_and_description_as_the_wheel(monkeypatch, output_type):
    calls = []
    monkeypatch.setattr(
        compiler_utils,
        "run_pipeline_with_repro_report",
        lambda module, pipeline, description, enable_ir_printing=False: calls.append(
            (pipeline, description)
        ),
    )
    compiler_utils.lower_mlir_module(False, output_type, object())
    pipeline, description, _ = _pipelines.BACKEND_LOWERINGS[output_type]
    assert calls == [(pipeline, description)]


@pytest.mark.parametrize(
    "output_type", [OutputType.TOSA, OutputType.LINALG_ON_TENSORS, OutputType.STABLEHLO]
)
def test_same_verbose_output_as_the_wheel(capsys, output_type):
    ours = torchscript.compile(TanhModule(), torch.ones(2), output_type="torch")
    theirs = torchscript.compile(TanhModule(), torch.ones(2), output_type="torch")
    capsys.readouterr()
    lower_to_backend(True, output_type, ours)
    our_output = capsys.readouterr().out
    compiler_utils.lower_mlir_module(True, output_type, theirs)
    assert our_output == capsys.readouterr().out


def test_no_pipeline_for_torch_output():
    assert OutputType.TORCH not in _pipelines.BACKEND_LOWERINGS
