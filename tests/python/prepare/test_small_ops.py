"""Rewrites of small_ops.py compute what the original ops compute."""

import small_programs as programs
import torch
from prepare_support import assert_equal_outputs, node_kinds, prepared, script

_SMALL = "decompose-small-ops"
inf, nan = float("inf"), float("nan")


def _check(program, argument_tuples, rewrite=_SMALL, exact=True, absent=()):
    original = script(program)
    for arguments in argument_tuples:
        rewritten, preparation = prepared(original, arguments)
        assert preparation.fired[rewrite] > 0, preparation.fired
        assert not node_kinds(rewritten.graph) & set(absent), node_kinds(rewritten.graph)
        expected, actual = original(*arguments), rewritten(*arguments)
        if exact:
            assert_equal_outputs(expected, actual)
        else:
            for e, a in zip(expected, actual):
                assert e.dtype == a.dtype and e.shape == a.shape
                torch.testing.assert_close(a, e, equal_nan=True)


def test_small_ops():
    _check(
        programs.scalars,
        [(torch.randn(2, 4),), (torch.randn(5, 2),), (torch.randn(3, 3),)],
        absent=("aten::__not__",),
    )
    ints = torch.randint(1, 5, (3, 4), dtype=torch.int32)
    _check(
        programs.with_dtypes,
        [(ints,), (torch.randn(2, 6),), (torch.randn(2, 3).half(),)],
        exact=False,
    )
    scalars = [
        (torch.tensor(2.5),),
        (torch.tensor(3),),
        (torch.tensor(True),),
        (torch.tensor(-0.0, dtype=torch.float64),),
    ]
    _check(programs.cumsum_of_scalar, scalars)
    big = torch.tensor([2**61, -(2**62), 7, -7, 0, -1])
    for x in [
        torch.randint(-50, 50, (3, 4)),
        big,
        torch.randint(0, 255, (5,), dtype=torch.uint8),
        torch.randint(-9, 9, (4,), dtype=torch.int32),
    ]:
        _check(programs.integer_ops, [(x,)], absent=("aten::__lshift__", "aten::__rshift__"))
    a = torch.tensor([0.0, 0.0, 0.0, 1.0, -2.0, nan, 0.0, 3.0])
    b = torch.tensor([0.0, inf, nan, 0.0, 2.0, 1.0, -1.0, inf])
    # eager's xlogy takes std::log, torch.log a vectorized log: an ulp apart.
    xlogy_cases = [
        (a, b),
        (torch.randn(3, 4), torch.rand(3, 4) * 5),
        (torch.randint(0, 3, (4,)), torch.randint(0, 3, (4,))),
    ]
    original = script(programs.xlogys)
    for arguments in xlogy_cases:
        rewritten, preparation = prepared(original, arguments)
        assert preparation.fired[_SMALL] > 0
        expected, actual = original(*arguments), rewritten(*arguments)
        assert expected.dtype == actual.dtype
        torch.testing.assert_close(actual, expected, equal_nan=True)
    for x, t in [
        (torch.randn(4, 3) * 3, torch.rand(4, 3)),
        (torch.tensor([[100.0, -100.0, 0.0]]), torch.tensor([[1.0, 0.0, 0.5]])),
        (torch.randn(2, 3, dtype=torch.float64) * 50, torch.rand(2, 3, dtype=torch.float64)),
    ]:
        w, p = torch.rand(3, dtype=x.dtype), torch.rand(3, dtype=x.dtype) * 3
        _check(
            programs.bce_with_logits,
            [(x, t, w, p)],
            exact=False,
            absent=("aten::binary_cross_entropy_with_logits",),
        )
    _check(
        programs.linear_scalar_bias,
        [(torch.randn(3, 4), torch.randn(5, 4), torch.tensor(0.5))],
        exact=False,
    )
    for x in [
        torch.randn(2, 3, 8),
        torch.randn(4, 8, dtype=torch.float64),
        torch.randn(2, 8).half(),
    ]:
        _check(
            programs.rms_norms,
            [(x, torch.rand(8, dtype=x.dtype))],
            exact=False,
            absent=("aten::rms_norm",),
        )
    for x in [
        torch.randn(2, 3, 4),
        torch.arange(20).reshape(1, 4, 5),
        torch.randn(1, 4, 4, dtype=torch.float64),
    ]:
        _check(programs.pads, [(x,)], absent=("aten::pad",))
    for x in [torch.randn(3, 6, 4), torch.randn(2, 9, 6, dtype=torch.float64)]:
        _check(programs.unbatched_pools, [(x,)])
    _check(
        programs.list_comparisons,
        [
            (torch.randn(2, 3), torch.randn(2, 3)),
            (torch.randn(2, 3), torch.randn(3, 3)),
            (torch.randn(1, 2), torch.randn(1, 5)),
        ],
        absent=("aten::eq.int_list",),
    )


