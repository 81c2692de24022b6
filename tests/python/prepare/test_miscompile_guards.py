"""Guards against core miscompiles compute what the original ops compute."""

import guards_programs as programs
import torch
import torch.nn.functional as F
from prepare_support import assert_equal_outputs, node_kinds, prepared, script

from torch_mlir.prepare.miscompile_guards import explicit_einsum_equation

_POINTWISE = "guard-miscompiled-pointwise-ops"
_STRUCTURED = "guard-miscompiled-structured-ops"
inf, nan = float("inf"), float("nan")


def _check(program, argument_tuples, rewrite, exact=True, absent=()):
    original = script(program)
    for arguments in argument_tuples:
        rewritten, preparation = prepared(original, arguments)
        assert preparation.fired[rewrite] > 0, preparation.fired
        assert not node_kinds(rewritten.graph) & set(absent)
        expected, actual = original(*arguments), rewritten(*arguments)
        if exact:
            assert_equal_outputs(expected, actual)
        else:
            for e, a in zip(expected, actual):
                assert e.dtype == a.dtype and e.shape == a.shape
                torch.testing.assert_close(a, e, equal_nan=True)


def test_pointwise_guards():
    specials = torch.tensor([nan, inf, -inf, -0.0, 0.0, 0.5, -0.5, 0.3, -0.3, 1e-30])
    cases = [
        (torch.randn(4, 5) * 2, torch.randn(4, 5)),
        (specials, specials.flip(0)),
        (torch.randn(3, dtype=torch.float64), torch.randn(3, dtype=torch.float64)),
        (torch.randn(6).half(), torch.randn(6).half()),
        (torch.randn(2, 3), torch.tensor(nan)),
    ]
    _check(programs.pointwise, cases, _POINTWISE, absent=("aten::softshrink",))
    ints = [
        (torch.randint(-3, 8, (3, 4)),),
        (torch.randint(-3, 8, (5,), dtype=torch.int32),),
        (torch.tensor([True, False]),),
    ]
    _check(programs.clamp_ints, ints, _POINTWISE)
    integer_pairs = [
        (torch.randint(-9, 9, (4,)), torch.randint(-9, 9, (4,))),
        (torch.tensor([True, False]), torch.tensor([False, False])),
        (torch.randint(0, 255, (3,), dtype=torch.uint8), torch.randint(-9, 9, (3,))),
    ]
    _check(programs.maximum_ints, integer_pairs, _POINTWISE)
    # Each op is guarded once: the guard keeps a maximum/minimum, which later
    # rounds of the table leave alone.
    _, preparation = prepared(script(programs.maximum_ints), integer_pairs[0])
    assert preparation.fired[_POINTWISE] == 2, preparation.fired


def test_structured_guards():
    a, b = torch.randn(3, 4), torch.randn(4, 3)
    with_nans = torch.full((3, 3), nan)
    _check(
        programs.addmms,
        [(with_nans, a, b), (torch.randn(3), a, b), (torch.full((1, 3), inf), a, b)],
        _STRUCTURED,
        exact=False,
    )
    square = torch.randn(4, 4)
    _check(
        programs.einsums,
        [
            (square, square),
            (torch.randn(4, 4, dtype=torch.float64), torch.randn(4, 4, dtype=torch.float64)),
        ],
        _STRUCTURED,
        exact=False,
    )
    cases = [
        (torch.randn(4, 3),),
        (torch.arange(6).reshape(2, 3),),
        (torch.zeros(0, 3),),
        (torch.tensor([[True, False, True]]),),
    ]
    _check(programs.rolls, cases, _STRUCTURED)
    for a_value, b_value in [(-7, 4), (7, -4), (-7, -4), (7, 4), (0, 3), (-8, 4)]:
        _check(programs.int_modulo, [(a_value, b_value)], _STRUCTURED)


