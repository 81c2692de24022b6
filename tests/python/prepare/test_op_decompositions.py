"""Decompositions of ATen ops the core lacks compute what the ops compute.

Each program runs unprepared and prepared under the TorchScript interpreter.
Where the decomposition only selects or moves values, or sums values that are
small multiples of a power of two (exact in any order), the outputs must be
bit-identical; where it sums other floats in another order than eager's
kernel (cross entropy's log probabilities), they must agree to float rounding.
Dtypes and shapes must always be the same.
"""

import op_programs as programs
import pytest
import torch
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
    """Prepares `program` for each argument tuple (as `compile` would with
    those example arguments, whose sizes the step may rely on), checks that
    `rewrite` fired (`fired` times if given) and removed the `absent` kinds,
    and compares both programs on those arguments."""
    original = script(program)
    for arguments in argument_tuples:
        rewritten, preparation = prepared(original, arguments)
        count = preparation.fired[rewrite]
        assert count == fired if fired is not None else count > 0, preparation.fired
        assert not node_kinds(rewritten.graph) & set(absent)
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
    _check(
        programs.nll_losses,
        [(x, torch.randint(0, 5, (7,)), w)],
        "decompose-nll-loss",
        6,
        exact=False,
    )


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
    _check(
        programs.cross_entropies, unbatched, "decompose-cross-entropy", 6, exact=False, absent=kinds
    )
    spatial = [(torch.randn(2, 4, 3, 5), torch.randint(0, 4, (2, 3, 5)), w)]
    _check(
        programs.cross_entropies, spatial, "decompose-cross-entropy", 6, exact=False, absent=kinds
    )
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
    _check(
        programs.cross_entropies_of_probabilities,
        arguments,
        "decompose-cross-entropy",
        6,
        exact=False,
        absent=kinds,
    )
    spatial = [(torch.randn(2, 4, 3), torch.randn(2, 4, 3).softmax(1), w)]
    _check(
        programs.cross_entropies_of_probabilities,
        spatial,
        "decompose-cross-entropy",
        6,
        exact=False,
        absent=kinds,
    )
    unbatched = [(torch.randn(4), torch.randn(4).softmax(0), w)]
    _check(
        programs.cross_entropies_of_probabilities,
        unbatched,
        "decompose-cross-entropy",
        6,
        exact=False,
        absent=kinds,
    )


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


_NAN, _INF = float("nan"), float("inf")


def test_pointwise_losses():
    edges = torch.tensor([[0.0, -0.0, 0.5, 2.0], [_NAN, _INF, -_INF, 1.0]])
    arguments = [
        (_dyadic(3, 4), _dyadic(3, 4)),
        (_dyadic(3, 4), _dyadic(4)),  # broadcast target
        (_dyadic(3, 4, dtype=torch.float64), _dyadic(3, 4, dtype=torch.float64)),
        (edges, torch.zeros(2, 4)),
        (torch.zeros(0, 4), torch.zeros(0, 4)),  # empty: NaN mean
    ]
    kinds = ("aten::smooth_l1_loss", "aten::huber_loss")
    _check(programs.pointwise_losses, arguments, "decompose-pointwise-losses", 7, absent=kinds)
    random = [(torch.randn(5, 6), torch.randn(5, 6))]
    _check(programs.pointwise_losses, random, "decompose-pointwise-losses", 7, exact=False)


def test_pointwise_ops():
    booleans = (torch.rand(3, 4) > 0.5, torch.rand(3, 4) > 0.5)
    integers = (
        torch.randint(0, 255, (2, 4), dtype=torch.uint8),
        torch.randint(0, 255, (4,), dtype=torch.uint8),
    )
    mixed = (torch.randint(-9, 9, (5,), dtype=torch.int32), torch.randint(-9, 9, (5,)))
    _check(
        programs.xor,
        [booleans, integers, mixed],
        "decompose-pointwise-ops",
        1,
        absent=("aten::__xor__",),
    )

    values = torch.tensor([0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 1e-20, 1e6, _NAN, _INF, -_INF])
    _check(programs.sinc, [(values,)], "decompose-pointwise-ops", 1, absent=("aten::sinc",))
    sinc_cases = [(torch.randn(20),), (values.double(),), (torch.arange(-3, 4),), (values.half(),)]
    _check(programs.sinc, sinc_cases, "decompose-pointwise-ops", 1, exact=False)

    pythagorean = (
        torch.tensor([3.0, -5.0, 0.0, 0.0, 8.0]),
        torch.tensor([4.0, 12.0, 0.0, -2.5, -15.0]),
    )
    _check(programs.hypot, [pythagorean], "decompose-pointwise-ops", 1, absent=("aten::hypot",))
    extremes = (
        torch.tensor([1e30, 1e-30, _INF, _NAN, -_INF, _NAN, 1e-45, 3e38]),
        torch.tensor([1e30, 1e-30, _NAN, _INF, 1.0, 1.0, 1e-45, 3e38]),
    )
    hypot_cases = [
        extremes,
        (torch.randn(4, 5), torch.randn(5)),
        (torch.randn(6).double(), torch.randn(6).double()),
    ]
    _check(programs.hypot, hypot_cases, "decompose-pointwise-ops", 1, exact=False)

    with_nans = _dyadic(3, 4)
    with_nans[0, 1] = with_nans[2, 2] = _NAN
    nansum_cases = [
        (with_nans,),
        (torch.full((2, 3), _NAN),),  # all NaN: 0
        (torch.randint(-5, 5, (3, 4)),),  # integers keep summing to int64
        (torch.zeros(0, 3),),
    ]
    _check(programs.nansums, nansum_cases, "decompose-pointwise-ops", 4, absent=("aten::nansum",))


