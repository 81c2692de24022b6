"""Shared helpers for the compile-API tests: FileCheck, subprocesses, execution.

Module names under tests/python must be unique across directories (pytest's
default import mode puts each test directory on sys.path), hence the long name.
"""

import os
import subprocess
import sys
import tempfile
from typing import List, Sequence

import numpy as np
import torch

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
HERE = os.path.dirname(os.path.abspath(__file__))
FILECHECK = os.path.join(os.path.dirname(sys.executable), "filecheck")


def filecheck(text: str, checks: str) -> None:
    """Runs FileCheck with `checks` (CHECK lines) on `text`; fails with its report."""
    with tempfile.NamedTemporaryFile("w", suffix=".checks", delete=False) as f:
        f.write(checks)
    try:
        result = subprocess.run([FILECHECK, f.name], input=text, capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    assert result.returncode == 0, f"FileCheck failed:\n{result.stdout}{result.stderr}"


def run_python(args: Sequence[str], **kwargs) -> subprocess.CompletedProcess:
    """Runs this interpreter (with the venv's .pth files) on `args` from the repo root."""
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=kwargs.pop("cwd", REPO),
        **kwargs,
    )


def backend_for(output_type: str):
    """The reference backend that executes `output_type` IR."""
    if output_type == "linalg-on-tensors":
        from torch_mlir_e2e_test.linalg_on_tensors_backends.refbackend import (
            RefBackendLinalgOnTensorsBackend,
        )

        return RefBackendLinalgOnTensorsBackend()
    if output_type == "tosa":
        from torch_mlir_e2e_test.tosa_backends.linalg_on_tensors import (
            LinalgOnTensorsTosaBackend,
        )

        return LinalgOnTensorsTosaBackend()
    if output_type == "stablehlo":
        from torch_mlir_e2e_test.stablehlo_backends.linalg_on_tensors import (
            LinalgOnTensorsStablehloBackend,
        )

        return LinalgOnTensorsStablehloBackend()
    raise ValueError(output_type)


def execute(module, output_type: str, inputs: List[torch.Tensor], method: str = "forward"):
    """Compiles `module` for the reference backend and runs `method` on `inputs`."""
    backend = backend_for(output_type)
    invoker = backend.load(backend.compile(module))
    return getattr(invoker, method)(*[t.numpy() for t in inputs])


def assert_matches(actual, expected: torch.Tensor, tolerance: float = 1e-5) -> None:
    expected = expected.detach().numpy()
    assert actual.shape == expected.shape
    np.testing.assert_allclose(actual, expected, rtol=tolerance, atol=tolerance)