def test_explicit_einsum_equations():
    assert explicit_einsum_equation("kj,ji") == "kj,ji->ik"
    assert explicit_einsum_equation("ij,jk") == "ij,jk->ik"
    assert explicit_einsum_equation("bij,bjk") == "bij,bjk->ik"
    assert explicit_einsum_equation("Ab,bc") == "Ab,bc->Ac"
    assert explicit_einsum_equation("...ij,...jk") == "...ij,...jk->...ik"
    assert explicit_einsum_equation("ii") == "ii->"
    assert explicit_einsum_equation("ij->ji") is None


def test_conv_same_addmm_and_wide_scalars():
    for kernel in [(4, 4), (2, 3), (3, 2)]:
        w, b = torch.randn(3, 2, *kernel), torch.randn(3)
        _check(
            programs.conv_same,
            [(torch.randn(1, 2, 6, 6), w, b), (torch.randn(2, 2, 5, 7), w, b)],
            _STRUCTURED,
            exact=False,
        )
    _check(
        programs.conv_same_dilated,
        [(torch.randn(1, 2, 8, 9), torch.randn(3, 2, 3, 2), torch.randn(3))],
        _STRUCTURED,
        exact=False,
    )
    ints = (
        torch.randint(-5, 5, (3, 3)),
        torch.randint(-5, 5, (3, 4)),
        torch.randint(-5, 5, (4, 3)),
    )
    original = script(programs.addmm_scaled)
    rewritten, preparation = prepared(original, ints)
    assert preparation.fired[_STRUCTURED] > 0
    assert_equal_outputs(original(*ints)[:1], rewritten(*ints)[:1])
    floats = (torch.randn(3), torch.randn(3, 4), torch.randn(4, 3))
    _check(programs.addmm_scaled, [floats], _STRUCTURED, exact=False)
    halves = torch.tensor([0.5, 0.9, 1.0, -0.2, nan, 0.0]).half()
    cases = [
        (halves,),
        (torch.randn(2, 3),),
        (torch.randn(4, dtype=torch.float64),),
        (torch.randint(-3, 3, (5,)),),
    ]
    _check(programs.wide_scalars, cases, _STRUCTURED)


_UINT8 = "guard-uint8-reads"


def _check_uint8(program, argument_tuples, most):
    """As `_check`, and the guard fired at most `most` times: its own casts
    are not guarded again, however many rounds the table runs."""
    _check(program, argument_tuples, _UINT8)
    for arguments in argument_tuples:
        _, preparation = prepared(script(program), arguments)
        assert preparation.fired[_UINT8] <= most, preparation.fired


