"""Rewrites of more_ops.py compute what the original programs compute.

Each program runs unprepared and prepared under the TorchScript interpreter,
on inputs of several shapes, dtypes and edge values; outputs must match
exactly (values, dtypes, shapes) unless a test says otherwise.
"""

import warnings

import more_programs as programs
import torch
from prepare_support import assert_equal_outputs, node_kinds, prepared, script


def _check(program, argument_tuples, rewrite, absent=(), exact=True, atol=None):
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
            tolerances = {} if atol is None else {"atol": atol, "rtol": 1e-5}
            torch.testing.assert_close(actual, expected, equal_nan=True, **tolerances)
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


def _raises(function, arguments):
    try:
        function(*arguments)
    except Exception as error:  # noqa: BLE001 (the message differs, the raise must not)
        return type(error)
    return None


def test_sizes_as_list():
    cases = [
        (torch.randn(2, 4, 3, 5),),
        (torch.randn(3, 2, 1),),
        (torch.randn(1, 6, 2, 2, 2, dtype=torch.float64),),
    ]
    original = script(programs.size_checks)
    rewritten = None
    for arguments in cases:
        rewritten, preparation = prepared(original, arguments)
        for name in (
            "sizes-as-list",
            "fold-list-copies-and-concatenations",
            "drop-library-size-checks",
        ):
            assert preparation.fired[name] > 0, (name, preparation.fired)
        kinds = node_kinds(rewritten.graph)
        # F.group_norm's size check is gone; the program's own stays.
        assert not kinds & {"prim::Loop", "aten::list"}, kinds
        assert_equal_outputs(original(*arguments), rewritten(*arguments))
    # The check still raises where it raised (one value per channel).
    one_per_channel = (torch.randn(1, 2, 1, 1),)
    rewritten, _ = prepared(original, one_per_channel)
    assert _raises(original, one_per_channel) is not None
    assert _raises(rewritten, one_per_channel) is not None


def test_list_concatenation_of_a_mutated_list():
    original = script(programs.mutated_size_list)
    for arguments in [(torch.randn(2, 3),), (torch.randn(4),)]:
        rewritten, preparation = prepared(original, arguments)
        assert_equal_outputs(original(*arguments), rewritten(*arguments))


def test_instance_norm():
    for shape in [(2, 3, 4, 4), (1, 2, 5), (2, 2, 3, 3, 3), (3, 1, 2, 1)]:
        for dtype in (torch.float32, torch.float64):
            channels = shape[1]
            arguments = (
                torch.randn(*shape, dtype=dtype) * 3 + 1,
                torch.randn(channels, dtype=dtype),
                torch.randn(channels, dtype=dtype),
            )
            _check(
                programs.instance_norms,
                [arguments],
                "decompose-instance-norm",
                absent=("aten::instance_norm",),
                exact=False,
            )
    # Constant inputs: zero variance, the output is the bias (eager's
    # x * invstd - mean * invstd leaves a rounding error of invstd's size).
    constant = (torch.full((2, 2, 3), 5.0), torch.ones(2), torch.tensor([0.5, -1.0]))
    _check(programs.instance_norms, [constant], "decompose-instance-norm", exact=False, atol=1e-4)
    stats = (torch.randn(2, 3, 4), torch.randn(3), torch.rand(3) + 0.5, torch.randn(3))
    _check(
        programs.instance_norm_running_stats,
        [stats],
        "decompose-instance-norm",
        absent=("aten::instance_norm",),
        exact=False,
    )


def test_instance_norm_updating_running_stats_is_kept():
    original = script(programs.instance_norm_updating_stats)
    arguments = (torch.randn(2, 3, 4), torch.zeros(3), torch.ones(3))
    rewritten, preparation = prepared(original, arguments)
    assert preparation.fired["decompose-instance-norm"] == 0
    assert "aten::instance_norm" in node_kinds(rewritten.graph)


_REWRITE_MORE = "decompose-more-pointwise-ops"


