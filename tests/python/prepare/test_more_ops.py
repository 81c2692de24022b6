"""Rewrites of more_ops.py compute what the original programs compute.

Each program runs unprepared and prepared under the TorchScript interpreter,
on inputs of several shapes, dtypes and edge values; outputs must match
exactly (values, dtypes, shapes) unless a test says otherwise.
"""

import warnings

import torch

import more_programs as programs
from prepare_support import assert_equal_outputs, node_kinds, prepared, script


def _check(program, argument_tuples, rewrite, absent=(), exact=True):
    original = script(program)
    for arguments in argument_tuples:
        rewritten, preparation = prepared(original, arguments)
        assert preparation.fired[rewrite] > 0, preparation.fired
        assert not node_kinds(rewritten.graph) & set(absent)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected = original(*arguments)
        actual = rewritten(*arguments)
        if exact:
            assert_equal_outputs(expected, actual)
        else:
            torch.testing.assert_close(actual, expected, equal_nan=True)
    return rewritten


def test_drop_warnings():
    cases = [
        (torch.randn(3, 4), torch.randn(3, 4)),
        (torch.randn(3, 4, dtype=torch.float64), torch.randn(3, 4, dtype=torch.float64)),
        # Broadcast operands: the branch that warned is taken.
        (torch.randn(3, 4), torch.randn(4)),
        (torch.tensor([float("nan"), float("inf"), -0.0]), torch.tensor([1.0, float("inf"), 0.0])),
        (torch.randn(0, 2), torch.randn(0, 2)),
    ]
    rewritten = _check(
        programs.pointwise_losses, cases, "drop-warnings", absent=("aten::warn", "prim::If")
    )
    # Nothing warns any more.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rewritten(torch.randn(3, 4), torch.randn(4))