def test_uint8_reads():
    def u8(values):
        return torch.tensor(values, dtype=torch.uint8)

    # Around the sign bit, and both ends.
    edges = u8([0, 127, 128, 200, 255])
    square = u8([[0, 127, 128], [200, 255, 1], [129, 254, 3]])
    vectors = [
        (edges,),
        (square,),
        (u8([200]),),
        (torch.randint(0, 256, (4, 5), dtype=torch.uint8),),
    ]
    _check_uint8(programs.uint8_casts, vectors + [(u8(255),)], 10)
    _check_uint8(programs.uint8_reductions, vectors + [(u8(200),)], 14)
    _check_uint8(programs.uint8_scalars, [(edges,), (square,), (u8(200),)], 20)
    floats = torch.tensor([0.0, 127.9, 128.0, 200.5, 255.0, 300.0, -1.0])
    _check_uint8(programs.uint8_from_cast, [(floats,), (torch.tensor([-56, 200, 456]),)], 5)

    # Mixed dtypes and ranks: rank-0 tensors promote as scalars do, so that
    # uint8 with a rank-0 int64 stays uint8 (300 is read as 44) and a rank-0
    # uint8 with int8 becomes int8 (the bits read as int8, left alone).
    divisors = u8([3, 7, 129, 11, 255])
    pairs = [
        (edges, divisors),
        (divisors, edges.clamp(min=1)),
        (edges, torch.tensor([1, -1, 5, -128, 127], dtype=torch.int8)),
        (torch.tensor([1, -1, 5, -128, 127], dtype=torch.int8), divisors),
        (edges, torch.tensor([3, -7, 300, 11, -256])),
        (edges, torch.tensor(300)),
        (torch.tensor(-1), divisors),
        (edges, torch.tensor(-3, dtype=torch.int8)),
        (u8(200), torch.tensor([1, -1, 5, -128, 127], dtype=torch.int8)),
        (u8(200), torch.tensor(7, dtype=torch.int8)),
        (u8(200), torch.tensor(3)),
        (u8(200), u8(129)),
        (square, u8(7)),
        (edges, torch.tensor([1.5, 2.0, 3.0, -4.0, 0.25]).half()),
        (edges, torch.tensor([1.5, 2.0, 3.0, -4.0, 0.25])),
        (edges, torch.tensor(2.5, dtype=torch.float64)),
        (u8(200), torch.tensor([1.5, -2.0])),
    ]
    _check_uint8(programs.uint8_binary, pairs, 14)
    flags = torch.tensor([True, False, True, True, False])
    _check_uint8(programs.uint8_with_bool, [(edges, flags), (u8(200), flags)], 8)

    # Where uint8-ness is unknown (no example arguments, other dtypes, an
    # int only known at run time, a module tensor some method assigns),
    # nothing fires.
    ints = (torch.tensor([0, 127, 128, 200, 255]), torch.tensor([3, 7, 129, 11, 255]))
    original = script(programs.uint8_binary)
    for arguments in [(), ints]:
        rewritten, preparation = prepared(original, arguments)
        assert preparation.fired[_UINT8] == 0, preparation.fired
        assert_equal_outputs(original(*ints), rewritten(*ints))
    rewritten, preparation = prepared(script(programs.uint8_run_time_scalar), (edges, 300))
    assert preparation.fired[_UINT8] == 1, preparation.fired
    assert_equal_outputs(programs.uint8_run_time_scalar(edges, 300), rewritten(edges, 300))
    for module, fires in [(programs.Uint8Table(), True), (programs.AssignedUint8Table(), False)]:
        assert _prepared_module_fires(module) == fires


def _prepared_module_fires(module) -> bool:
    from torch_mlir.prepare import Preparation, assigned_attribute_names

    scripted = script(module)
    qualified = scripted._c._type().qualified_name() + ".forward"
    x = torch.randn(5)
    preparation = Preparation(
        argument_types={qualified: [torch._C.TensorType.create_from_tensor(x)]},
        root_object=scripted._c,
        assigned_attributes=assigned_attribute_names(scripted),
    )
    graph = preparation.prepare_graph(qualified, scripted.forward.graph.copy())
    rewritten = torch._C._create_function_from_graph("prepared_uint8_table", graph)
    assert_equal_outputs(scripted(x), rewritten(scripted._c, x))
    return preparation.fired[_UINT8] > 0


_GELU_TANH = "guard-miscompiled-gelu-tanh"
_MAX_POOL_CEIL = "guard-miscompiled-max-pool-ceil-mode"


def _prepared_dynamic(program, arguments):
    """As `prepared`, with the tensor arguments' dtypes and ranks but not
    their sizes."""
    from torch_mlir.prepare import Preparation

    original = script(program)
    types = [
        torch._C.TensorType.create_from_tensor(a).with_sizes([None] * a.dim()) for a in arguments
    ]
    preparation = Preparation(argument_types={original.qualified_name: types})
    graph = preparation.prepare_graph(original.qualified_name, original.graph.copy())
    function = torch._C._create_function_from_graph("prepared_dynamic_" + program.__name__, graph)
    return original, function, preparation


