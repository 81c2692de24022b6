"""Warnings: TorchScript's deprecations are collapsed, everything else passes through."""

import os
import warnings

import compile_test_models
import pytest
import torch
from compile_test_support import HERE, run_python

from torch_mlir.torchscript import compile


def test_compiles_under_deprecation_warnings_as_errors():
    script = os.path.join(HERE, "compile_with_warnings_as_errors.py")
    result = run_python(["-W", "error::DeprecationWarning", script], cwd=HERE)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # One notice for the whole process, attributed to the caller's line.
    assert lines[0] == "ours: 1 others: 0"
    assert lines[1] == "at: compile_with_warnings_as_errors.py 14"


# The README's example.
_README_EXAMPLE = """
import torch
from torch_mlir import torchscript

model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU())
module = torchscript.compile(model, torch.ones(2, 3), output_type="linalg-on-tensors")
print("compiled:", "linalg.matmul" in str(module) or "linalg.generic" in str(module))
"""


def test_under_warnings_as_errors_the_notice_comes_before_any_work():
    # Raised by the first compile, before scripting: a model that cannot be
    # scripted would fail later, so the notice is what the caller sees.
    code = (
        "import torch, warnings\n"
        "from torch_mlir.torchscript import TorchScriptDeprecationWarning, compile\n"
        "assert issubclass(TorchScriptDeprecationWarning, DeprecationWarning)\n"
        "try:\n"
        "    compile(torch.nn.Module(), torch.ones(2))\n"
        "except TorchScriptDeprecationWarning as e:\n"
        "    print('raised:', 'filterwarnings' in str(e))\n"
    )
    result = run_python(["-W", "error", "-c", code])
    assert result.returncode == 0, result.stderr
    assert result.stdout == "raised: True\n"


def test_the_readme_example_compiles_under_warnings_as_errors_with_the_filter():
    # What the README documents for `python -W error`.
    result = run_python(["-W", "error", "-W", "ignore::DeprecationWarning", "-c", _README_EXAMPLE])
    assert result.returncode == 0, result.stderr
    assert result.stdout == "compiled: True\n"


def test_the_readme_example_under_warnings_as_errors_without_the_filter_fails_early():
    result = run_python(["-W", "error", "-c", _README_EXAMPLE])
    assert result.returncode == 1
    assert "TorchScriptDeprecationWarning: torch_mlir.torchscript.compile relies on" in (
        result.stderr
    )
    assert "compiled:" not in result.stdout


class WarnsWhileTracing(torch.nn.Module):
    def forward(self, x):
        warnings.warn("a warning from the model")  # noqa: B028 (as users write it)
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
