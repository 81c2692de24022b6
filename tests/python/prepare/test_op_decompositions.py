"""Decompositions of ATen ops the core lacks compute what the ops compute.

Each program runs unprepared and prepared under the TorchScript interpreter.
Where the decomposition only selects or moves values, or sums values that are
small multiples of a power of two (exact in any order), the outputs must be
bit-identical; where it sums other floats in another order than eager's
kernel (cross entropy's log probabilities), they must agree to float rounding.
Dtypes and shapes must always be the same.
"""

import pytest
import torch

import op_programs as programs
from prepare_support import assert_equal_outputs, node_kinds, prepared, script


def _dyadic(*shape, dtype=torch.float32):
    """Random values in [-2, 2) with three fraction bits: their sums and
    products with other such values are exact in float32."""
    return (torch.randint(-16, 16, shape) / 8).to(dtype)


def _assert_close_outputs(expected, actual) -> None:
    if isinstance(expected, (list, tuple)):
        assert type(expected) is type(actual) and len(expected) == len(actual)
        for e, a in zip(expected, actual):
            _assert_close_outputs(e, a)
        return
    assert expected.dtype == actual.dtype and expected.shape == actual.shape
    torch.testing.assert_close(actual, expected, equal_nan=True)


def _check(program, argument_tuples, rewrite, fired=None, exact=True, absent=()):
    """Prepares `program` with the first argument tuple as example arguments,
    checks that `rewrite` fired (`fired` times if given) and removed the
    `absent` kinds, and compares both programs on every argument tuple."""
    original = script(program)
    rewritten, preparation = prepared(original, argument_tuples[0])
    count = preparation.fired[rewrite]
    assert count == fired if fired is not None else count > 0, preparation.fired
    assert not node_kinds(rewritten.graph) & set(absent)
    for arguments in argument_tuples:
        expected, actual = original(*arguments), rewritten(*arguments)
        if exact:
            assert_equal_outputs(expected, actual)
        else:
            _assert_close_outputs(expected, actual)
    return rewritten


_NLL_KINDS = ("aten::nll_loss_nd", "aten::nll_loss2d", "aten::nll_loss")


@pytest.mark.parametrize("weighted", [False, True])
def test_nll_loss(weighted):
    w = (torch.randint(1, 8, (4,)) / 4) if weighted else None
    batch = [
        (_dyadic(6, 4), torch.tensor([0, 1, 3, 1, 2, 3]), w),
        (_dyadic(1, 4), torch.tensor([1]), w),  # every target ignored: NaN mean
        (_dyadic(0, 4), torch.zeros(0, dtype=torch.long), w),  # empty batch
        (torch.tensor([[float("nan"), 0.5, float("inf"), 1.0]] * 2), torch.tensor([3, 1]), w),
        (torch.full((3, 4), -float("inf")), torch.tensor([0, 1, 2]), w),
    ]
    _check(programs.nll_losses, batch, "decompose-nll-loss", 6, absent=_NLL_KINDS)
    # Unbatched: (C) input, () target.
    unbatched = [(_dyadic(4), torch.tensor(t), w) for t in (0, 1, 3)]
    _check(programs.nll_losses, unbatched, "decompose-nll-loss", 6, absent=_NLL_KINDS)
    # Spatial (N, C, d1, d2).
    target = torch.randint(0, 4, (2, 3, 5))
    spatial = [(_dyadic(2, 4, 3, 5), target, w), (_dyadic(1, 4, 1, 2), target[:1, :1, :2], w)]
    _check(programs.nll_losses, spatial, "decompose-nll-loss", 6, absent=_NLL_KINDS)
    padded = [(_dyadic(4, 4), torch.tensor([2, -100, 0, -100]), w)]
    padded.append((_dyadic(2, 4), torch.tensor([-100, -100]), w))
    _check(programs.nll_losses_default_ignore, padded, "decompose-nll-loss", 3, absent=_NLL_KINDS)
    # float64 and float16 inputs keep their dtype.
    for dtype in (torch.float64, torch.float16):
        typed_w = None if w is None else w.to(dtype)
        typed = [(_dyadic(5, 4, dtype=dtype), torch.tensor([0, 1, 2, 3, 1]), typed_w)]
        _check(programs.nll_losses, typed, "decompose-nll-loss", 6, absent=_NLL_KINDS)