def test_gelu_tanh_constant():
    specials = torch.tensor([nan, inf, -inf, -0.0, 0.0, 1e-30, -1e-30, 1e4, -1e4, 9.0, -9.0])
    cases = [
        torch.randn(4, 5) * 3,
        torch.linspace(-10, 10, 2001),
        specials,
        torch.randn(2, 3, 4, dtype=torch.float64) * 3,
        specials.double(),
        torch.tensor(0.7),
        torch.randn(7).half() * 3,
        specials.half(),
        torch.randn(3, 3).bfloat16() * 3,
        specials.bfloat16(),
        torch.zeros(0, 3),
    ]
    # Tolerances: float32 and float64 default assert_close (1.3e-6 / 1e-7
    # relative); float16 and bfloat16 exact (float32 rounds to them once).
    for x in cases:
        original = script(programs.gelu_tanh)
        for rewritten, preparation in [
            prepared(original, (x,)),
            _prepared_dynamic(programs.gelu_tanh, (x,))[1:],
        ]:
            assert preparation.fired[_GELU_TANH] == 1, preparation.fired
            expected, actual = original(x), rewritten(x)
            assert_equal_outputs(expected[1], actual[1])  # approximate="none" untouched
            assert expected[0].dtype == actual[0].dtype and expected[0].shape == actual[0].shape
            if x.dtype in (torch.float16, torch.bfloat16):
                torch.testing.assert_close(actual[0], expected[0], rtol=0, atol=0, equal_nan=True)
            else:
                torch.testing.assert_close(actual[0], expected[0], equal_nan=True)
    # The core's constant would fail these tolerances: 5e-5 off at x = 3.
    x = torch.linspace(-4, 4, 81, dtype=torch.float64)
    core = 0.5 * x * (1 + torch.tanh(0.7977240352174656 * (x + 0.044715 * x**3)))
    assert (core - F.gelu(x, approximate="tanh")).abs().max() > 1e-5
    # Without a dtype or rank, nothing fires; integer inputs stay as they were.
    _, preparation = prepared(script(programs.gelu_tanh), ())
    assert preparation.fired[_GELU_TANH] == 0, preparation.fired
    _, preparation = prepared(script(programs.gelu_tanh), (torch.arange(3),))
    assert preparation.fired[_GELU_TANH] == 0, preparation.fired


def test_max_pool_ceil_mode():
    def pools(x):
        return [x, x.double(), x.half(), x.bfloat16()]

    floats = []
    for shape in [(1, 3, 8, 10), (2, 2, 5, 6), (1, 7, 7), (1, 1, 9, 4), (1, 2, 6, 7), (1, 1, 4, 4)]:
        floats += pools(torch.randn(*shape))
    specials = torch.tensor([nan, inf, -inf, -0.0, 0.0, 1.0, -1.0] * 7)[:42].reshape(1, 6, 7)
    floats += [specials, -torch.full((1, 1, 5, 5), inf), torch.full((2, 5, 7), nan)]
    ints = [
        torch.randint(-100, 100, (1, 2, 7, 9)),
        torch.randint(-100, 100, (2, 5, 6), dtype=torch.int32),
        torch.tensor([[[-(2**63), 5, -(2**63), 7, -(2**63)]] * 5]),
        torch.randint(0, 255, (1, 1, 5, 7), dtype=torch.uint8),
        torch.randint(-128, 127, (1, 6, 5), dtype=torch.int8),
    ]
    for x in floats + ints:
        original = script(programs.max_pool2d_ceil)
        _check(programs.max_pool2d_ceil, [(x,)], _MAX_POOL_CEIL)
        rewritten, preparation = prepared(original, (x,))
        assert preparation.fired[_MAX_POOL_CEIL] == 5, preparation.fired
        # Dynamic sizes: left alone.
        _, rewritten, preparation = _prepared_dynamic(programs.max_pool2d_ceil, (x,))
        assert preparation.fired[_MAX_POOL_CEIL] == 0, preparation.fired
    for x in [torch.randn(2, 3, 9), torch.randn(4, 6).double(), torch.randn(1, 8).half()]:
        _check(programs.max_pool1d_ceil, [(x,)], _MAX_POOL_CEIL)
    # Not for bool inputs, nor where the dtype is unknown.
    for arguments in [(), (torch.rand(1, 1, 5, 5) > 0.5,)]:
        _, preparation = prepared(script(programs.max_pool2d_ceil), arguments)
        assert preparation.fired[_MAX_POOL_CEIL] == 0, preparation.fired