def test_indexing():
    x = torch.randn(3, 5)
    index = torch.randint(0, 5, (3, 2))
    cases = [(x, index), (torch.randn(1, 5), index), (x, index[:1])]  # broadcasts both ways
    _check(
        programs.take_along_dims, cases, "decompose-indexing", 2, absent=("aten::take_along_dim",)
    )
    sorted_order = (x, x.argsort(1))
    _check(programs.take_along_dims, [sorted_order], "decompose-indexing", 2)
    flat = [
        (torch.randint(0, 9, (3, 4)), torch.tensor([0, 11, 5])),
        (x, torch.tensor([[1, 2], [14, 0]])),
    ]
    _check(programs.take_along_no_dim, flat, "decompose-indexing", 1)

    take_cases = [
        (x, torch.tensor([[0, 14], [-1, 7]])),
        (torch.arange(6).reshape(2, 3), torch.tensor(4)),
    ]
    _check(programs.take, take_cases, "decompose-indexing", 1, absent=("aten::take",))

    fill_cases = [
        (torch.randn(3, 4), torch.tensor([0, 2])),
        (torch.randint(0, 9, (3, 4), dtype=torch.int32), torch.tensor([2, 0, 2])),  # 0.25 -> 0
        (torch.randn(3, 4).double(), torch.tensor([-1])),
        (torch.randn(3, 4), torch.zeros(0, dtype=torch.long)),
    ]
    _check(programs.index_fills, fill_cases, "decompose-indexing", 3, absent=("aten::index_fill",))

    copy_cases = [(torch.randn(3, 5), torch.tensor([4, 0]), torch.randn(3, 2))]
    copy_cases.append(
        (torch.randint(0, 9, (2, 3)), torch.tensor([2, 0, 1]), torch.randint(0, 9, (2, 3)))
    )
    _check(programs.index_copy, copy_cases, "decompose-indexing", 1, absent=("aten::index_copy",))

    # Repeated indices accumulate; dyadic sources sum exactly in any order.
    add_cases = [
        (_dyadic(3, 5), torch.tensor([4, 0, 4]), _dyadic(3, 3)),
        (torch.randint(-9, 9, (2, 3)), torch.tensor([1, 1]), torch.randint(-9, 9, (2, 2))),
    ]
    _check(programs.index_adds, add_cases, "decompose-indexing", 2, absent=("aten::index_add",))


def test_comparisons_and_reductions():
    x = torch.randn(3, 4)
    nan = torch.tensor([1.0, _NAN])
    equal_cases = [
        (x, x.clone()),
        (x, x + 1),
        (x, x[:2]),  # different sizes
        (torch.tensor([1, 2, 3]), torch.tensor([1, 2, 4])),
        (nan, nan),  # NaN is not equal to itself
        (torch.zeros(0), torch.zeros(0)),
    ]
    _check(
        programs.equal,
        equal_cases,
        "decompose-comparisons-and-reductions",
        1,
        absent=("aten::equal",),
    )

    # float32 is exact (accumulated in float64 by both); float64 std_mean may
    # round its last bit otherwise than var_mean and sqrt.
    std_cases = [(x,), (torch.randn(7, 5),), (torch.ones(1, 3),)]
    _check(
        programs.std_means,
        std_cases,
        "decompose-comparisons-and-reductions",
        4,
        absent=("aten::std_mean",),
    )
    _check(
        programs.std_means,
        [(torch.randn(5, 2).double(),)],
        "decompose-comparisons-and-reductions",
        4,
        exact=False,
    )

    ties = torch.tensor([[3, 1, 3, 0, 1, 3], [2, 2, 2, 5, 0, 0]])
    float_ties = torch.tensor([[0.5, -1.0, 0.5, 2.0, _NAN, 0.5], [_NAN, 1.0, -0.0, 0.0, 1.0, _NAN]])
    long_row = torch.randint(0, 3, (2, 300))  # above the sizes insertion sort handles
    sort_cases = [(ties,), (float_ties,), (long_row,), (ties.to(torch.int32),)]
    _check(
        programs.sorts,
        sort_cases,
        "decompose-comparisons-and-reductions",
        5,
        absent=("aten::msort",),
    )
    # Asked for stability: left alone (plain sort reorders ties of long_row).
    _check(programs.stable_sorts, sort_cases, "decompose-comparisons-and-reductions", 0)