def test_stable_sorts():
    ties = torch.tensor([[3, 1, 3, 0, 1, 3], [2, 2, 2, 5, 0, 0]])
    floats = torch.tensor([[0.5, nan, -1.0, 0.5, inf, nan], [-0.0, 0.0, -inf, 2.0, 0.0, -0.0]])
    cases = [
        (ties,),
        (floats,),
        (torch.randint(0, 3, (4, 17), dtype=torch.int32),),
        (torch.randn(3, 5, dtype=torch.float64).round(),),
        (torch.tensor([[True, False, True]]),),
        (torch.randn(2, 4).half().round(),),
    ]
    _check(
        programs.stable_sorts,
        cases,
        "decompose-stable-sorts",
        absent=("aten::sort", "aten::argsort"),
    )


def test_device_type():
    cases = [
        (torch.randn(4, 5),),
        (torch.randn(3, 2, dtype=torch.float64),),
        (torch.tensor([[inf, -1.0], [0.5, nan]]),),
    ]
    _check(programs.norms, cases, "fold-device-type", exact=False, absent=("prim::type",))
    _check(
        programs.norms,
        cases,
        "fold-layout-and-membership",
        exact=False,
        absent=("prim::layout", "aten::__contains__", "aten::frobenius_norm"),
    )


def test_clamps_stacks_and_size_comparisons():
    x = torch.tensor([[nan, 1.0, -2.0], [0.5, inf, -inf]])
    low, high = torch.tensor([0.0, nan, -1.0]), torch.tensor([[0.25], [2.0]])
    _check(
        programs.clamps_by_tensors,
        [(x, low, high), (torch.randn(3, 4), torch.randn(4), torch.randn(3, 1))],
        absent=("aten::clamp_max",),
    )
    ints = [(torch.randint(-5, 5, (2, 3, 4)),), (torch.randn(3, 1, 2, dtype=torch.float64),)]
    _check(programs.stack_of_unbind, ints, absent=("aten::stack", "aten::unbind"))
    pairs = [
        (torch.randn(2, 3), torch.randn(2, 3)),
        (torch.ones(2, 3), torch.ones(2, 3)),
        (torch.randn(2, 3), torch.randn(3, 2)),
    ]
    _check(programs.equal_sizes, pairs, "sizes-as-list", absent=("aten::eq.int_list",))


def test_identity_views():
    cases = [
        (torch.randn(2, 3, 4), torch.arange(5, dtype=torch.int32)),
        (torch.randn(1, 1, 1, dtype=torch.float64), torch.tensor([nan, -0.0])),
    ]
    _check(
        programs.identity_views,
        cases,
        "identity-views-as-copies",
        absent=("aten::transpose", "aten::t"),
    )
    original = script(programs.identity_view_written)
    x = torch.randn(2, 3)
    # The write through the view is functionalized first; either way x's
    # new values come back.
    rewritten, preparation = prepared(original, (x,))
    assert_equal_outputs(original(x.clone()), rewritten(x.clone()))