def test_reduced_floats_in_float32():
    torch.manual_seed(0)
    rewrite = "reduced-floats-in-float32"
    for dtype in (torch.float16, torch.bfloat16):
        for scale in (1.0, 8.0):
            arguments = (
                (torch.randn(6, 5) * scale).to(dtype),
                torch.randn(5, 4).to(dtype),
                torch.randn(5).to(dtype),
                (torch.randn(2, 3, 7, 7) * scale).to(dtype),
                torch.randn(4, 3, 3, 3).to(dtype),
            )
            original = script(programs.reduced_float_ops)
            rewritten, preparation = prepared(original, arguments)
            # Every op but the two with a dtype argument.
            assert preparation.fired[rewrite] == 10, preparation.fired
            expected, actual = original(*arguments), rewritten(*arguments)
            for e, a in zip(expected, actual):
                assert e.dtype == a.dtype and e.shape == a.shape
                # Eager rounds float32 results once, as the rewrite does; its
                # vectorized softmax kernels differ by an ulp at most.
                torch.testing.assert_close(a, e, rtol=0, atol=2 * e.abs().max().item() * 2**-8)
            assert [torch.equal(e, a) for e, a in zip(expected, actual)].count(True) >= 8
            # At dynamic sizes the sum along a dim stays (TOSA cannot cast
            # there); the full sum widens its operand by a product.
            rewritten, preparation = prepared(original, arguments, dynamic=True)
            assert preparation.fired[rewrite] == 9, preparation.fired
            for e, a in zip(expected, rewritten(*arguments)):
                assert e.dtype == a.dtype and e.shape == a.shape
                torch.testing.assert_close(a, e, rtol=0, atol=2 * e.abs().max().item() * 2**-8)
    # float32 operands, and operands of unknown dtype, stay as they were.
    for arguments in [
        (
            torch.randn(6, 5),
            torch.randn(5, 4),
            torch.randn(5),
            torch.randn(2, 3, 7, 7),
            torch.randn(4, 3, 3, 3),
        ),
        (),
    ]:
        _, preparation = prepared(script(programs.reduced_float_ops), arguments)
        assert preparation.fired[rewrite] == 0, preparation.fired
    # The core's own float16 silu (each step rounded) is further from eager.
    x = torch.linspace(-4, 4, 801).half()
    stepwise = x / (1 + torch.exp(-x))
    assert (stepwise != F.silu(x)).any()


def test_self_comparison():
    specials = torch.tensor([nan, inf, -inf, -0.0, 0.0, 1.0, -1e30, 1e-30])
    cases = [
        (specials, specials.flip(0)),
        (torch.randn(3, 4), torch.randn(3, 4)),
        (specials.double(), specials.double()),
        (specials.half(), specials.half()),
        (specials.bfloat16(), specials.bfloat16()),
        (torch.arange(-3, 3), torch.arange(6)),
        (torch.tensor([True, False]), torch.tensor([True, True])),
        (torch.tensor(nan), torch.tensor(1.0)),
    ]
    _check(programs.self_comparison, cases, "self-comparison-as-bound")
    # Only the comparisons of a value with itself are rewritten.
    rewritten, preparation = prepared(script(programs.self_comparison), cases[0])
    assert preparation.fired["self-comparison-as-bound"] == 2, preparation.fired
    assert {"aten::eq", "aten::ne"} <= node_kinds(rewritten.graph)