def test_shape_ops():
    x = torch.randn(3, 4)
    _check(
        programs.shape_ops,
        [(x, torch.randn(12)), (torch.randn(2, 6), torch.randn(4, 3))],
        "decompose-shape-ops",
        6,
        absent=("aten::view_as", "aten::mT", "aten::movedim"),
    )
    rewritten, preparation = prepared(script(programs.shape_ops), (x, torch.randn(12)))
    # The view stays a view: writing through it writes the input.
    shapes = [
        (torch.randn(2, 3), torch.randn(1, 3)),
        (torch.randn(1), torch.randn(4, 1, 5)),
        (torch.randn(0, 2), torch.randn(1, 1)),
    ]
    _check(
        programs.broadcast_shapes,
        shapes,
        "decompose-shape-ops",
        1,
        absent=("aten::broadcast_shapes",),
    )
    splits = [(torch.randn(5, 6), 2), (torch.randn(2, 10), 4), (torch.randn(1, 1), 0)]
    _check(programs.tensor_splits, splits, "decompose-shape-ops", 3, absent=("aten::tensor_split",))


def test_view_as_aliases():
    original = script(programs.shape_ops)
    rewritten, _ = prepared(original, (torch.randn(3, 4), torch.randn(12)))
    x = torch.randn(3, 4)
    viewed = rewritten(x, torch.randn(12))[0]
    viewed[5] = 100.0
    assert x[1, 1] == 100.0


def test_list_ops():
    cases = [(torch.randn(2, 3), torch.randn(2, 3)), (torch.randn(4), torch.randn(4))]
    for a, b in cases:
        _check(
            programs.stacks,
            [(a, b)],
            "decompose-list-ops",
            4,
            absent=("aten::vstack", "aten::hstack", "aten::dstack", "aten::column_stack"),
        )
    scalars = [(torch.tensor(1.0), torch.tensor(2.0))]
    _check(programs.stacks, scalars, "decompose-list-ops", 4)
    cubes = [(torch.randn(2, 3, 2), torch.randn(2, 3, 2).int())]  # cat promotes
    _check(programs.stacks, cubes, "decompose-list-ops", 4)

    matrices = (_dyadic(2, 3), _dyadic(3, 4), _dyadic(4, 2))
    vector_ends = (_dyadic(3), _dyadic(3, 4), _dyadic(4))
    left_vector = (_dyadic(3), _dyadic(3, 4), _dyadic(4, 5))
    for arguments in (matrices, vector_ends, left_vector):
        _check(
            programs.multi_dot,
            [arguments],
            "decompose-list-ops",
            1,
            absent=("aten::linalg_multi_dot",),
        )


def test_scalar_ops():
    arguments = []
    values = [0.0, -0.0, 1.5, -2.0, 3.0, _NAN, _INF, -_INF, 2.0**60]
    for a in values:
        for b in (0.0, 1.5, 3.0, _NAN, -_INF):
            for i, j in ((3, 0), (-4, 1), (0, 2), (2**60 + 1, 0), (-(2**63), 0)):
                arguments.append((a, b, i, j))
    rewritten = _check(programs.scalar_ops, arguments, "decompose-scalar-ops", 8)
    kinds = node_kinds(rewritten.graph)
    assert "prim::abs" not in kinds and "aten::sqrt" in kinds


def test_broadcast_tensors():
    cases = [
        (torch.randn(3, 1), torch.randn(4), torch.randn(1, 1)),
        (torch.randint(0, 9, (2, 1, 3)), torch.randn(5, 1), torch.tensor(True)),
        (torch.randn(0, 1), torch.randn(3), torch.randn(1)),
    ]
    _check(
        programs.broadcast_tensors,
        cases,
        "decompose-broadcast-tensors",
        1,
        absent=("aten::broadcast_tensors",),
    )
    # The results stay views of the inputs.
    a = torch.randn(3, 1)
    rewritten, _ = prepared(script(programs.broadcast_tensors), (a, torch.randn(4), torch.randn(1)))
    assert rewritten(a, torch.randn(4), torch.randn(1))[0].data_ptr() == a.data_ptr()
