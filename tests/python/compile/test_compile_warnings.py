"""Warnings: TorchScript's deprecations are collapsed, everything else passes through."""

import os
import warnings

import pytest
import torch

from compile_test_support import HERE, run_python
from torch_mlir.torchscript import compile

import compile_test_models


def test_compiles_under_deprecation_warnings_as_errors():
    script = os.path.join(HERE, "compile_with_warnings_as_errors.py")
    result = run_python(["-W", "error::DeprecationWarning", script], cwd=HERE)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # One notice for the whole process, attributed to the caller's line.
    assert lines[0] == "ours: 1 others: 0"
    assert lines[1] == "at: compile_with_warnings_as_errors.py 13"


class WarnsWhileTracing(torch.nn.Module):
    def forward(self, x):
        warnings.warn("a warning from the model")
        return x + 1


def test_other_warnings_reach_the_caller():
    with pytest.warns(UserWarning, match="a warning from the model"):
        compile(WarnsWhileTracing(), torch.ones(2), use_tracing=True)


def test_torchscript_deprecations_do_not_escape():
    with warnings.catch_warnings(record=True) as recorded:
        warnings.simplefilter("always")
        compile(compile_test_models.TanhModule(), torch.ones(2))
    messages = [str(w.message) for w in recorded if issubclass(w.category, DeprecationWarning)]
    assert not [m for m in messages if "torch.jit" in m], messages


def test_caller_filters_still_apply_to_other_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        with pytest.raises(UserWarning, match="a warning from the model"):
            compile(WarnsWhileTracing(), torch.ones(2), use_tracing=True)