def test_remainder_and_fmod():
    rewrite = "remainder-as-fmod"
    torch.manual_seed(0)
    specials = torch.tensor([nan, inf, -inf, -0.0, 0.0, 4.5, -4.5, 3.0, -3.0, 1e-30])
    divisors = torch.tensor([1.5, 1.5, -2.0, 1.5, -1.5, inf, -inf, -1.5, nan, -0.7])
    floats = [
        (torch.randn(3, 4) * 10, torch.rand(3, 4) * 3 + 0.5),
        (torch.randn(3, 4) * 10, -torch.rand(4) * 3 - 0.5),  # broadcast divisor
        (torch.randn(5).double() * 10, torch.tensor(-1.25, dtype=torch.float64)),
        (torch.randn(2, 1, 3) * 5, torch.randn(4, 1) + 3),  # both broadcast
        (specials, divisors),
        ((torch.randn(6) * 10).half(), (torch.rand(6) + 0.5).half()),
        (torch.tensor(7.5), torch.randn(4) * 3),  # a 0-d dividend
        (torch.tensor(7.5, dtype=torch.float64), torch.randn(4) * 3),  # of another dtype
        (torch.randint(-30, 30, (4,)), torch.rand(4) + 0.5),  # int by float
    ]
    _check(programs.remainders, floats, rewrite)
    ints = [
        (torch.randint(-30, 30, (3, 4)), -torch.randint(1, 7, (3, 4))),
        (
            torch.randint(-30, 30, (3, 4), dtype=torch.int32),
            torch.randint(1, 7, (4,), dtype=torch.int32),
        ),
        (
            torch.randint(0, 255, (6,), dtype=torch.uint8),
            torch.randint(1, 9, (6,), dtype=torch.uint8),
        ),
        (torch.randint(-30, 30, (2, 3)), torch.tensor(5)),
    ]
    _check(programs.int_remainders, ints, rewrite)
    rewritten, _ = prepared(script(programs.remainders), floats[1])
    assert "aten::remainder" not in node_kinds(rewritten.graph)
    # Without example arguments too: no form needs the dtype.
    rewritten, _ = prepared(script(programs.remainders), ())
    assert "aten::remainder" not in node_kinds(rewritten.graph)


def test_float_comparison_with_int_scalar():
    rewrite = "float-comparison-with-float-scalar"
    cases = [
        (torch.randn(4),),
        (torch.tensor([nan, inf, -inf, 0.0]),),
        (torch.randn(2, 3).double(),),
        (torch.randn(5).half(),),
    ]
    _check(programs.splat_comparisons, cases, rewrite)
    rewritten, preparation = prepared(script(programs.splat_comparisons), cases[0])
    assert preparation.fired[rewrite] == 9, preparation.fired
    # Every comparison of a float tensor compares with a float: the int
    # fill's keeps its int.
    scalars = [
        n.inputsAt(1).type().kind()
        for n in rewritten.graph.nodes()
        if n.kind() in ("aten::gt", "aten::ge", "aten::eq", "aten::ne", "aten::lt", "aten::le")
    ]
    assert sorted(scalars) == ["FloatType"] * 9 + ["IntType"], scalars
    # Without examples, only the comparisons of the float fills that do
    # not follow x are proven floating.
    _, preparation = prepared(script(programs.splat_comparisons), ())
    assert preparation.fired[rewrite] == 2, preparation.fired


def test_bool_max_and_min():
    rewrite = "bool-max-as-any"
    cases = [
        (torch.tensor([[False, True], [False, False]]),),
        (torch.zeros(3, 4, dtype=torch.bool),),
        (torch.ones(5, dtype=torch.bool),),
        (torch.tensor(True),),
    ]
    _check(programs.bool_extrema, cases, rewrite, absent=("aten::max", "aten::min"))
    # Other dtypes keep their max and min.
    _, preparation = prepared(script(programs.bool_extrema), (torch.randn(3),))
    assert preparation.fired[rewrite] == 0, preparation.fired