def test_nll_loss_random_floats():
    x, w = torch.randn(7, 5).log_softmax(1), torch.rand(5)
    _check(programs.nll_losses, [(x, torch.randint(0, 5, (7,)), w)], "decompose-nll-loss", 6, exact=False)


def test_nll_loss2d():
    w = torch.randint(1, 8, (3,)) / 4
    arguments = [
        (_dyadic(2, 3, 4, 5), torch.randint(0, 3, (2, 4, 5)), w),
        (_dyadic(2, 3, 4, 5), torch.randint(0, 3, (2, 4, 5)), None),
        (_dyadic(1, 3, 1, 1), torch.tensor([[[2]]]), None),  # only ignored targets
    ]
    _check(programs.nll_loss2d, arguments, "decompose-nll-loss", 3, absent=_NLL_KINDS)


@pytest.mark.parametrize("weighted", [False, True])
def test_cross_entropy(weighted):
    w = torch.rand(4) + 0.5 if weighted else None
    batch = [
        (torch.randn(6, 4), torch.tensor([0, 1, 3, 1, 2, 3]), w),
        (torch.randn(2, 4), torch.tensor([1, 1]), w),  # every target ignored
    ]
    kinds = ("aten::cross_entropy_loss",) + _NLL_KINDS
    _check(programs.cross_entropies, batch, "decompose-cross-entropy", 6, exact=False, absent=kinds)
    unbatched = [(torch.randn(4), torch.tensor(t), w) for t in (0, 1, 3)]
    _check(programs.cross_entropies, unbatched, "decompose-cross-entropy", 6, exact=False, absent=kinds)
    spatial = [(torch.randn(2, 4, 3, 5), torch.randint(0, 4, (2, 3, 5)), w)]
    _check(programs.cross_entropies, spatial, "decompose-cross-entropy", 6, exact=False, absent=kinds)
    typed_w = None if w is None else w.double()
    typed = [(torch.randn(5, 4, dtype=torch.float64), torch.tensor([0, 1, 2, 3, 1]), typed_w)]
    _check(programs.cross_entropies, typed, "decompose-cross-entropy", 6, exact=False, absent=kinds)


@pytest.mark.parametrize("weighted", [False, True])
def test_cross_entropy_probabilities(weighted):
    w = torch.rand(4) + 0.5 if weighted else None
    arguments = [
        (torch.randn(6, 4), torch.randn(6, 4).softmax(1), w),
        (torch.randn(0, 4), torch.randn(0, 4), w),  # empty: NaN mean
    ]
    kinds = ("aten::cross_entropy_loss",)
    _check(programs.cross_entropies_of_probabilities, arguments, "decompose-cross-entropy", 6, exact=False, absent=kinds)
    spatial = [(torch.randn(2, 4, 3), torch.randn(2, 4, 3).softmax(1), w)]
    _check(programs.cross_entropies_of_probabilities, spatial, "decompose-cross-entropy", 6, exact=False, absent=kinds)
    unbatched = [(torch.randn(4), torch.randn(4).softmax(0), w)]
    _check(programs.cross_entropies_of_probabilities, unbatched, "decompose-cross-entropy", 6, exact=False, absent=kinds)


def test_cross_entropy_probabilities_with_ignore_index_is_kept():
    original = script(programs.cross_entropy_probabilities_ignoring)
    x, target = torch.randn(3, 4), torch.rand(3, 4)
    rewritten, preparation = prepared(original, (x, target))
    assert preparation.fired["decompose-cross-entropy"] == 0
    with pytest.raises(RuntimeError, match="ignore_index is not supported"):
        rewritten(x, target)


def test_cross_entropy_without_ranks_is_kept():
    # Without example arguments the ranks are unknown: class indices and
    # probabilities cannot be told apart, and the node stays.
    original = script(programs.cross_entropies)
    rewritten, preparation = prepared(original, ())
    assert preparation.fired["decompose-cross-entropy"] == 0
    assert "aten::cross_entropy_loss" in node_kinds(rewritten.graph)