def test_more_pointwise_ops():
    inf, nan = float("inf"), float("nan")
    specials = torch.tensor([[0.3, inf, -inf], [nan, -0.0, 0.5]])
    for a, b, x in [
        (torch.rand(2, 3) > 0.5, torch.rand(2, 3) > 0.5, specials),
        (torch.randint(0, 16, (2, 3)), torch.randint(0, 16, (3,)), torch.rand(2, 3)),
        (
            torch.randint(0, 255, (4,), dtype=torch.uint8),
            torch.tensor(7, dtype=torch.uint8),
            specials.double(),
        ),
        (
            torch.randint(-9, 9, (2, 3), dtype=torch.int32),
            torch.randint(-9, 9, (2, 3), dtype=torch.int32),
            specials.half(),
        ),
    ]:
        _check(
            programs.ands_and_finites,
            [(a, b, x)],
            _REWRITE_MORE,
            absent=("aten::__and__", "aten::isfinite"),
        )
    # Probabilities at 0 and 1 hit the clamp at -100.
    edge = torch.tensor([[0.0, 1.0, 0.5], [1e-30, 1.0 - 1e-7, 0.25]])
    targets = torch.tensor([[0.0, 1.0, 1.0], [1.0, 0.0, 0.3]])
    for p, t in [
        (edge, targets),
        (torch.rand(4, 5), torch.rand(4, 5)),
        (torch.rand(3, dtype=torch.float64), torch.rand(3, dtype=torch.float64)),
    ]:
        w = torch.rand(p.shape[-1], dtype=p.dtype)
        _check(
            programs.binary_cross_entropies,
            [(p, t.to(p.dtype), w)],
            _REWRITE_MORE,
            absent=("aten::binary_cross_entropy",),
            exact=False,
        )
    for x in [
        torch.randn(3, 4) * 50,
        torch.rand(3, 5) * 20 + 90,
        torch.tensor([[-inf, -inf], [inf, 1.0], [nan, 0.0]]),
        torch.randn(2, 3, dtype=torch.float64),
        torch.randint(-5, 5, (3, 2)),
        torch.randn(0, 3),
    ]:
        _check(programs.logsumexps, [(x,)], _REWRITE_MORE, absent=("aten::logsumexp",), exact=False)
    for x, w in [
        (torch.randn(2, 3, 4), torch.rand(3)),
        (torch.randn(2, 3, 4, 5), torch.tensor([0.25])),
        (torch.tensor([[-0.0, 0.0, -1.0], [nan, -inf, inf]]), torch.tensor([0.5, -2.0, 3.0])),
        (torch.randn(4, 2, dtype=torch.float64), torch.rand(2, dtype=torch.float64)),
    ]:
        _check(programs.prelus, [(x, w)], _REWRITE_MORE, absent=("aten::prelu",))


def test_rank_one_cat():
    from torch_mlir.prepare import Preparation

    original = script(programs.vector_cats)
    cases = [
        (torch.randn(3), torch.randn(5)),
        (torch.randint(0, 9, (2,)), torch.randint(0, 9, (0,))),
        (torch.tensor([float("nan"), -0.0]), torch.tensor([float("inf")], dtype=torch.float64)),
        (torch.zeros(0, dtype=torch.bool), torch.ones(2, dtype=torch.bool)),
    ]
    for arguments in cases:
        # Dynamic lengths, as `compile` gives them for dims annotated -1.
        types = [torch._C.TensorType.create_from_tensor(a).with_sizes([None]) for a in arguments]
        preparation = Preparation(argument_types={original.qualified_name: types})
        graph = preparation.prepare_graph(original.qualified_name, original.graph.copy())
        assert preparation.fired["rank-one-cat-as-columns"] > 0, preparation.fired
        rewritten = torch._C._create_function_from_graph("vector_cats_prepared", graph)
        actual = rewritten(*arguments)
        if preparation.list_returns:  # the list's elements, returned as a tuple
            actual = list(actual)
        assert_equal_outputs(original(*arguments), actual)


def test_take_along_dim_one_wide_slices():
    # decompose-indexing's take_along_dim, with its one-wide slices taken by
    # select and unsqueeze: broadcasting index and values in other dims.
    cases = [
        (torch.randn(4, 4), torch.randint(0, 4, (4, 4))),
        (torch.randn(4, 4, dtype=torch.float64), torch.randint(0, 4, (4, 1))),
        (
            torch.tensor([[float("nan"), -0.0, 1.0], [2.0, float("inf"), 3.0]]),
            torch.tensor([[1], [0]]),
        ),
    ]
    _check(programs.takes_along_dims, cases, "decompose-indexing", absent=("aten::take_along_dim",))


def test_max_pool3d_as_2d_pools():
    rewrite = "max-pool3d-as-2d-pools"
    torch.manual_seed(0)
    specials = torch.tensor([float("nan"), float("inf"), -float("inf"), -0.0, 0.0, 1.0, -1.0])
    cases = [
        (torch.randn(1, 1, 7, 6, 5),),
        (torch.randn(2, 3, 5, 7, 6),),
        (torch.randn(3, 6, 6, 5),),  # unbatched
        (torch.randn(1, 2, 6, 5, 4).double(),),
        (torch.randint(-100, 100, (1, 2, 5, 6, 7)),),
        (specials.repeat(30)[:150].reshape(1, 1, 5, 6, 5),),
        (torch.full((1, 1, 4, 4, 4), -float("inf")),),
    ]
    rewritten = _check(programs.max_pools3d, cases, rewrite, absent=("aten::max_pool3d",))
    assert "aten::max_pool2d" in node_kinds(rewritten.graph)
    # The ceil-mode pools of static sizes are padded first, then decomposed.
    _, preparation = prepared(script(programs.max_pools3d), cases[0])
    assert preparation.fired["guard-miscompiled-max-pool-ceil-mode"] == 2, preparation.fired
    assert preparation.fired[rewrite] == 4, preparation.fired
    # Without the input's rank: left as it is.
    _, preparation = prepared(script(programs.max_pools3d), ())
    assert preparation.fired[rewrite] == 0, preparation.fired