def test_negative_indices():
    rewrite = "negative-indices-wrapped"
    torch.manual_seed(0)
    x = torch.randn(5, 5, 5)
    cases = [
        (x, torch.randint(-5, 0, (4,)), torch.rand(5, 5) > 0.5),
        (x, torch.tensor([-1, 0, 4, -5]), torch.ones(5, 5, dtype=torch.bool)),
        (x.double(), torch.randint(-5, 5, (2, 3), dtype=torch.int32), torch.rand(5, 5) > 0.2),
    ]
    original = script(programs.negative_indices)
    for arguments in cases:
        rewritten, preparation = prepared(original, arguments)
        # Each index.Tensor with int indices, once (the mask has none).
        assert preparation.fired[rewrite] == 4, preparation.fired
        expected, actual = original(*arguments), rewritten(*arguments)
        assert_equal_outputs(expected, actual)
    # Dynamic sizes: left alone.
    _, preparation = prepared(original, cases[0], dynamic=True)
    assert preparation.fired[rewrite] == 0, preparation.fired


def test_logcumsumexp_as_scan():
    rewrite = "logcumsumexp-as-scan"
    torch.manual_seed(0)
    specials = torch.tensor([[nan, 1.0, -inf, 2.0], [-inf, -inf, 3.0, inf], [inf, inf, -inf, 0.0]])
    cases = [
        (torch.randn(5, 8) * 3,),
        (torch.randn(7, 1) + 100.0,),  # beyond exp's float32 range
        (torch.tensor([[-200.0, 0.0, 300.0, -1e4, 5.0]]),),
        (torch.randn(3, 9).double() * 50,),
        (specials,),
        (torch.randn(1, 16),),
    ]
    original = script(programs.logcumsumexps)
    for (x,) in cases:
        rewritten, preparation = prepared(original, (x,))
        assert preparation.fired[rewrite] == 3, preparation.fired
        assert "aten::logcumsumexp" not in node_kinds(rewritten.graph)
        for e, a in zip(original(x), rewritten(x)):
            assert e.dtype == a.dtype and e.shape == a.shape
            torch.testing.assert_close(a, e, equal_nan=True)
    # Dynamic sizes: left alone.
    _, preparation = prepared(original, cases[0], dynamic=True)
    assert preparation.fired[rewrite] == 0, preparation.fired


def test_native_layer_norm():
    rewrite = "native-layer-norm-as-moments"
    torch.manual_seed(0)
    cases = [
        (torch.randn(2, 3, 5), torch.rand(5), torch.rand(5)),
        (torch.randn(4, 6).double() * 10 + 3, torch.randn(6).double(), torch.randn(6).double()),
        (torch.full((2, 2, 3), 7.0), torch.ones(3), torch.zeros(3)),  # zero variance
    ]
    _check(
        programs.native_layer_norms,
        cases,
        rewrite,
        exact=False,
        absent=("aten::native_layer_norm",),
    )
    # Reduced floats: left as they are.
    half = tuple(t.half() for t in cases[0])
    _, preparation = prepared(script(programs.native_layer_norms), half)
    assert preparation.fired[rewrite] == 0, preparation.fired


def test_quantize_round_trips():
    rewrite = "quantize-read-as-codes"
    torch.manual_seed(0)
    # Saturation at both ends, ties of the rounding (0.5 steps of the
    # scale), and values of each sign.
    edges = torch.tensor([-5.0, -1.0, -0.5, 0.0, 0.01, 0.03, 1.55, 40.0, 0.05, -0.25])
    cases = [
        (torch.randn(4, 10), torch.randn(10, 3)),
        (edges.reshape(1, 10), torch.randn(10, 2)),
        (torch.randn(3, 10) * 100, torch.randn(10, 1)),
        (torch.linspace(-3, 3, 1001)[:1000].reshape(100, 10), torch.randn(10, 4)),
        (torch.randn(5000, 10) * 3, torch.randn(10, 2)),  # rounding ties among them
    ]
    _check(
        programs.quantize_round_trips,
        cases,
        rewrite,
        absent=("aten::quantize_per_tensor", "aten::dequantize", "aten::int_repr"),
    )
